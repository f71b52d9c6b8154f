/** Quality measures of related links against hand labels: precision@5 and the "junk" share. */
import { collectArticleEntities } from '../../src/lib/entities/article-entities.ts';
import { analyseText } from '../../src/lib/related/analyse-text.ts';
import { isNearDuplicate } from '../../src/lib/related/analyse-text.ts';
import type { RelatedLink } from '../../src/lib/related/index.ts';
import { DAY_MS } from '../../src/lib/time/index.ts';
import { localDay } from '../../src/lib/timeline/local-day.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { END_OF_TIME, isPublished } from '../../src/lib/visibility.ts';

/** Precision of related links against labelled groups (series or story threads). */
export interface PrecisionReport {
  /** Mean over judged articles of hits / achievable (see `measurePrecision`). */
  precision: number;
  /** All hits over all links shown for judged articles. */
  hitShare: number;
  judged: number;
  skipped: number;
  hits: number;
  links: number;
  /** Per group: judged articles and mean precision. */
  groups: Array<{ id: string; judged: number; precision: number }>;
}

/** Rules the engine applies, which bound how many same-group links are possible. */
export interface PrecisionRules {
  limit: number;
  daysAfter: number;
  maxPerDay: number;
  timeZone: string;
}

/**
 * Precision@k on same-group pairs. For each labelled, non-draft article, the achievable number of
 * same-group links is what the engine's rules allow: other members published before it or within
 * `daysAfter` after, not near-duplicates of it, at most `maxPerDay` per local day, at most `limit`.
 * Precision = same-group links shown / achievable. Articles with nothing achievable (the first of a
 * series, which may not link forward) are skipped and counted.
 */
export function measurePrecision(
  articles: readonly ArticleRecord[],
  related: ReadonlyMap<string, readonly RelatedLink[]>,
  groups: ReadonlyMap<string, readonly string[]>,
  rules: PrecisionRules,
): PrecisionReport {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const text = analyseText(articles);
  const report: PrecisionReport = { precision: 0, hitShare: 0, judged: 0, skipped: 0, hits: 0, links: 0, groups: [] };
  let sum = 0;
  for (const [group, members] of groups) {
    const present = members.filter((id) => {
      const article = articles[index.get(id) ?? -1];
      return article !== undefined && isPublished(article, { now: END_OF_TIME, includeDrafts: false });
    });
    let groupSum = 0;
    let groupJudged = 0;
    for (const id of present) {
      const i = index.get(id) ?? 0;
      const article = articles[i] as ArticleRecord;
      const latest = article.published.getTime() + rules.daysAfter * DAY_MS;
      const perDay = new Map<string, number>();
      for (const other of present) {
        const j = index.get(other) ?? 0;
        const candidate = articles[j] as ArticleRecord;
        if (j === i || candidate.published.getTime() > latest) continue;
        const sketch = (k: number) => text.sketches[k] ?? new Uint32Array(0);
        if (isNearDuplicate(text.headlines[i] ?? -1, text.headlines[j] ?? -2, sketch(i), sketch(j))) continue;
        const day = localDay(candidate.published, rules.timeZone);
        perDay.set(day, Math.min(rules.maxPerDay, (perDay.get(day) ?? 0) + 1));
      }
      const achievable = Math.min(
        rules.limit,
        [...perDay.values()].reduce((s, n) => s + n, 0),
      );
      if (achievable === 0) {
        report.skipped++;
        continue;
      }
      const links = related.get(id) ?? [];
      const hits = links.filter((link) => present.includes(link.id)).length;
      report.hits += hits;
      report.links += links.length;
      report.judged++;
      groupJudged++;
      groupSum += hits / achievable;
    }
    sum += groupSum;
    report.groups.push({ id: group, judged: groupJudged, precision: groupJudged ? groupSum / groupJudged : 0 });
  }
  report.precision = report.judged ? sum / report.judged : 0;
  report.hitShare = report.links ? report.hits / report.links : 0;
  return report;
}

/** Share of links whose two articles share no entity and no story: a proxy for junk. */
export function measureUnconnectedShare(
  articles: readonly ArticleRecord[],
  related: ReadonlyMap<string, readonly RelatedLink[]>,
  storyOf: (article: ArticleRecord) => string | undefined = (a) => a.story,
): { share: number; unconnected: number; links: number } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const entitiesOf = new Map(articles.map((a) => [a.id, new Set(collectArticleEntities(a).map((e) => e.id))]));
  let links = 0;
  let unconnected = 0;
  for (const [id, list] of related) {
    const article = byId.get(id);
    if (!article) continue;
    const mine = entitiesOf.get(id) ?? new Set<string>();
    for (const link of list) {
      const other = byId.get(link.id);
      if (!other) continue;
      links++;
      const story = storyOf(article);
      const sameStory = story !== undefined && story === storyOf(other);
      const sharesEntity = [...(entitiesOf.get(link.id) ?? [])].some((e) => mine.has(e));
      if (!sameStory && !sharesEntity) unconnected++;
    }
  }
  return { share: links ? unconnected / links : 0, unconnected, links };
}
