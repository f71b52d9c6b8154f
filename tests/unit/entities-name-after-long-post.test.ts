import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry } from '../../src/lib/entities/index';

const registry = buildRegistry({ files: [] });

/** Unregistered people of a body, with whether a post introduced them. */
function people(body: string): string[] {
  return analyseEntities({ title: 'Talks', body }, registry)
    .unregistered.filter((c) => c.type === 'person')
    .map((c) => `${c.name}${c.introduced ? ' (introduced)' : ''}`);
}

describe('a full name at the end of a long post', () => {
  it.each([
    ['a field of two everyday words', 'They met Deputy Adviser for Coastal Fisheries Melissa Varga on Monday.', 'Melissa Varga (introduced)'],
    ['a field after a title and "for"', 'Speakers included the Deputy Director for Industrial Innovation Karen Obuya and others.', 'Karen Obuya (introduced)'],
  ])('is the person, introduced by the post: %s', (_name, body, expected) => {
    expect(people(body)).toContain(expected);
  });

  it.each([
    ['a middle name, not a post', 'They met Deputy Mayor Keisha Lance Varga on Monday.', 'Lance Varga'],
    ['a body named after a given name', 'They met Regional Director for Outreach Abel Solutions staff.', 'Abel Solutions'],
  ])('is no cut name: %s', (_name, body, unwanted) => {
    expect(people(body).map((p) => p.replace(' (introduced)', ''))).not.toContain(unwanted);
  });
});
