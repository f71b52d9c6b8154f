import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createArticleReader } from '../../src/content/markdown-pipeline.ts';
import { collectProse, GAP, leadParagraph, readingMinutes } from '../../src/lib/markdown-text.ts';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);
const gap = ` ${GAP} `;

describe('collectProse', () => {
  it.each([
    [
      'keeps prose, drops code, and separates blocks',
      '# Title\n\nTalks began *on the 17th*.\n\n```\non the 3rd\n```\n\nSee `on the 4th` too.',
      `Title\n\nTalks began on the 17th.\n\nSee${gap}too.`,
    ],
    ['decodes character references and escapes', 'AT&amp;T said \\*not\\* so.', 'AT&T said *not* so.'],
    [
      'keeps the words of links and autolinks',
      'Read [the report](https://example.org/r) at <https://example.org/a>.',
      'Read the report at https://example.org/a.',
    ],
    ['leaves raw HTML tags out and keeps the words between them', 'The <u>White House</u> said.', 'The White House said.'],
    ['leaves a gap for an image, so names on either side never join', 'Kim ![photo](p.jpg) Jong', `Kim${gap}Jong`],
    ['never starts or ends a block with a gap', '`code` first\n\nlast `code`', 'first\n\nlast'],
    ['collapses soft and hard line breaks into spaces', 'One\ntwo  \nthree', 'One two three'],
    ['separates list items and table cells', '- one\n- two\n\n| a | b |\n|---|---|\n| c | d |', 'one\n\ntwo\n\na\n\nb\n\nc\n\nd'],
    ['reads nothing from an empty body', '', ''],
  ])('%s', (_name, markdown, expected) => {
    expect(collectProse(parse(markdown)).text).toBe(expected);
  });

  it('finds the text node and offsets behind a stretch of the text, across collapsed whitespace', () => {
    const prose = collectProse(parse('# North Korea\n\nThen   *Japan* met North\nKorea.'));
    const at = (words: string, from = 0) => {
      const start = prose.text.indexOf(words, from);
      return prose.locate(start, start + words.length);
    };
    expect(at('North Korea')).toMatchObject({ node: { value: 'North Korea' }, from: 0, to: 11, linkable: false });
    expect(at('Japan')).toMatchObject({ node: { value: 'Japan' }, linkable: true });
    expect(at('North Korea', 20)).toMatchObject({ node: { value: ' met North\nKorea.' }, from: 5, to: 16, linkable: true });
    expect(at('Then Japan')).toBeUndefined();
  });

  it('gives the stretches set in bold, a wrapped line and a link inside them included', () => {
    const prose = collectProse(parse('-   **Macquarie\n    Capital** committed.\n-   Then **[Advocate Health](https://example.org)** *announced*.'));
    expect(prose.bold.map(([start, end]) => prose.text.slice(start, end))).toEqual(['Macquarie Capital', 'Advocate Health']);
  });

  it('marks words inside a link as not linkable', () => {
    const prose = collectProse(parse('See [Japan](https://example.org).'));
    const start = prose.text.indexOf('Japan');
    expect(prose.locate(start, start + 5)).toMatchObject({ linkable: false });
  });
});

describe('leadParagraph', () => {
  it.each([
    ['takes the first paragraph, not a heading before it', '# Heading\n\nFirst *paragraph*.\n\nSecond.', 'First paragraph.'],
    ['keeps AT&T and literal asterisks', 'AT&amp;T said \\*not\\* so.\n\nMore.', 'AT&T said *not* so.'],
    ['keeps an autolink', 'See <https://example.org/a> now.', 'See https://example.org/a now.'],
    ['leaves raw HTML tags out and turns a hard break into a space', 'One <u>two</u>  \nthree', 'One two three'],
    ['has nothing to say without a paragraph', '```\ncode\n```', ''],
  ])('%s', (_name, markdown, expected) => {
    expect(leadParagraph(parse(markdown))).toBe(expected);
  });

  it('cuts a long paragraph at a word and marks the cut', () => {
    const lead = leadParagraph(parse(`${'word '.repeat(100)}end`), 50);
    expect(lead).toBe(`${'word '.repeat(10).trimEnd()}…`);
  });
});

describe('readingMinutes', () => {
  it.each([
    ['gives at least one minute', 'A few words.', 1],
    ['reads about 230 words a minute', 'word '.repeat(690), 3],
    ['does not count the gaps left for code', `${'word '.repeat(230)}${gap.repeat(300)}`, 1],
  ])('%s', (_name, text, expected) => {
    expect(readingMinutes(text)).toBe(expected);
  });
});

describe('createArticleReader (the build’s remark stage, for scripts and benchmarks)', () => {
  const read = createArticleReader({ basePath: '/', timeZone: 'Asia/Seoul', locale: 'en-GB' });
  const found = read('North Korea fired a missile [on the 19th](https://example.org).\n\nAT&amp;T said "no" -- Japan\'s view.', {
    title: 'Launch',
    published: '2024-04-20T06:43:58+09:00',
    tags: ['Missile tests'],
  });

  it('records the body text and lead with the editor’s characters, before smart punctuation', () => {
    expect(found['plainText']).toBe('North Korea fired a missile on the 19th.\n\nAT&T said "no" -- Japan\'s view.');
    expect(found['lead']).toBe('North Korea fired a missile on the 19th.');
    expect(found['readingMinutes']).toBe(1);
  });

  it('records the mentions (tags included) and event dates the build finds', () => {
    expect((found['mentions'] as Array<{ id: string }>).map((m) => m.id)).toEqual(['north-korea', 'missile-tests', 'japan']);
    expect(found['events']).toEqual([expect.objectContaining({ date: '2024-04-19', text: 'on the 19th' })]);
  });
});
