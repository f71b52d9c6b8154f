/**
 * Entity detection benchmark: precision and recall over the hand-labelled set, detection time per
 * article, then throughput over the shared White House corpus and the site's own articles.
 * Run from the project root: `npx tsx bench/entities.ts` (add `--details` to list every miss).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../src/config/site';
import { readEntityFiles } from '../src/content/entity-files.ts';
import { createArticleReader } from '../src/content/markdown-pipeline';
import { readSourceFiles } from '../src/content/source-files.ts';
import { analyseEntities, buildRegistry, selectConfidentEntities, slugify, type ArticleCandidates, type Registry } from '../src/lib/entities/index';
import { loadLabelledEntities, loadLabelledSet } from '../tests/fixtures/entities/load-labelled-set';
import type { Entity } from '../src/lib/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DETAILS = process.argv.includes('--details');

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

const WARM_ROUNDS = 5;
const ROUNDS = 21;

/** Median time of one round, after warm-up rounds (the median resists other work on a shared machine). */
function medianRoundMs(round: () => void): number {
  for (let r = 0; r < WARM_ROUNDS; r++) round();
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now();
    round();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
const report = (label: string, s: Score): string =>
  `${label}: precision ${ratio(s.tp, s.tp + s.fp)}  recall ${ratio(s.tp, s.tp + s.fn)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** Adds one article's predicted and expected sets to a score, listing the differences (passing mentions are neither). */
function tally(score: Score, article: string, predicted: Set<string>, expected: Set<string>, kind: string, passing = new Set<string>()): void {
  for (const p of predicted) {
    if (expected.has(p)) score.tp += 1;
    else if (!passing.has(p)) {
      score.fp += 1;
      if (DETAILS) console.log(`  ${kind} false positive  ${article}: ${p}`);
    }
  }
  for (const e of expected) {
    if (!predicted.has(e)) {
      score.fn += 1;
      if (DETAILS) console.log(`  ${kind} missed          ${article}: ${e}`);
    }
  }
}

/** Precision, recall and time per article over the labelled set. */
function benchLabelled(): void {
  const articles = loadLabelledSet();
  const registry = buildRegistry({ files: loadLabelledEntities(), tags: articles.flatMap((a) => a.tags) });
  const registered: Score = { tp: 0, fp: 0, fn: 0 };
  const unregistered: Score = { tp: 0, fp: 0, fn: 0 };
  const perArticle: ArticleCandidates[] = [];
  // Mentions as the build's Markdown pipeline found them; tags (count 0) are not detection.
  for (const a of articles) {
    const predicted = new Set(a.mentions.filter((m) => m.count > 0).map((m) => m.id));
    tally(registered, a.id, predicted, new Set(a.labels.registered), 'registered');
    perArticle.push({ articleId: a.id, candidates: a.unregistered });
  }
  const confident = selectConfidentEntities(perArticle).filter((e) => e.type !== 'place');
  for (const a of articles) {
    const predicted = new Set(confident.filter((e) => e.articles.includes(a.id)).map((e) => `${e.type}:${e.id}`));
    const expected = new Set(a.labels.unregistered.map((u) => `${u.type}:${slugify(u.name)}`));
    const passing = new Set(a.labels.passing.map((u) => `${u.type}:${slugify(u.name)}`));
    tally(unregistered, a.id, predicted, expected, 'unregistered', passing);
  }
  const perArticleMs =
    medianRoundMs(() => {
      for (const a of articles) analyseEntities(a, registry);
    }) / articles.length;
  console.log(`Labelled set: ${articles.length} articles, ${registry.entities.size} registered entities`);
  console.log(report('  registered entities', registered));
  console.log(report('  unregistered people and organisations', unregistered));
  console.log(`  detection time: ${perArticleMs.toFixed(2)} ms per article (median of ${ROUNDS} rounds after ${WARM_ROUNDS} warm-up rounds)`);
}

interface CorpusArticle {
  id: string;
  title: string;
  summary: string | undefined;
  body: string;
  tags: string[];
}

/** Reads an article folder as plain-text records: the site's walker and frontmatter reader, body text from the build's Markdown pipeline. */
function readCorpus(dir: string): CorpusArticle[] {
  const read = createArticleReader({ basePath: site.basePath, timeZone: site.timeZone, locale: site.locale });
  return readSourceFiles(dir).map(({ id, file, frontmatter: { data, body } }) => ({
    id,
    title: typeof data['title'] === 'string' ? data['title'] : '',
    summary: typeof data['summary'] === 'string' ? data['summary'] : undefined,
    body: String(read(body, data, relative(ROOT, file))['plainText']),
    tags: Array.isArray(data['tags']) ? data['tags'].map(String) : [],
  }));
}

/** Detection throughput and distinct entities over one folder of articles. */
function benchCorpus(label: string, dir: string, files: readonly Entity[]): void {
  if (!existsSync(dir)) {
    console.log(`${label}: ${relative(ROOT, dir) || dir} not found — skipped (the shared corpus lives beside the project, in ../shared/corpus).`);
    return;
  }
  const articles = readCorpus(dir);
  if (articles.length === 0) {
    console.log(`${label}: no articles in ${relative(ROOT, dir)} — skipped.`);
    return;
  }
  const buildStart = performance.now();
  const registry: Registry = buildRegistry({ files, tags: articles.flatMap((a) => a.tags) });
  const buildMs = performance.now() - buildStart;
  for (const a of articles.slice(0, 20)) analyseEntities(a, registry);
  const registeredIds = new Set<string>();
  const perArticle: ArticleCandidates[] = [];
  let mentions = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const a of articles) {
    const analysis = analyseEntities(a, registry);
    for (const m of analysis.mentions) registeredIds.add(m.id);
    mentions += analysis.mentions.length;
    perArticle.push({ articleId: a.id, candidates: analysis.unregistered });
  }
  const elapsed = performance.now() - started;
  const cpuUsed = process.cpuUsage(cpu);
  const cpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
  const crossStart = performance.now();
  const confident = selectConfidentEntities(perArticle);
  const crossMs = performance.now() - crossStart;
  const chars = articles.reduce((n, a) => n + a.body.length, 0);
  console.log(`${label}: ${articles.length} articles (mean ${Math.round(chars / articles.length)} characters of body)`);
  console.log(`  registry: ${registry.entities.size} entities, built in ${buildMs.toFixed(0)} ms`);
  // CPU time as well as wall time: on a shared machine the wall clock also counts other people's work.
  console.log(
    `  detection: ${(articles.length / (elapsed / 1000)).toFixed(0)} articles per second, ${(elapsed / articles.length).toFixed(2)} ms per article (${(cpuMs / articles.length).toFixed(2)} ms CPU)`,
  );
  console.log(`  distinct registered entities found: ${registeredIds.size} (${mentions} article-entity pairs)`);
  const byType = (t: string): number => confident.filter((c) => c.type === t).length;
  console.log(
    `  confident unregistered entities: ${confident.length} (people ${byType('person')}, organisations ${byType('organization')}, places ${byType('place')}); cross-article rule ${crossMs.toFixed(0)} ms`,
  );
  console.log(`  distinct entities in total: ${registeredIds.size + confident.length}`);
  if (DETAILS) {
    const top = [...registeredIds].slice(0, 0);
    void top;
    console.log(
      `  top unregistered: ${confident
        .slice(0, 25)
        .map((c) => `${c.name} (${c.type}, ${c.count})`)
        .join('; ')}`,
    );
  }
}

/** Matching cost with a registry of tens of thousands of extra names. */
function benchLargeRegistry(): void {
  const given = ['John', 'Mary', 'James', 'Anna', 'David', 'Sofia', 'Michael', 'Laura', 'Kim', 'Lee', 'Ahmed', 'Olga'];
  const files: Entity[] = [];
  for (let i = 0; i < 30_000; i++) {
    const name = `${given[i % given.length]} Testperson${i.toString(36)}`;
    files.push({ id: slugify(name), name, type: 'person', aliases: [`Testorg ${i.toString(36)} Group`] });
  }
  const started = performance.now();
  const registry = buildRegistry({ files });
  const buildMs = performance.now() - started;
  const articles = loadLabelledSet();
  const ms =
    medianRoundMs(() => {
      for (const a of articles) analyseEntities(a, registry);
    }) / articles.length;
  console.log(
    `Large registry: ${registry.entities.size} entities (${registry.matcher.trie.size} names) built in ${buildMs.toFixed(0)} ms; detection ${ms.toFixed(2)} ms per labelled article`,
  );
}

benchLabelled();
benchLargeRegistry();
const siteFiles = readEntityFiles(join(ROOT, 'content', 'entities'));
benchCorpus('White House 2023 corpus', join(ROOT, '..', 'shared', 'corpus', 'whitehouse-2023'), siteFiles);
benchCorpus('Site articles (content/articles)', join(ROOT, 'content', 'articles'), siteFiles);
