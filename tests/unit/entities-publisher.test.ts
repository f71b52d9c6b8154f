import { describe, expect, it } from 'vitest';
import { findPublisherEntities, withoutPublisher } from '../../src/lib/entities/publisher';
import type { Entity, EntityMention } from '../../src/lib/types';

const entities: Entity[] = [
  { id: 'white-house', name: 'White House', type: 'organization', aliases: [] },
  { id: 'port-authority', name: 'Port Authority', type: 'organization', aliases: ['the Authority'] },
];

const releases = (n: number, source: string | undefined) => Array.from({ length: n }, () => ({ source }));

describe('the body that publishes an archive', () => {
  it('is the entity named as the source of a large share of the articles, with or without "The"', () => {
    expect([...findPublisherEntities([...releases(30, 'The White House'), ...releases(70, 'Wire desk')], entities)]).toEqual(['white-house']);
  });

  it('is no one where a source is only occasional, or in a small archive', () => {
    expect(findPublisherEntities([...releases(5, 'The White House'), ...releases(95, 'Wire desk')], entities).size).toBe(0);
    expect(findPublisherEntities(releases(10, 'White House'), entities).size).toBe(0);
  });

  it('is dropped from what links and story threads read, and kept on the original articles', () => {
    const mention = (id: string): EntityMention => ({ id, count: 1, first: 0, salient: true });
    const article = { id: 'a', mentions: [mention('white-house'), mention('port-authority')], entities: ['white-house'] };
    const [about] = withoutPublisher([article], new Set(['white-house']));
    expect(about?.mentions.map((m) => m.id)).toEqual(['port-authority']);
    expect(about?.entities).toEqual([]);
    expect(article.mentions).toHaveLength(2);
  });
});
