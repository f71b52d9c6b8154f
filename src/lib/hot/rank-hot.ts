import { DAY_MS } from '../time/index.ts';
import { compareNewestFirst } from '../timeline/sort-newest-first.ts';
import type { ArticleRecord } from '../types.ts';
import { isPublished } from '../visibility.ts';
import { measureConnections } from './measure-connections.ts';
import type { HotItem, HotOptions } from './types.ts';

/**
 * "Hot news now": up to `limit` articles. The editor's `featured` stories come first, newest first
 * (at any age: featuring is a deliberate choice, undone by unsetting it). The rest are recent
 * stories ranked by how many other recent stories and entities they connect to — a build-time
 * stand-in for readership the site can compute honestly — or, when `popular` views are given, by
 * views (then connections). Ties: newer first, then id. Only published articles are listed, drafts
 * and scheduled ones not even in a preview.
 *
 * "Recent" is the `windowDays` up to the newest article published by `now`, not up to `now`
 * itself, so a quiet week or a rebuild long after the last story still gives a list.
 */
export function rankHot(articles: readonly ArticleRecord[], options: HotOptions): HotItem[] {
  const { now, limit = 8, windowDays = 7, minRecent = 0, popular } = options;
  const live = articles.filter((a) => isPublished(a, { now, includeDrafts: false })).sort(compareNewestFirst);
  const newest = live[0]?.published.getTime();
  if (newest === undefined || limit <= 0) return [];
  const inWindow = live.filter((a) => a.published.getTime() >= newest - windowDays * DAY_MS);
  // After a quiet spell the window alone may hold only the editor's picks; widen it to the newest few.
  const recent = inWindow.length >= minRecent ? inWindow : live.slice(0, minRecent);
  const connections = measureConnections(recent);
  const views = (id: string) => (popular && Object.hasOwn(popular, id) ? Math.max(0, Number(popular[id]) || 0) : 0);
  const item = (article: ArticleRecord, basis: HotItem['basis']): HotItem => ({
    id: article.id,
    basis,
    views: popular ? views(article.id) : undefined,
    connectedArticles: connections.get(article.id)?.articles ?? 0,
    connectedEntities: connections.get(article.id)?.entities ?? 0,
  });

  const featured = live.filter((a) => a.featured).map((a) => item(a, 'featured'));
  const chosen = new Set(featured.map((f) => f.id));
  // With views, any live article that has some may rank; without, only recent ones can.
  const isRecent = new Set(recent);
  const pool = popular ? live.filter((a) => views(a.id) > 0 || isRecent.has(a)) : recent;
  const position = new Map(live.map((a, i) => [a.id, i]));
  const rest = pool
    .filter((a) => !chosen.has(a.id))
    .map((a) => item(a, popular && views(a.id) > 0 ? 'popular' : 'connected'))
    .sort(
      (x, y) =>
        (y.views ?? 0) - (x.views ?? 0) ||
        y.connectedArticles + y.connectedEntities - (x.connectedArticles + x.connectedEntities) ||
        (position.get(x.id) ?? 0) - (position.get(y.id) ?? 0),
    );
  return [...featured, ...rest].slice(0, limit);
}
