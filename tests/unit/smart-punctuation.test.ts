import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { smartenPunctuation } from '../../src/lib/text/smart-punctuation';
import { remarkSmartPunctuation } from '../../src/remark/smart-punctuation';

describe('smartenPunctuation', () => {
  it.each([
    ['"We will rebuild," she said.', '“We will rebuild,” she said.'],
    ["The minister's plan", 'The minister’s plan'],
    ["He called it 'a turning point' today.", 'He called it ‘a turning point’ today.'],
    ["the summer of '69", 'the summer of ’69'],
    ['talks -- and a vote', 'talks — and a vote'],
    ['and then...', 'and then…'],
    ['("quoted")', '(“quoted”)'],
    ['no quotes here', 'no quotes here'],
  ])('%s → %s', (input, expected) => {
    expect(smartenPunctuation(input)).toBe(expected);
  });

  it('reads a quote after preceding text as closing', () => {
    expect(smartenPunctuation('" he said', 'd')).toBe('” he said');
  });
});

const render = async (markdown: string) =>
  String(await unified().use(remarkParse).use(remarkSmartPunctuation).use(remarkRehype).use(rehypeStringify).process(markdown));

describe('remarkSmartPunctuation', () => {
  it('closes a quote that follows emphasis and opens one that starts a paragraph', async () => {
    expect(await render('"It was *over*," he said.\n\n"Next."')).toBe('<p>“It was <em>over</em>,” he said.</p>\n<p>“Next.”</p>');
  });

  it('leaves code as written', async () => {
    expect(await render('Run `echo "hi" -- ok` now.')).toBe('<p>Run <code>echo "hi" -- ok</code> now.</p>');
  });
});
