/**
 * Times the timeline and story-thread logic: day/month grouping, event-date resolution and story
 * assignment on the sample content, on ../shared/corpus/whitehouse-2023 (skipped when missing)
 * and on a generated archive of 10,000 articles; prints the stories found and the accuracy of
 * event resolution on the unit test's phrase table. Run: `npx tsx bench/timeline.ts`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveEventDates } from '../src/lib/events/index.ts';
import { assignStories, buildStoryTimeline, type Story } from '../src/lib/stories/index.ts';
import { DAY_MS } from '../src/lib/time/index.ts';
import { groupByLocalDay, groupByLocalMonth, listMonths } from '../src/lib/timeline/index.ts';
import type { ArticleRecord } from '../src/lib/types.ts';
import { EVENT_PHRASES, phraseMatches } from '../tests/fixtures/stories/event-phrases.ts';
import { loadArticles } from './lib/load-articles.ts';
import { generateArchive } from './lib/synthetic-archive.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLE = resolve(ROOT, 'content/articles');
// A worktree outside the project's folder can point at the corpus with CORPUS_DIR.
const CORPUS = process.env['CORPUS_DIR'] ? resolve(process.env['CORPUS_DIR']) : resolve(ROOT, '../shared/corpus/whitehouse-2023');
const RUNS = 5;

/** Median wall time of `RUNS` calls of `work`, in milliseconds, and its last result. */
function time<T>(work: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result = work();
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, result };
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

function describeStories(stories: readonly Story[], show: number): string[] {
  const auto = stories.filter((s) => s.automatic);
  const joined = stories.reduce((n, s) => n + (s.automatic ? 0 : s.joinedIds.length), 0);
  const lines = [
    `  stories: ${stories.length} (${stories.length - auto.length} with an editor's id, ${auto.length} automatic); ` +
      `${joined} articles joined an editor's story; ${stories.reduce((n, s) => n + s.articleIds.length, 0)} articles in stories`,
  ];
  const sizes = auto.map((s) => s.articleIds.length).sort((a, b) => a - b);
  const spanDays = (s: Story): number => (s.lastPublished.getTime() - s.firstPublished.getTime()) / DAY_MS;
  const longest = [...auto].sort((a, b) => spanDays(b) - spanDays(a))[0];
  lines.push(
    `  automatic stories: ${auto.length}; size max ${sizes.at(-1) ?? 0}, p90 ${sizes[Math.floor(0.9 * (sizes.length - 1))] ?? 0}, ` +
      `median ${sizes[Math.floor(0.5 * (sizes.length - 1))] ?? 0}; longest span ${longest ? spanDays(longest).toFixed(0) : 0} days` +
      (longest ? ` (${longest.id}, ${longest.articleIds.length} articles)` : ''),
  );
  const largest = [...stories].sort((a, b) => b.articleIds.length - a.articleIds.length || (a.id < b.id ? -1 : 1));
  for (const story of largest.slice(0, show)) {
    lines.push(
      `    ${String(story.articleIds.length).padStart(3)}  ${story.id}${story.automatic ? ' (auto)' : ''}  [${story.entityIds.slice(0, 3).join(', ')}]  “${story.title}”`,
    );
  }
  return lines;
}

function benchArchive(label: string, articles: ArticleRecord[], timeZone: string, withEvents: boolean): void {
  console.log(`\n${label}: ${articles.length} articles, timezone ${timeZone}`);
  if (withEvents) {
    const events = time(() => articles.map((a) => resolveEventDates(a.body, a.published, timeZone)));
    const count = events.result.reduce((n, list) => n + list.length, 0);
    console.log(`  resolveEventDates (all bodies): ${ms(events.ms)}  → ${count} event dates`);
    articles.forEach((article, i) => (article.events = events.result[i] ?? []));
  }
  const days = time(() => groupByLocalDay(articles, timeZone));
  const months = time(() => groupByLocalMonth(articles, timeZone));
  const index = time(() => listMonths(articles, timeZone));
  console.log(`  groupByLocalDay: ${ms(days.ms)}  → ${days.result.length} days`);
  console.log(`  groupByLocalMonth: ${ms(months.ms)}  → ${months.result.length} months; listMonths: ${ms(index.ms)}`);
  const stories = time(() => assignStories(articles, { timeZone }));
  console.log(`  assignStories: ${ms(stories.ms)}`);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const timelines = time(() => stories.result.map((story) => buildStoryTimeline(story, byId, timeZone)));
  console.log(`  buildStoryTimeline (every story): ${ms(timelines.ms)}  → ${timelines.result.reduce((n, t) => n + t.length, 0)} entries`);
  for (const line of describeStories(stories.result, 8)) console.log(line);
}

function eventAccuracy(): void {
  const right = EVENT_PHRASES.filter((row) => phraseMatches(row, resolveEventDates(row.text, new Date(row.published), row.timeZone ?? 'Asia/Seoul'))).length;
  const percent = ((100 * right) / EVENT_PHRASES.length).toFixed(1);
  console.log(`\nEvent-date resolution on the phrase table: ${right}/${EVENT_PHRASES.length} correct (${percent}%)`);
}

async function main(): Promise<void> {
  console.log(`Timeline and story bench (median of ${RUNS} runs after one warm-up)`);
  eventAccuracy();
  if (existsSync(SAMPLE)) benchArchive('Sample content (content/articles)', await loadArticles(SAMPLE, { timeZone: 'UTC' }), 'UTC', true);
  else console.log(`\nSample content: skipped, ${SAMPLE} does not exist`);
  if (existsSync(CORPUS)) benchArchive('Shared corpus (whitehouse-2023)', await loadArticles(CORPUS, { timeZone: 'UTC' }), 'America/New_York', true);
  else console.log(`\nShared corpus: skipped, ${CORPUS} is missing (it lives outside the repository, in ../shared/corpus)`);
  benchArchive('Generated archive (generateArchive, seed 7)', generateArchive({ count: 10_000, seed: 7 }), 'Asia/Seoul', false);
}

await main();
