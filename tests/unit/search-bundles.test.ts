import { describe, expect, it } from 'vitest';
import { groupSearchBundles, searchBundleOf } from '../../src/lib/search/search-bundles.ts';

describe('search bundles', () => {
  it.each([
    ['2025-06-17T22:00:00.000Z', '2025', '2025-06'],
    ['2024-12-31T23:59:59.000Z', '2025', '2024'],
    ['2023-01-01T00:00:00.000Z', '2025', '2023'],
    [undefined, '2025', 'undated'],
  ])('puts a page of %s (newest year %s) in bundle %s', (date, newest, bundle) => {
    expect(searchBundleOf(date, newest)).toBe(bundle);
  });

  it('gives each month of the newest year its own bundle and each earlier year one, newest first', () => {
    const bundles = groupSearchBundles([
      { path: 'articles/b/index.html', date: '2024-03-01T00:00:00Z' },
      { path: 'articles/a/index.html', date: '2024-11-01T00:00:00Z' },
      { path: 'articles/c/index.html', date: '2025-02-01T00:00:00Z' },
      { path: 'articles/d/index.html', date: '2025-01-05T00:00:00Z' },
      { path: 'articles/e/index.html', date: '2025-02-09T00:00:00Z' },
      { path: 'articles/f/index.html', date: undefined },
    ]);
    expect([...bundles]).toEqual([
      ['2025-02', ['articles/c/index.html', 'articles/e/index.html']],
      ['2025-01', ['articles/d/index.html']],
      ['2024', ['articles/a/index.html', 'articles/b/index.html']],
      ['undated', ['articles/f/index.html']],
    ]);
  });

  it('leaves an earlier bundle alone when an article is added to the newest month', () => {
    const pages = [
      { path: 'articles/old/index.html', date: '2024-05-01T00:00:00Z' },
      { path: 'articles/jan/index.html', date: '2025-01-05T00:00:00Z' },
    ];
    const before = groupSearchBundles(pages);
    const after = groupSearchBundles([...pages, { path: 'articles/new/index.html', date: '2025-03-01T00:00:00Z' }]);
    expect(after.get('2024')).toEqual(before.get('2024'));
    expect(after.get('2025-01')).toEqual(before.get('2025-01'));
    expect(after.get('2025-03')).toEqual(['articles/new/index.html']);
  });
});
