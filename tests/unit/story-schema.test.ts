import { describe, expect, it } from 'vitest';
import { storySchema } from '../../src/content/schemas.ts';
import { findSchemaProblems } from '../../src/content/validate-entry.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';

const file = 'content/stories/north-korea-russia.md';
const problems = (frontmatter: string) => findSchemaProblems(storySchema, readFrontmatter(`---\n${frontmatter}\n---\nThe longer description.\n`, file), file);

describe('story file schema', () => {
  it('accepts a title and a summary', () => {
    expect(problems('title: North Korea and Russia\nsummary: From a summit to a treaty.')).toEqual([]);
  });

  it.each([
    { name: 'a missing title', frontmatter: 'summary: From a summit to a treaty.', field: 'title', line: 1, message: /is required/ },
    { name: 'an empty title', frontmatter: 'title: ""', field: 'title', line: 2, message: /is required/ },
    { name: 'an empty summary', frontmatter: 'title: A\nsummary: ""', field: 'summary', line: 3, message: /must not be empty/ },
    { name: 'a misspelt field', frontmatter: 'title: A\nsumary: x', field: undefined, line: 3, message: /"sumary" is not a field/ },
  ])('reports $name with its line and field', ({ frontmatter, field, line, message }) => {
    const [first] = problems(frontmatter);
    expect(first).toMatchObject({ file, field, line });
    expect(first?.message).toMatch(message);
  });
});
