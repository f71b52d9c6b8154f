import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { findSeriesHeadlines } from '../../src/lib/stories/series-headlines.ts';
import { DAY_MS } from '../../src/lib/time/index.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

// One relief order per state, months apart: a series whose slot is the state.
const orders = [
  ['oregon', 'Oregon'],
  ['idaho', 'Idaho'],
  ['nevada', 'Nevada'],
  ['washington-state', 'Washington'],
].map(([id, name], i) =>
  article(`orders/${id}`, `2023-0${1 + 2 * i}-05T12:00:00Z`, `Governor Approves ${name} Relief Order`, `The order sends relief to ${name} after the floods.`, [
    id!,
  ]),
);

describe('findSeriesHeadlines', () => {
  it.each([
    { name: 'a state named by its headline is the slot', id: 'orders/oregon', slot: ['oregon'] },
    {
      name: 'a salient entity the headline names by one of its words is the slot, not a template word',
      id: 'orders/washington-state',
      slot: ['washington-state'],
    },
    { name: 'a headline said once is no series', id: 'once/dam', slot: undefined },
  ])('$name', ({ id, slot }) => {
    const articles = [...orders, article('once/dam', '2023-02-01T12:00:00Z', 'Engineers inspect the Oregon dam', 'The dam held.', ['oregon']), ...filler];
    const table = buildFeatures(articles);
    const slots = findSeriesHeadlines(articles, table, 31 * DAY_MS);
    const found = slots[articles.findIndex((a) => a.id === id)];
    expect(found?.map((key) => table.entityIds[key])).toEqual(slot);
  });
});
