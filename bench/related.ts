/**
 * `npx tsx bench/related.ts [--no-scale] [--sizes=1000,10000,50000] [--runs=3] [--seed=1]`
 *
 * Prints the related engine's quality and scale figures (issue 5):
 * - precision@5 on hand-labelled series of ../shared/corpus/whitehouse-2023, with the engine run
 *   over the whole corpus, and on the sample content's story threads;
 * - the share of links that share no entity and no story with their article (junk proxy);
 * - time and peak memory on seeded synthetic archives, and how they grow with size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { site } from '../src/config/site.ts';
import { relatedOptionsOf } from '../src/lib/newsroom/build-newsroom.ts';
import { computeRelated } from '../src/lib/related/index.ts';
import type { ArticleRecord } from '../src/lib/types.ts';
import { loadArticles } from './lib/load-articles.ts';
import { buildSiteNewsroom } from './lib/quality-newsroom.ts';
import { measurePrecision, measureUnconnectedShare, type PrecisionRules } from './lib/related-quality.ts';
import { measureScale } from './lib/scale-bench.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Map(process.argv.slice(2).map((arg) => [arg.replace(/=.*$/, ''), arg.includes('=') ? arg.replace(/^[^=]*=/, '') : 'yes']));
const sizes = (args.get('--sizes') ?? '1000,10000,50000').split(',').map(Number);
const runs = Number(args.get('--runs') ?? 3);
const seed = Number(args.get('--seed') ?? 1);
const rules: PrecisionRules = { limit: 5, daysAfter: 3, maxPerDay: 2, timeZone: site.timeZone };
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

interface SeriesFile {
  corpus: string;
  series: Array<{ id: string; label: string; articles: string[] }>;
}

function runQuality(title: string, articles: ArticleRecord[], groups: Map<string, string[]>, storyLabels = false): void {
  // Entities, story threads and options exactly as the site's newsroom index has them; only the engine is timed.
  const newsroom = buildSiteNewsroom(root, articles);
  const detected = newsroom.articles;
  const options = relatedOptionsOf(site.timeZone, newsroom.entityIndex.entities, newsroom.storyOf);
  const started = performance.now();
  const related = computeRelated(detected, options);
  const ms = performance.now() - started;
  const precision = measurePrecision(detected, related, groups, rules);
  const junk = measureUnconnectedShare(detected, related);
  console.log(`\n${title}`);
  console.log(`  published articles: ${detected.length}, entities and stories as the site's newsroom index finds them, engine: ${ms.toFixed(0)} ms`);
  console.log(
    `  precision@5 on same-group pairs: ${precision.precision.toFixed(3)} (target >= 0.8: ${verdict(precision.precision >= 0.8)})` +
      ` — ${precision.judged} articles judged in ${groups.size} groups, ${precision.skipped} with no earlier member skipped`,
  );
  console.log(`  same-group links / all links shown for them: ${precision.hits} / ${precision.links} (${percent(precision.hitShare)})`);
  for (const group of precision.groups) console.log(`    ${group.id.padEnd(40)} ${String(group.judged).padStart(3)} judged  ${group.precision.toFixed(2)}`);
  console.log(
    `  links sharing no entity and no story: ${junk.unconnected} / ${junk.links} (${percent(junk.share)}; target < 5 %: ${verdict(junk.share < 0.05)})`,
  );
  if (storyLabels) {
    // The engine scores "same story" directly; hiding the ids (and the threads built from them) shows what text and entities alone find.
    const blind = computeRelated(
      detected.map((a) => ({ ...a, story: undefined })),
      { ...options, stories: new Map() },
    );
    const found = measurePrecision(detected, blind, groups, rules);
    console.log(`  precision@5 with story ids hidden from the engine (text and entities only): ${found.precision.toFixed(3)}`);
  }
}

async function qualityOnCorpus(): Promise<void> {
  const labels = JSON.parse(readFileSync(`${root}tests/fixtures/related/series.json`, 'utf8')) as SeriesFile;
  const dir = `${root}${labels.corpus}`;
  if (!existsSync(dir)) {
    console.log(`\nCorpus quality: SKIPPED — ${labels.corpus} not found (it lives beside the project, in ../shared; a fresh clone has none).`);
    return;
  }
  const articles = await loadArticles(dir, { timeZone: site.timeZone });
  const groups = new Map(labels.series.map((s) => [s.id, s.articles]));
  const labelled = labels.series.reduce((sum, s) => sum + s.articles.length, 0);
  runQuality(`Quality: ${labels.corpus} (${labelled} articles labelled in ${groups.size} series; engine over the whole corpus)`, articles, groups);
}

async function qualityOnSample(): Promise<void> {
  const dir = `${root}content/articles`;
  if (!existsSync(dir)) return console.log('\nSample content quality: SKIPPED — no content/articles folder.');
  const articles = await loadArticles(dir, { timeZone: site.timeZone });
  const groups = new Map<string, string[]>();
  for (const article of articles) if (article.story) groups.set(article.story, [...(groups.get(article.story) ?? []), article.id]);
  for (const [story, members] of groups) if (members.length < 2) groups.delete(story);
  if (groups.size === 0) return console.log('\nSample content quality: SKIPPED — no story thread with two or more articles yet.');
  runQuality(`Quality: sample content story threads (content/articles)`, articles, groups, true);
}

function scale(): void {
  const load = loadavg()[0] ?? 0;
  console.log(
    `\nScale: synthetic archives (seed ${seed}, ~600-word articles, Zipf vocabulary and entities; fastest of ${runs} run(s), each in a fresh process)`,
  );
  console.log(
    `  machine: ${cpus().length} CPUs, load average ${load.toFixed(1)} at start${load > cpus().length ? ' — busy: wall times are inflated, the main-thread CPU figures less so' : ''}`,
  );
  const results = measureScale(sizes, seed, runs);
  console.log('  articles   engine ms   main-thread cpu ms   ms/article   engine peak MB   process peak MB   result MB');
  for (const r of results) {
    console.log(
      `  ${String(r.count).padStart(8)} ${r.ms.toFixed(0).padStart(11)} ${r.threadCpuMs.toFixed(0).padStart(20)} ${r.perArticleMs.toFixed(3).padStart(12)}` +
        ` ${r.enginePeakMB.toFixed(0).padStart(16)} ${r.processPeakMB.toFixed(0).padStart(17)} ${r.resultHeapMB.toFixed(0).padStart(11)}`,
    );
  }
  for (let k = 1; k < results.length; k++) {
    const [small, large] = [results[k - 1], results[k]];
    if (!small || !large) continue;
    const size = large.count / small.count;
    const limit = size * 1.3;
    const ratio = large.ms / small.ms;
    const name = `${large.count / 1000}k/${small.count / 1000}k`;
    console.log(
      `  time ratio ${name}: ${ratio.toFixed(2)} (linear ${size}, limit ${limit.toFixed(1)}: ${verdict(ratio <= limit)});` +
        ` main-thread cpu ratio ${(large.threadCpuMs / small.threadCpuMs).toFixed(2)}; engine peak memory ratio ${(large.enginePeakMB / small.enginePeakMB).toFixed(2)}`,
    );
  }
  const largest = results[results.length - 1];
  if (largest) console.log(`  per article at ${largest.count}: ${largest.perArticleMs.toFixed(3)} ms (target < 20 ms: ${verdict(largest.perArticleMs < 20)})`);
}

console.log('Related stories benchmark (rules: 5 links, up to 3 days after, at most 2 per local day)');
await qualityOnCorpus();
await qualityOnSample();
if (!args.has('--no-scale')) scale();
