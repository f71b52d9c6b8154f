import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import rehypeStringify from 'rehype-stringify';
import { unified, type Pluggable } from 'unified';
import { describe, expect, it } from 'vitest';
import { smartenPunctuation } from '../../src/lib/text/smart-punctuation';
import { remarkSmartPunctuation } from '../../src/remark/smart-punctuation';

const renderWith = async (plugin: Pluggable, markdown: string) =>
  String(await unified().use(remarkParse).use(remarkGfm).use([plugin]).use(remarkRehype).use(rehypeStringify).process(markdown));

describe('smartenPunctuation', () => {
  it.each([
    ['"We will rebuild," she said.', '“We will rebuild,” she said.'],
    ["The minister's plan", 'The minister’s plan'],
    ["He called it 'a turning point' today.", 'He called it ‘a turning point’ today.'],
    ["the summer of '69 and the '90s", 'the summer of ’69 and the ’90s'],
    ["He said '2024 will be better'", 'He said ‘2024 will be better’'],
    ['talks -- and a vote --- then', 'talks — and a vote — then'],
    ['"I was going to--" he said.', '“I was going to—” he said.'],
    ['The word "pro-" is a prefix.', 'The word “pro-” is a prefix.'],
    [`He said, "'Hi,' she said."`, 'He said, “‘Hi,’ she said.”'],
    ['and then... and . . . then', 'and then… and … then'],
    ['("quoted")', '(“quoted”)'],
    ['no quotes here', 'no quotes here'],
  ])('%s → %s', (input, expected) => {
    expect(smartenPunctuation(input)).toBe(expected);
  });

  it('reads a quote from the text around the run', () => {
    expect(smartenPunctuation('" he said', 'd')).toBe('” he said');
    expect(smartenPunctuation('"', '', 'H')).toBe('“');
  });
});

describe('remarkSmartPunctuation', () => {
  // What remark-smartypants (Astro's default, which this replaces) gives for ordinary news copy.
  it.each([
    '"We will not back down," the minister said on Tuesday.',
    "The country's central bank raised rates; it's the third rise this year.",
    '"It was *over*," he said.\n\n"Next."',
    'The ministry said the talks -- the first since 2019 -- would resume.',
    'She called the deal "**historic**" and "a new start."',
    'Officials were "cautiously optimistic" about the [agreement](https://example.org/deal).',
    '## Kim\'s visit\n\n| Who | Said |\n| --- | --- |\n| Kim | "Peace" |',
    'The *Times*\'s editor said: "We stand by it."',
    'A footnote.[^1]\n\n[^1]: "Quoted," she said.',
    '> "Never again," the survivors said.',
  ])('matches remark-smartypants on %j', async (markdown) => {
    expect(await renderWith(remarkSmartPunctuation, markdown)).toBe(await renderWith(remarkSmartypants, markdown));
  });

  it('closes a quote after interrupted speech, where remark-smartypants got it right too', async () => {
    expect(await renderWith(remarkSmartPunctuation, '"I was going to--" he said.')).toBe('<p>“I was going to—” he said.</p>');
  });

  it('leaves a bare web address as written', async () => {
    const html = await renderWith(remarkSmartPunctuation, 'See https://example.org/a--b and "now"');
    expect(html).toContain('>https://example.org/a--b</a>');
    expect(html).toContain('“now”');
  });

  it('leaves code as written', async () => {
    expect(await renderWith(remarkSmartPunctuation, 'Run `echo "hi" -- ok` now.')).toBe('<p>Run <code>echo "hi" -- ok</code> now.</p>');
  });
});
