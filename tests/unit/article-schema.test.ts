import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/schemas.ts';
import { findSchemaProblems } from '../../src/content/validate-entry.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';

const sections = ['news', 'world', 'politics'];
const schema = articleSchema({ timeZone: 'Asia/Seoul', sectionIds: sections });
const file = 'content/articles/2024/04/example.md';

function problems(frontmatter: string) {
  return findSchemaProblems(schema, readFrontmatter(`---\n${frontmatter}\n---\nBody.\n`, file), file);
}

describe('article schema', () => {
  it('applies the contract defaults', () => {
    const data = schema.parse({ title: 'A', published: '2024-04-20 06:43:58' });
    expect(data).toMatchObject({ section: 'news', authors: [], tags: [], entities: [], draft: false, featured: false });
    expect(data.published.toISOString()).toBe('2024-04-19T21:43:58.000Z');
  });

  it('keeps a no-offset published value as written, so the site timezone decides the instant', () => {
    const { data } = readFrontmatter('---\npublished: 2024-04-20 06:43:58\n---\n', file);
    expect(data['published']).toBe('2024-04-20 06:43:58');
  });

  const bad: Array<{ name: string; frontmatter: string; field: string | undefined; line: number; message: RegExp }> = [
    { name: 'a missing title', frontmatter: 'published: 2024-04-20T06:00:00Z', field: 'title', line: 1, message: /is required/ },
    { name: 'an empty title', frontmatter: 'title: ""\npublished: 2024-04-20T06:00:00Z', field: 'title', line: 2, message: /is required/ },
    { name: 'an unparseable date', frontmatter: 'title: A\npublished: next Tuesday', field: 'published', line: 3, message: /ISO 8601/ },
    {
      name: 'an unknown section',
      frontmatter: 'title: A\npublished: 2024-04-20T06:00:00Z\nsection: gossip',
      field: 'section',
      line: 4,
      message: /must be one of: news, world, politics/,
    },
    {
      name: 'updated before published',
      frontmatter: 'title: A\npublished: 2024-04-20T06:00:00Z\nupdated: 2024-04-19T06:00:00Z',
      field: 'updated',
      line: 4,
      message: /before published/,
    },
    {
      name: 'an image without alt text',
      frontmatter: 'title: A\npublished: 2024-04-20T06:00:00Z\nimage:\n  src: /images/a.svg',
      field: 'image.alt',
      line: 4,
      message: /describe the image/,
    },
    {
      name: 'a misspelt field',
      frontmatter: 'title: A\npublished: 2024-04-20T06:00:00Z\nsumary: x',
      field: undefined,
      line: 4,
      message: /"sumary" is not a field/,
    },
    {
      name: 'authors given as one string',
      frontmatter: 'title: A\npublished: 2024-04-20T06:00:00Z\nauthors: Mina Park',
      field: 'authors',
      line: 4,
      message: /array/i,
    },
  ];
  it.each(bad)('reports $name with its line and field', ({ frontmatter, field, line, message }) => {
    const [first] = problems(frontmatter);
    expect(first).toBeDefined();
    expect(first?.field).toBe(field);
    expect(first?.line).toBe(line);
    expect(first?.message).toMatch(message);
    expect(first?.file).toBe(file);
  });

  it('reports malformed YAML with the line it is on', () => {
    expect(() => readFrontmatter('---\ntitle: A\npublished: [2024\n---\n', file)).toThrow(/example\.md:\d+: has malformed YAML/);
  });

  it('reports a file with no frontmatter', () => {
    expect(() => readFrontmatter('Just text', file)).toThrow(/example\.md:1: has no frontmatter/);
  });
});
