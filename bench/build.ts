/**
 * Archive-scale build benchmark. For each size (default 10,000, 30,000 and 50,000 articles) it writes
 * one seeded synthetic archive (3–6 detectable people, places and organisations an article from a
 * Zipf list, tags naming the registered ones, years of dates) and builds it, one build at a time:
 *
 * - Dateline cold: a temporary copy of this project with every feature on;
 * - Dateline with one article added and its build cache kept (at the largest size, or --publish-one-at);
 * - the floor: bench/minimal-astro with remark and Pagefind over the same files;
 * - Hugo with related content (bench/hugo), given the ids of the entities each article names as its
 *   tags, up to --hugo-max articles (its related lists grow with the square of the archive);
 * - optionally (--only …,astro-default) the minimal site with Astro's default Markdown processor.
 *
 * It prints wall and CPU time, peak memory, pages, files, output size, bytes and files per published
 * article, then the ratios and targets of the archive-scale issue beside each figure.
 *
 *   npm run bench:build [-- --sizes=1000,10000] [-- --only=dateline,floor,hugo,astro-default]
 *                       [-- --publish-one-at=10000] [-- --hugo-max=30000] [-- --heap=8192] [-- --work=DIR] [-- --keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureOutput, prepareDateline, prepareTemplate, summariseAstroLog } from './lib/bench-sites.ts';
import { printLayout, printTable, printTargets, SITE, type BuildRow } from './lib/build-report.ts';
import { printHostFit } from './lib/host-fit.ts';
import { checkDetection } from './lib/check-detection.ts';
import { measureCoreThroughput } from './lib/core-throughput.ts';
import { measureCommand } from './lib/measure-command.ts';
import {
  defaultEntityCount,
  defaultYears,
  generateArchive,
  syntheticEntities,
  writeArchive,
  writeEntityFiles,
  writeHugoArchive,
} from './lib/synthetic-archive.ts';
import { builtAt } from '../src/config/site.ts';
import { isPublished } from '../src/lib/visibility.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SEED = 20_240_601;
const DETECTION_SAMPLE = 1_000;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,30000,50000' },
    only: { type: 'string', default: 'dateline,floor,hugo' },
    'publish-one-at': { type: 'string' },
    'hugo-max': { type: 'string', default: '30000' },
    heap: { type: 'string', default: '8192' },
    work: { type: 'string', default: join(tmpdir(), 'dateline-bench-build') },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.replace(/_/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`--sizes: whole numbers of at least 10, comma-separated (got ${values.sizes})`);
const only = new Set(values.only.split(','));
const publishOneAt = Number(values['publish-one-at'] ?? Math.max(...sizes));
const hugoMax = Number(values['hugo-max']);
const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' });
const hugoVersion = hugo.status === 0 ? hugo.stdout.trim().split(' ')[1] : undefined;

// The copies build with their own settings, whatever this shell overrides; Node gets the same heap
// limit in every Astro build (its default, about 4 GiB here, is too small for the largest archives).
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: `--max-old-space-size=${values.heap}` };
for (const name of ['BASE_PATH', 'SITE_URL', 'SITE_TIMEZONE', 'BUILD_VARIANT']) delete env[name];

const rows: BuildRow[] = [];

async function run(
  site: string,
  count: number,
  published: number,
  siteDir: string,
  outDir: string,
  command: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<void> {
  const log = join(siteDir, '..', `${site.replace(/\W+/g, '-').replace(/-$/, '')}.log`);
  process.stdout.write(`  ${site.padEnd(26)} building… `);
  const measured = await measureCommand(command, args, { cwd: siteDir, env: { ...env, ...extraEnv }, logFile: log });
  rows.push({ ...measured, site, count, published, ...measureOutput(outDir), log });
  process.stdout.write(
    measured.ok
      ? `${measured.wallS.toFixed(1)} s wall, ${measured.cpuS?.toFixed(1) ?? 'n/a'} s CPU\n`
      : `FAILED after ${measured.wallS.toFixed(1)} s (see ${log})\n`,
  );
  if (!measured.ok || command === 'hugo') return;
  const text = readFileSync(log, 'utf8');
  const { syncS, pagesS, searchS, routes } = summariseAstroLog(text);
  const top = routes
    .slice(0, 5)
    .map((r) => `${r.folder} ${r.seconds.toFixed(1)} s/${r.pages}`)
    .join(', ');
  const fixed = (v: number | undefined) => (v === undefined ? '?' : v.toFixed(1));
  console.log(`${''.padEnd(30)}phases: config + content sync ${fixed(syncS)} s, pages ${fixed(pagesS)} s, Pagefind ${searchS ?? '?'} s`);
  if (top) console.log(`${''.padEnd(30)}render time summed per folder (pages render concurrently): ${top}`);
  if (text.includes('Clearing content store')) console.log(`${''.padEnd(30)}(Astro cleared its content store: this build was cold)`);
}

async function benchSize(count: number): Promise<void> {
  const dir = join(values.work, String(count));
  rmSync(dir, { recursive: true, force: true });
  // One article more than the archive, generated with the archive's own settings: the newest is the
  // one "published" into the archive with the cache kept.
  const options = { count: count + 1, seed: SEED, entityCount: defaultEntityCount(count), years: defaultYears(count) };
  const generated = generateArchive(options);
  const records = generated.slice(0, count);
  const newest = generated[count];
  const published = records.filter((r) => isPublished(r, { now: builtAt, includeDrafts: false })).length;
  const entities = syntheticEntities(options);
  const archive = join(dir, 'articles');
  await writeArchive(records, archive);
  await writeEntityFiles(entities, join(dir, 'entities'));
  const check = await checkDetection(records.slice(0, DETECTION_SAMPLE), join(dir, 'entities'));
  const people = entities.filter((e) => e.type === 'person').length;
  const places = entities.filter((e) => e.type === 'place').length;
  console.log(
    `\n${count.toLocaleString('en')} articles (${published.toLocaleString('en')} published; seed ${SEED}; ${defaultYears(count)} years) in ${archive}`,
  );
  console.log(
    `  names: ${entities.length} (${people} people, ${places} places, ${entities.length - people - places} organisations; ${entities.filter((e) => e.registered === 'file').length} registered by entity file)`,
  );
  console.log(
    `  detector check on the first ${Math.min(count, DETECTION_SAMPLE)} articles: ${check.found} of ${check.planned} planned mentions found with the same id, ${check.extra} extra (${check.detector})`,
  );
  if (only.has('dateline')) {
    const site = join(dir, 'dateline');
    prepareDateline(ROOT, site, archive);
    await writeEntityFiles(entities, join(site, 'content/entities'));
    await run(SITE.dateline, count, published, site, join(site, 'dist'), NODE, [ASTRO, 'build']);
    if (count === publishOneAt && newest) {
      await writeArchive([{ ...newest, draft: false }], join(site, 'content/articles'));
      // As in CI: a fresh checkout has no dist/, only the restored build cache.
      rmSync(join(site, 'dist'), { recursive: true, force: true });
      await run(SITE.publishOne, count + 1, published + 1, site, join(site, 'dist'), NODE, [ASTRO, 'build']);
    }
    if (!values.keep) rmSync(site, { recursive: true, force: true });
  }
  for (const [key, name, markdown] of [
    ['floor', SITE.floor, 'remark'],
    ['astro-default', SITE.astroDefault, 'default'],
  ] as const) {
    if (!only.has(key)) continue;
    const site = join(dir, `minimal-${markdown}`);
    prepareTemplate(ROOT, join(ROOT, 'bench/minimal-astro'), site, true);
    await run(name, count, published, site, join(site, 'dist'), NODE, [ASTRO, 'build'], {
      ARCHIVE_DIR: archive,
      ...(markdown === 'remark' ? { MARKDOWN: 'remark' } : {}),
    });
    if (!values.keep) rmSync(site, { recursive: true, force: true });
  }
  if (only.has('hugo')) {
    if (!hugoVersion) console.log(`  ${SITE.hugo.padEnd(26)} SKIPPED: \`hugo\` is not installed (Debian: apt-get install hugo)`);
    else if (count > hugoMax) console.log(`  ${SITE.hugo.padEnd(26)} skipped above ${hugoMax.toLocaleString('en')} articles (--hugo-max)`);
    else {
      const site = join(dir, 'hugo');
      const content = join(dir, 'hugo-articles');
      await writeHugoArchive(records, content);
      prepareTemplate(ROOT, join(ROOT, 'bench/hugo'), site, false);
      await run(SITE.hugo, count, published, site, join(site, 'public'), 'hugo', [
        '--source',
        site,
        '--contentDir',
        content,
        '--destination',
        join(site, 'public'),
        '--quiet',
      ]);
      if (!values.keep) rmSync(site, { recursive: true, force: true });
    }
  }
}

mkdirSync(values.work, { recursive: true });
const { cores, throughput } = await measureCoreThroughput();
console.log(
  `Build benchmark ${new Date().toISOString().slice(0, 10)}: sizes ${sizes.map((n) => n.toLocaleString('en')).join(', ')}; sites ${[...only].join(', ')}; ` +
    `hugo ${hugoVersion ?? 'NOT INSTALLED (its rows are skipped)'}; Node heap limit ${values.heap} MiB; ` +
    `${cores} cores doing the work of ${throughput.toFixed(1)} at once; load average ${loadavg()[0]?.toFixed(1)}; work folder ${values.work}`,
);
for (const count of sizes) await benchSize(count);
console.log('\nOutput in decimal units (1 MB = 10⁶ bytes, 1 kB = 10³), summed file sizes; per article = per published article; peak = whole process tree.');
printTable(rows);
printLayout(rows);
printTargets(rows, sizes, publishOneAt);
printHostFit(rows);
if (rows.some((r) => !r.ok)) process.exitCode = 1;
