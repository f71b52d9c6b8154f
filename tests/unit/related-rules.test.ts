import { describe, expect, it } from 'vitest';
import { computeRelated } from '../../src/lib/related/index.ts';
import { EVERY_LINK, filler, makeArchive, unrelatedSpecs } from '../fixtures/related/make-article.ts';

const idsOf = (links: { id: string }[] | undefined) => (links ?? []).map((l) => l.id);

const BUDGET =
  'Parliament passed the budget bill after a long debate, with ministers promising more money for schools, hospitals and rail lines across the north of the country. Opposition members said the plan borrowed too much.';
const BUDGET_EDITED =
  'Parliament passed the budget bill after a long debate, with ministers promising more money for schools, hospitals and rail lines across the north of the country. Opposition members said the plan borrowed far too much.';
// The same story again with a paragraph added: about two thirds of its text is the original.
const BUDGET_UPDATED = `${BUDGET} The vote was 320 to 250, and the bill now goes to the upper house for approval next week.`;
const BUDGET_OTHER =
  'The finance committee heard evidence on tax credits for small firms and a new levy on sugary drinks, and will report to the chamber next month.';

describe('computeRelated editorial rules', () => {
  const archive = makeArchive([
    { id: 'budget', title: 'Parliament passes budget bill', body: BUDGET, published: '2024-06-10T12:00:00Z', entities: ['parliament*'] },
    {
      id: 'draft-copy',
      title: 'Parliament passes budget bill after debate',
      body: BUDGET,
      published: '2024-06-09T12:00:00Z',
      entities: ['parliament*'],
      draft: true,
    },
    { id: 'repost', title: 'Parliament passes budget bill', body: BUDGET_UPDATED, published: '2024-06-10T13:00:00Z', entities: ['parliament*'] },
    { id: 'retitled-copy', title: 'Budget approved by lawmakers', body: BUDGET_EDITED, published: '2024-06-10T14:00:00Z', entities: ['parliament*'] },
    { id: 'last-year', title: 'Parliament passes budget bill', body: BUDGET_OTHER, published: '2023-06-12T12:00:00Z', entities: ['parliament*'] },
    {
      id: 'committee',
      title: 'Committee hears budget evidence',
      body: `${BUDGET_OTHER} ${filler(1)}`,
      published: '2024-06-05T12:00:00Z',
      entities: ['parliament'],
    },
  ]);
  const related = computeRelated(archive, { ...EVERY_LINK, timeZone: 'UTC' });

  it.each([
    ['the article itself', 'budget'],
    ['a draft', 'draft-copy'],
    ['a repost with the same headline and most of the text', 'repost'],
    ['near-identical text under another headline', 'retitled-copy'],
  ])('never links to %s', (_, id) => {
    expect(idsOf(related.get('budget'))).not.toContain(id);
  });

  it('gives a headline that recurs word for word (a series title) no weight of its own', () => {
    // Readers judged "Nominations Sent to the Senate" next to another such list not worth a click:
    // the shared words name a format, not a subject, so only the texts can link the two.
    expect(related.get('budget')?.find((l) => l.id === 'last-year')?.parts.headline ?? 0).toBe(0);
  });

  it('never lists two near-identical articles side by side', () => {
    const links = idsOf(related.get('committee'));
    expect(links.filter((id) => ['budget', 'repost', 'retitled-copy'].includes(id)).length).toBeLessThanOrEqual(1);
  });

  it('still gives a draft its own links, for previews, and no one links to it', () => {
    expect(idsOf(related.get('draft-copy')).length).toBeGreaterThan(0);
    for (const links of related.values()) expect(idsOf(links)).not.toContain('draft-copy');
  });

  it.each([
    // Three candidates at 23:30, 00:30 and 01:30 Seoul time around midnight of 8–9 May.
    ['UTC', 2],
    ['Asia/Seoul', 3],
  ])('keeps at most two links from one local day in %s (%i of three linked)', (timeZone, expected) => {
    const day = makeArchive([
      { id: 'subject', title: 'Port strike enters second week', body: filler(1), published: '2024-05-12T00:00:00Z', entities: ['busan*'] },
      { id: 'c1', title: 'Port strike talks stall', body: filler(2), published: '2024-05-08T14:30:00Z', entities: ['busan*'] },
      { id: 'c2', title: 'Port strike spreads', body: filler(3), published: '2024-05-08T15:30:00Z', entities: ['busan*'] },
      { id: 'c3', title: 'Port strike hits exports', body: filler(4), published: '2024-05-08T16:30:00Z', entities: ['busan*'] },
      ...unrelatedSpecs(12),
    ]);
    const links = computeRelated(day, { ...EVERY_LINK, timeZone }).get('subject');
    expect(links).toHaveLength(expected);
  });

  describe('time rule: earlier articles, or up to three days later', () => {
    const spec = (id: string, published: string, seed: number) => ({
      id,
      title: `Wildfire spreads near the coast ${filler(seed, 1)}`,
      body: `Firefighters battled the wildfire near the coast as winds rose. ${filler(seed)}`,
      published,
      entities: ['crete*'],
    });
    const base = [
      spec('day0', '2024-07-10T12:00:00Z', 1),
      spec('ten-days-before', '2024-06-30T12:00:00Z', 2),
      spec('two-days-after', '2024-07-12T12:00:00Z', 3),
      spec('five-days-after', '2024-07-15T12:00:00Z', 4),
    ];
    const links = idsOf(computeRelated(makeArchive(base), { ...EVERY_LINK, timeZone: 'UTC' }).get('day0'));

    it.each([
      ['ten-days-before', true],
      ['two-days-after', true],
      ['five-days-after', false],
    ])('from day 0, %s is linkable: %s', (id, linkable) => {
      expect(links.includes(id)).toBe(linkable);
    });

    it('honours `daysAfter`', () => {
      const wider = idsOf(computeRelated(makeArchive(base), { ...EVERY_LINK, timeZone: 'UTC', daysAfter: 7 }).get('day0'));
      expect(wider).toContain('five-days-after');
    });

    it('keeps an older page’s links when later news arrives', () => {
      const grown = makeArchive([...base, spec('weeks-later', '2024-08-01T12:00:00Z', 5), spec('months-later', '2024-11-01T12:00:00Z', 6)]);
      expect(idsOf(computeRelated(grown, { ...EVERY_LINK, timeZone: 'UTC' }).get('day0'))).toEqual(links);
    });
  });
});
