/**
 * Publishing one article: how long a rebuild takes after one article is added, with the build
 * cache laid out as CI restores it (`.cache/astro/<variant>/` kept, `dist/` fresh), against a cold
 * build; and whether its dist/ is byte-identical to a cold build of the same content (build time
 * pinned with SOURCE_DATE_EPOCH). Runs on the sample content and on generated archives, each in a
 * temporary copy of the project, so content/ and dist/ are never touched. Per build it prints the
 * content sync, page rendering and Pagefind phases and how many pages Astro rendered or reused.
 *
 *   npm run bench:incremental [-- --sizes 1000,10000] [-- --sample] [-- --work DIR] [-- --keep] [-- --no-compare]
 */
import { cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listMarkdownFiles } from '../src/content/source-files.ts';
import { summariseAstroLog } from './lib/bench-sites.ts';
import { compareTrees, describeDifference } from './lib/compare-trees.ts';
import { addArticle, buildEnv, clearBuild, EPOCHS, keepDist, prepareSite } from './lib/incremental-scenario.ts';
import { measureCommand } from './lib/measure-command.ts';
import { generateArchive, syntheticEntities, writeArchive, writeEntityFiles } from './lib/synthetic-archive.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SEED = 20_240_601;
const ARCHIVE_END = new Date('2025-06-30T09:00:00Z');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    sample: { type: 'boolean', default: false },
    work: { type: 'string', default: join(tmpdir(), 'dateline-bench-incremental') },
    keep: { type: 'boolean', default: false },
    // Skip the third build (a cold build of the final content) and the byte comparison: for 50,000.
    'no-compare': { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? '').split(',').filter(Boolean).map(Number);

/** One build's figures, read from its log. */
interface Timed {
  wallS: number;
  syncS: number | undefined;
  pagesS: number | undefined;
  pagefindS: number | undefined;
  /** Article pages Pagefind indexed again (the rest of the search bundles came from the cache). */
  searchIndexed: number | undefined;
  rendered: number;
  reused: number;
  cleared: boolean;
}

async function build(site: string, label: string, epoch: number): Promise<Timed> {
  process.stdout.write(`  ${label.padEnd(34)} `);
  const logFile = join(site, `${label.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.log`);
  const env = { ...buildEnv(epoch), NODE_OPTIONS: '--max-old-space-size=10240' };
  const measured = await measureCommand(NODE, [ASTRO, 'build'], { cwd: site, env, logFile });
  const log = readFileSync(logFile, 'utf8');
  const phases = summariseAstroLog(log);
  const reused = log.match(/ \((cached|restored)\)/g)?.length ?? 0;
  const pagefind = /\[dateline-pagefind\] indexed .* in ([\d.]+) s$/m.exec(log);
  const timed: Timed = {
    wallS: measured.wallS,
    syncS: phases.syncS,
    pagesS: phases.pagesS,
    pagefindS: pagefind ? Number(pagefind[1]) : undefined,
    searchIndexed: Number(/\((\d+) pages indexed again/.exec(log)?.[1] ?? Number.NaN),
    rendered: phases.routes.reduce((sum, r) => sum + r.pages, 0),
    reused,
    cleared: log.includes('Clearing content store'),
  };
  if (!measured.ok) {
    process.exitCode = 1;
    console.log(`FAILED after ${measured.wallS.toFixed(1)} s (see ${logFile})`);
    return timed;
  }
  const f = (s: number | undefined) => (s === undefined ? '?' : s.toFixed(1));
  console.log(
    `${f(timed.wallS)} s: sync ${f(timed.syncS)} s, pages ${f(timed.pagesS)} s (${timed.rendered} rendered, ${timed.reused} reused), Pagefind ${f(timed.pagefindS)} s (${timed.searchIndexed} pages indexed)${timed.cleared ? ', content store cleared' : ''}`,
  );
  return timed;
}

interface Row {
  scenario: string;
  articles: number;
  cold: Timed;
  plusOne: Timed;
  identical: string;
}

async function bench(scenario: string, fill: (articles: string) => number | Promise<number>): Promise<Row> {
  const site = join(values.work ?? tmpdir(), scenario.replace(/\W+/g, '-'));
  const articles = await fill(prepareSite(ROOT, site));
  console.log(`\n${scenario}: ${articles.toLocaleString('en')} articles in ${site}`);
  const cold = await build(site, 'cold build (no cache)', EPOCHS.first);
  addArticle(site);
  // CI restores .cache/ and starts from an empty dist/.
  keepDist(site, join(site, 'dist-previous'));
  const plusOne = await build(site, '+1 article, cache restored', EPOCHS.second);
  if (values['no-compare']) return { scenario, articles: articles + 1, cold, plusOne, identical: 'not compared' };
  keepDist(site, join(site, 'dist-incremental'));
  clearBuild(site);
  await build(site, 'cold build of the same content', EPOCHS.second);
  const difference = compareTrees(join(site, 'dist-incremental'), join(site, 'dist'));
  const identical = difference.differing.length + difference.onlyInA.length + difference.onlyInB.length === 0;
  console.log(`  dist/ of +1 vs cold, ${difference.files.toLocaleString('en')} files: ${describeDifference(difference, 10)}`);
  if (!values.keep) clearBuild(site);
  return { scenario, articles: articles + 1, cold, plusOne, identical: identical ? 'yes' : 'NO' };
}

console.log(`Publish-one-article benchmark (CI cache layout); work folder ${values.work}`);
const rows: Row[] = [];
if (values.sample) {
  rows.push(
    await bench('sample content', (articles) => {
      cpSync(join(ROOT, 'content/articles'), articles, { recursive: true });
      return listMarkdownFiles(articles).length;
    }),
  );
}
for (const size of sizes) {
  // The archive ends a day before the added article, in the same year: a publication that opens a
  // new year also folds the last year's month bundles of the search index into one (once a year).
  // Its tags name the entities its editors registered: their files come with it.
  const options = { count: size, seed: SEED, end: ARCHIVE_END };
  const archive = async (articles: string) => {
    await writeEntityFiles(syntheticEntities(options), join(articles, '../entities'));
    return writeArchive(generateArchive(options), articles);
  };
  rows.push(await bench(`generated archive ${size.toLocaleString('en')}`, async (articles) => (await archive(articles)).length));
}

console.log('\nscenario                    articles   cold s    +1 s  +1/cold  Pagefind in +1  identical dist/');
for (const r of rows) {
  const share =
    r.plusOne.pagefindS === undefined ? '?' : `${r.plusOne.pagefindS.toFixed(1)} s (${Math.round((100 * r.plusOne.pagefindS) / r.plusOne.wallS)} %)`;
  console.log(
    [
      r.scenario.padEnd(26),
      r.articles.toLocaleString('en').padStart(9),
      r.cold.wallS.toFixed(1).padStart(8),
      r.plusOne.wallS.toFixed(1).padStart(7),
      `${(r.plusOne.wallS / r.cold.wallS).toFixed(2)}×`.padStart(8),
      share.padStart(15),
      r.identical.padStart(16),
    ].join(' '),
  );
}
