import { describe, expect, it } from 'vitest';
import { computeRelated } from '../../src/lib/related/index.ts';
import { EVERY_LINK, filler, makeArchive, unrelatedSpecs } from '../fixtures/related/make-article.ts';

const idsOf = (links: { id: string }[] | undefined) => (links ?? []).map((l) => l.id);

describe('computeRelated ranking', () => {
  const archive = makeArchive([
    {
      id: 'launch',
      title: 'North Korea fires ballistic missile into the sea',
      body: 'North Korea fired a ballistic missile into the sea off its east coast, the military in Seoul said. The missile flew about 1,000 kilometres before it fell outside Japan’s exclusive economic zone.',
      published: '2024-03-01T01:00:00Z',
      entities: ['north-korea*', 'japan'],
    },
    {
      id: 'condemned',
      title: 'Allies condemn North Korean ballistic missile launch',
      body: 'Seoul, Tokyo and Washington condemned the ballistic missile launch. The missile flew about 1,000 kilometres and fell into the sea, officials said.',
      published: '2024-03-02T01:00:00Z',
      entities: ['north-korea*', 'south-korea', 'japan'],
    },
    {
      id: 'trade',
      title: 'Japan and South Korea agree a trade deal',
      body: 'Japan and South Korea agreed a trade deal on semiconductors and batteries after two years of talks.',
      published: '2024-03-01T12:00:00Z',
      entities: ['japan*', 'south-korea*'],
    },
    {
      id: 'snow',
      title: 'Heavy snow hits Tokyo',
      body: 'Heavy snow fell on Tokyo, delaying trains and flights across the capital.',
      published: '2024-03-01T18:00:00Z',
      entities: ['japan*'],
    },
    {
      id: 'football',
      title: 'Seoul club wins league title',
      body: 'A Seoul club won the league title on the last day of the season.',
      published: '2024-03-01T20:00:00Z',
      entities: ['south-korea'],
    },
  ]);
  const related = computeRelated(archive, { ...EVERY_LINK, timeZone: 'UTC' });

  it.each([
    ['condemned', 'launch'],
    ['launch', 'condemned'],
  ])('puts the obvious continuation first: %s → %s', (from, expected) => {
    expect(related.get(from)?.[0]?.id).toBe(expected);
  });

  it('ranks an article sharing a rare entity above one sharing a common entity', () => {
    // Ten articles name "common"; only two name "rare". The texts share no words at all.
    const crowd = Array.from({ length: 10 }, (_, k) => ({
      id: `crowd-${k}`,
      title: filler(20 + k, 4),
      body: filler(40 + k),
      published: `2024-01-${String(k + 1).padStart(2, '0')}T00:00:00Z`,
      entities: ['common'],
    }));
    const rare = makeArchive([
      ...crowd,
      { id: 'subject', title: filler(1, 4), body: filler(2), published: '2024-02-20T00:00:00Z', entities: ['common*', 'rare*'] },
      // The common-entity article is even closer in time, and still loses.
      { id: 'shares-common', title: filler(3, 4), body: filler(4), published: '2024-02-19T00:00:00Z', entities: ['common*'] },
      { id: 'shares-rare', title: filler(5, 4), body: filler(6), published: '2024-02-10T00:00:00Z', entities: ['rare*'] },
    ]);
    const links = computeRelated(rare, { ...EVERY_LINK, timeZone: 'UTC' }).get('subject') ?? [];
    expect(links[0]?.id).toBe('shares-rare');
    const score = (id: string) => links.find((l) => l.id === id)?.score ?? 0;
    expect(score('shares-rare')).toBeGreaterThan(score('shares-common'));
  });

  it('weighs a headline or lead mention above one further down', () => {
    // Ids sort the wrong way round, so only salience can put "b-kenya-lead" first.
    const salience = makeArchive([
      { id: 'subject', title: filler(1, 4), body: filler(2), published: '2024-02-20T00:00:00Z', entities: ['kenya*', 'peru'] },
      { id: 'a-peru-lead', title: filler(5, 4), body: filler(6), published: '2024-02-19T00:00:00Z', entities: ['kenya', 'peru*'] },
      { id: 'b-kenya-lead', title: filler(3, 4), body: filler(4), published: '2024-02-19T00:00:00Z', entities: ['kenya*', 'peru'] },
      ...unrelatedSpecs(12),
    ]);
    const links = computeRelated(salience, { ...EVERY_LINK, timeZone: 'UTC' }).get('subject');
    expect(idsOf(links)).toEqual(['b-kenya-lead', 'a-peru-lead']);
  });

  it('gives the same links for the same archive in any input order', () => {
    const shuffled = [archive[3], archive[0], archive[4], archive[2], archive[1]].filter((a) => a !== undefined);
    const again = computeRelated(shuffled, { ...EVERY_LINK, timeZone: 'UTC' });
    expect([...again.entries()].sort()).toEqual([...related.entries()].sort());
    expect(computeRelated(archive, { ...EVERY_LINK, timeZone: 'UTC' })).toEqual(related);
  });

  it('breaks equal scores by the newer article, then by id', () => {
    const twins = makeArchive([
      { id: 'subject', title: filler(1, 4), body: filler(2), published: '2024-02-20T00:00:00Z', entities: ['chad*'] },
      { id: 'b-older', title: filler(3, 4), body: filler(4), published: '2024-02-18T00:00:00Z', entities: ['chad*'] },
      { id: 'a-older', title: filler(5, 4), body: filler(6), published: '2024-02-18T00:00:00Z', entities: ['chad*'] },
      { id: 'c-newer', title: filler(7, 4), body: filler(8), published: '2024-02-20T00:00:00Z', entities: ['chad*'] },
      ...unrelatedSpecs(12),
    ]);
    const links = computeRelated(twins, { ...EVERY_LINK, timeZone: 'UTC', halfLifeDays: 1e9 }).get('subject');
    expect(idsOf(links)).toEqual(['c-newer', 'a-older', 'b-older']);
  });

  it('offers at most five links by default, and `limit` when given', () => {
    const many = makeArchive(
      Array.from({ length: 12 }, (_, k) => ({
        id: `a${k}`,
        title: `Flood defences tested again ${filler(k, 2)}`,
        body: `Flood defences held along the river as water rose. ${filler(k)}`,
        published: `2024-04-${String(k + 1).padStart(2, '0')}T09:00:00Z`,
        entities: ['river-thames*'],
      })),
    );
    expect(computeRelated(many, { ...EVERY_LINK, timeZone: 'UTC' }).get('a11')).toHaveLength(5);
    expect(computeRelated(many, { ...EVERY_LINK, timeZone: 'UTC', limit: 3 }).get('a11')).toHaveLength(3);
  });
});
