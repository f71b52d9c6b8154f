/**
 * Incremental builds: how long a rebuild takes after one article is added, with Astro's content
 * cache (node_modules/.astro/data-store.json) kept, against a cold build with no cache. Runs on
 * (a) the sample content and (b) a generated 10,000-article archive (1,000 with --small), each in
 * a temporary copy of the project, so content/ and dist/ are never touched. Prints the whole build
 * and the content-sync phase (Astro's "[types] Generated" line), which is what the cache saves.
 * A third build adds an article and a new entity file: that changes the entity registry in the
 * Markdown options, so Astro's config digest changes, it clears its store and re-renders all.
 *
 *   npm run bench:incremental [-- --small] [-- --only sample,archive] [-- --work DIR] [-- --keep]
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createArticle } from '../scripts/lib/create-article.ts';
import { defaults } from '../src/config/site.ts';
import { linkNodeModules } from './lib/bench-sites.ts';
import { measureCommand } from './lib/measure-command.ts';
import { generateArchive, syntheticEntities, writeArchive, writeEntityFiles } from './lib/synthetic-archive.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SEED = 20_240_601;

const { values } = parseArgs({
  options: {
    small: { type: 'boolean', default: false },
    work: { type: 'string', default: join(tmpdir(), 'dateline-bench-incremental') },
    keep: { type: 'boolean', default: false },
    only: { type: 'string', default: 'sample,archive' },
  },
});
const only = new Set((values.only ?? '').split(','));
const archiveSize = values.small ? 1_000 : 10_000;
// The copies build with the site's own settings, whatever this shell overrides.
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=6144' };
for (const name of ['BASE_PATH', 'SITE_URL', 'SITE_TIMEZONE']) delete env[name];

/** A copy of the project with `fill` writing its articles; its node_modules links packages but keeps its own caches. */
async function prepare(site: string, fill: (articles: string) => Promise<number>): Promise<number> {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'content/articles'), { recursive: true });
  for (const item of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json', 'content/entities', 'content/images']) {
    if (existsSync(join(ROOT, item))) cpSync(join(ROOT, item), join(site, item), { recursive: true });
  }
  linkNodeModules(ROOT, site);
  return fill(join(site, 'content/articles'));
}

/** Adds one finished article the way an editor would (`npm run new`, then writing it). */
function addArticle(site: string, title: string, tags: string[]): void {
  const created = createArticle({
    title,
    section: 'world',
    contentRoot: join(site, 'content/articles'),
    now: new Date('2025-01-02T09:00:00Z'),
    timeZone: defaults.timeZone,
    sectionIds: defaults.sections.map((s) => s.id),
    basePath: '/',
  });
  const body = 'Officials in Seoul said on Thursday that talks with Tokyo would resume next week.\n\nThe two governments last met in December.\n';
  const text = readFileSync(created.path, 'utf8')
    .replace(/^draft: true.*\n/m, '')
    .replace(/^# tags: .*$/m, `tags: [${tags.join(', ')}]`)
    .replace('Write the story here.\n', body);
  writeFileSync(created.path, text);
}

/** Seconds in one of Astro's durations: `812ms`, `5.88s`, `5m 53s`; NaN when unreadable. */
function parseAstroDuration(text: string): number {
  const match = /^(?:(\d+)m\s*)?(?:(\d+(?:\.\d+)?)(ms|s))?$/.exec(text.trim());
  if (!match || (!match[1] && !match[2])) return Number.NaN;
  const minutes = Number(match[1] ?? 0) * 60;
  const rest = Number(match[2] ?? 0) / (match[3] === 'ms' ? 1000 : 1);
  return minutes + rest;
}

/** A build's wall time, its content-sync time (from Astro's log) and whether Astro cleared its store. */
interface Timed {
  wallS: number;
  syncS: number;
  cleared: boolean;
}

async function build(site: string, label: string): Promise<Timed> {
  process.stdout.write(`  ${label.padEnd(40)} `);
  const log = join(site, `${label.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.log`);
  const measured = await measureCommand(NODE, [ASTRO, 'build'], { cwd: site, env, logFile: log });
  const output = readFileSync(log, 'utf8');
  const cleared = output.includes('Clearing content store');
  const syncS = parseAstroDuration(/\[types\] Generated ([\dm .]+s)/.exec(output)?.[1] ?? '');
  if (!measured.ok) process.exitCode = 1;
  console.log(measured.ok ? `${measured.wallS.toFixed(1)} s, content sync ${syncS.toFixed(1)} s${cleared ? ' (Astro cleared its content store)' : ''}` : `FAILED after ${measured.wallS.toFixed(1)} s (see ${log})`);
  return { wallS: measured.wallS, syncS, cleared };
}

interface Row {
  scenario: string;
  articles: number;
  cold: Timed;
  plusOne: Timed;
  plusEntity: Timed;
}

async function bench(scenario: string, fill: (articles: string) => Promise<number>): Promise<Row> {
  const site = join(values.work ?? tmpdir(), scenario.replace(/\W+/g, '-'));
  const articles = await prepare(site, fill);
  console.log(`\n${scenario}: ${articles.toLocaleString('en')} articles in ${site}`);
  const cold = await build(site, 'cold build (no cache)');
  addArticle(site, 'Seoul and Tokyo to resume talks next week', ['diplomacy']);
  const plusOne = await build(site, '+1 article, cache kept');
  addArticle(site, 'Seoul and Tokyo agree on a fisheries deal', ['fisheries']);
  writeFileSync(join(site, 'content/entities/bench-fisheries-board.md'), '---\nname: Bench Fisheries Board\ntype: organization\n---\nA body made up for the benchmark.\n');
  const plusEntity = await build(site, '+1 article and a new entity file');
  if (!values.keep) rmSync(site, { recursive: true, force: true });
  return { scenario, articles, cold, plusOne, plusEntity };
}

console.log(`Incremental build benchmark; work folder ${values.work}`);
const rows: Row[] = [];
if (only.has('sample')) {
  rows.push(
    await bench('sample content', async (articles) => {
    cpSync(join(ROOT, 'content/articles'), articles, { recursive: true });
    return readdirSync(articles, { recursive: true }).filter((name) => String(name).endsWith('.md')).length;
    }),
  );
}
if (only.has('archive')) {
  const label = `generated archive ${archiveSize.toLocaleString('en')}`;
  rows.push(
    await bench(label, async (articles) => {
      // The archive's tags name the entities its editors registered: their files come with it.
      const options = { count: archiveSize, seed: SEED };
      await writeEntityFiles(syntheticEntities(options), join(articles, '../entities'));
      return (await writeArchive(generateArchive(options), articles)).length;
    }),
  );
}

console.log('\n                               whole build (wall s)              content sync (s)');
console.log('scenario                   articles    cold     +1  cold/+1     cold     +1  cold/+1   +1 & entity file');
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`.padStart(8);
for (const r of rows) {
  console.log(
    [
      r.scenario.padEnd(24),
      r.articles.toLocaleString('en').padStart(9),
      r.cold.wallS.toFixed(1).padStart(7),
      r.plusOne.wallS.toFixed(1).padStart(6),
      ratio(r.cold.wallS, r.plusOne.wallS),
      r.cold.syncS.toFixed(1).padStart(8),
      r.plusOne.syncS.toFixed(1).padStart(6),
      ratio(r.cold.syncS, r.plusOne.syncS),
      `${r.plusEntity.wallS.toFixed(1)} s${r.plusEntity.cleared ? ' (store cleared)' : ''}`.padStart(19),
    ].join(' '),
  );
}
