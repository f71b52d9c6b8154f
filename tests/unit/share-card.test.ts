import { describe, expect, it } from 'vitest';
import { chooseShareCard } from '../../src/lib/og/share-card.ts';

const now = new Date('2024-06-30T12:00:00Z');

describe('chooseShareCard', () => {
  it.each([
    { name: 'an article with a lead image shares that image, however old', published: '2020-01-01T00:00:00Z', hasLeadImage: true, expected: 'lead-image' },
    {
      name: 'an article without one published yesterday gets a card of its own',
      published: '2024-06-29T12:00:00Z',
      hasLeadImage: false,
      expected: 'article-card',
    },
    { name: 'one published 29 days and 23 hours ago still does', published: '2024-05-31T13:00:00Z', hasLeadImage: false, expected: 'article-card' },
    { name: 'one published exactly 30 days ago shares its section card', published: '2024-05-31T12:00:00Z', hasLeadImage: false, expected: 'section-card' },
    { name: 'one published after the build time counts as new', published: '2024-07-02T00:00:00Z', hasLeadImage: false, expected: 'article-card' },
  ])('$name', ({ published, hasLeadImage, expected }) => {
    expect(chooseShareCard({ published: new Date(published), hasLeadImage }, now, 30)).toBe(expected);
  });

  it('follows the site setting for the number of days', () => {
    expect(chooseShareCard({ published: new Date('2024-06-20T12:00:00Z'), hasLeadImage: false }, now, 7)).toBe('section-card');
  });
});
