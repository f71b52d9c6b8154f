import { describe, expect, it } from 'vitest';
import { readFrontmatter, writeFrontmatter } from '../../src/lib/frontmatter.ts';

describe('writing frontmatter', () => {
  it.each([
    ['plain fields', { title: 'Seoul summit opens', section: 'news', draft: true }],
    ['values YAML would misread, quoted', { title: 'Kim: "We are ready" — #1 priority', source: 'yes', story: '2024' }],
    ['lists', { tags: ['North Korea', 'Missiles'], aliases: [] }],
  ])('reads back as written: %s', (_, data) => {
    const text = writeFrontmatter(data, 'The body.');
    const read = readFrontmatter(text, 'x.md');
    expect(read.data).toEqual(data);
    expect(read.body).toBe('\nThe body.\n');
  });

  it('leaves out fields with no value', () => {
    expect(writeFrontmatter({ title: 'T', story: undefined }, 'B')).toBe('---\ntitle: T\n---\n\nB\n');
  });

  it('puts notes for the editor before a field and after its value, where the reader ignores them', () => {
    const text = writeFrontmatter({ title: 'T', draft: true }, 'B', { before: { draft: 'tags: [a, b]' }, after: { draft: 'delete to publish' } });
    expect(text).toBe('---\ntitle: T\n# tags: [a, b]\ndraft: true # delete to publish\n---\n\nB\n');
    expect(readFrontmatter(text, 'x.md').data).toEqual({ title: 'T', draft: true });
  });
});
