import { describe, expect, it } from 'vitest';
import { computeRelated } from '../../src/lib/related/index.ts';
import { EVERY_LINK, filler, makeArchive } from '../fixtures/related/make-article.ts';

const names = { 'north-korea': 'North Korea', russia: 'Russia' };

describe('related link reasons', () => {
  const archive = makeArchive([
    {
      id: 'subject',
      title: filler(1, 4),
      body: `${filler(2)} missile missile missile launch`,
      published: '2024-09-10T12:00:00Z',
      entities: ['north-korea*', 'russia*', 'unnamed-entity'],
      story: 'summit',
    },
    { id: 'same-thread', title: filler(3, 4), body: filler(4), published: '2024-09-09T12:00:00Z', story: 'summit' },
    { id: 'same-entities', title: filler(5, 4), body: filler(6), published: '2024-09-08T12:00:00Z', entities: ['north-korea*', 'russia*'] },
    { id: 'same-words', title: filler(7, 4), body: `${filler(8)} missiles missile missile launched`, published: '2024-09-07T12:00:00Z' },
    { id: 'unnamed-earlier', title: filler(9, 4), body: filler(10), published: '2024-09-01T12:00:00Z', entities: ['unnamed-entity*'] },
    { id: 'unnamed-later', title: filler(11, 4), body: filler(12), published: '2024-09-11T12:00:00Z', entities: ['unnamed-entity*'] },
  ]);
  const links = computeRelated(archive, { ...EVERY_LINK, timeZone: 'UTC', entityNames: names }).get('subject') ?? [];
  const reasonOf = (id: string) => links.find((l) => l.id === id)?.reason;

  it.each([
    ['same-thread', 'Same story'],
    ['same-entities', 'Also about North Korea, Russia'],
    ['same-words', 'Similar: missile, launch'],
    ['unnamed-earlier', 'Earlier coverage'],
    ['unnamed-later', 'Follow-up'],
  ])('explains the link to %s as "%s"', (id, reason) => {
    expect(reasonOf(id)).toBe(reason);
  });

  it('reports the scored parts and what the two articles share', () => {
    const link = links.find((l) => l.id === 'same-entities');
    expect(link?.sharedEntities).toEqual(expect.arrayContaining(['north-korea', 'russia']));
    expect(link?.parts.entities).toBeGreaterThan(0.5);
    expect(link?.parts.story).toBe(0);
    expect(links.find((l) => l.id === 'same-words')?.sharedTerms.slice(0, 2)).toEqual(['missile', 'launch']);
  });

  it('accepts entity names as a Map as well as a record', () => {
    const viaMap = computeRelated(archive, { ...EVERY_LINK, timeZone: 'UTC', entityNames: new Map(Object.entries(names)) });
    expect(viaMap.get('subject')).toEqual(links);
  });

  it('takes story threads from the `stories` option over the frontmatter', () => {
    const threads = { subject: 'other-thread', 'same-words': 'other-thread' };
    const rethreaded = computeRelated(archive, { ...EVERY_LINK, timeZone: 'UTC', entityNames: names, stories: threads }).get('subject');
    expect(rethreaded?.find((l) => l.id === 'same-words')?.reason).toBe('Same story');
    expect(rethreaded?.find((l) => l.id === 'same-thread')).toBeUndefined();
  });
});
