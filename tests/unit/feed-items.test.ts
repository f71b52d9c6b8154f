import { describe, expect, it } from 'vitest';
import { buildFeedItem, buildJsonFeed } from '../../src/lib/feeds/feed-items.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { makeArticle } from '../fixtures/article-record.ts';

const article: ArticleRecord = {
  ...makeArticle({
    id: '2024/06/talks',
    title: 'Talks resume',
    summary: 'Negotiators met again.',
    body: 'Negotiators met again in Geneva.',
    published: '2024-06-01T09:00:00Z',
  }),
  section: 'world',
};
const item = buildFeedItem(article, {
  urlOf: (a) => `https://example.org/articles/${a.id}/`,
  categoriesOf: () => ['World', 'Geneva'],
  imageOf: () => undefined,
});
const feed = (items = [item]) =>
  buildJsonFeed({ title: 'T', description: 'D', homeUrl: 'https://example.org/', feedUrl: 'https://example.org/feed.json', language: 'en', items });

describe('feed items', () => {
  it('carry title, link, date, summary and categories, but no full text of their own', () => {
    expect(item).toMatchObject({
      title: 'Talks resume',
      url: 'https://example.org/articles/2024/06/talks/',
      summary: 'Negotiators met again.',
      categories: ['World', 'Geneva'],
    });
    expect(item.html).toBeUndefined();
  });

  it('give a JSON Feed the summary as text, or the full HTML when the feed adds it', () => {
    expect(feed().items[0]).toMatchObject({ content_text: 'Negotiators met again.' });
    expect(feed().items[0]).not.toHaveProperty('content_html');
    expect(feed([{ ...item, html: '<p>Negotiators met again in Geneva.</p>' }]).items[0]).toMatchObject({
      content_html: '<p>Negotiators met again in Geneva.</p>',
    });
  });
});
