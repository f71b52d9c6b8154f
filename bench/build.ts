/**
 * Archive-scale build benchmark: writes seeded synthetic archives of 1,000 and 10,000 articles
 * (30,000 more with --large) and builds each with Dateline (a temporary copy of this project with
 * every feature on), a minimal Astro site (bench/minimal-astro: article and tag pages, related
 * links from an inverted tag index), built once with Astro's default Markdown processor and once
 * with remark (the floor of Dateline's stack), and Hugo with a tags taxonomy and related content (bench/hugo;
 * skipped where `hugo` is missing). Prints wall time, CPU time, peak memory, pages and output size,
 * the ratios Dateline/minimal Astro and Dateline/Hugo, and the rebuild after adding one article to
 * the 10,000-article archive with Astro's content cache kept.
 *
 *   npm run bench:build [-- --large] [-- --sizes 1000,10000] [-- --only dateline,minimal,hugo] [-- --work DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureCoreThroughput } from './lib/core-throughput.ts';
import { measureOutput, prepareDateline, prepareTemplate, summariseAstroLog } from './lib/bench-sites.ts';
import { measureCommand, type Measured } from './lib/measure-command.ts';
import { generateArchive, writeArchive } from './lib/synthetic-archive.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SEED = 20_240_601;
const GiB = 1024 ** 3;

const { values } = parseArgs({
  options: {
    large: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    only: { type: 'string', default: 'dateline,minimal,hugo' },
    work: { type: 'string', default: join(tmpdir(), 'dateline-bench-build') },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.large ? [1_000, 10_000, 30_000] : [1_000, 10_000];
const only = new Set(values.only.split(','));
const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' });
const hugoVersion = hugo.status === 0 ? hugo.stdout.trim().split(' ')[1] : undefined;

/** One build of one site over one archive. */
interface Row extends Measured {
  site: string;
  count: number;
  pages: number;
  bytes: number;
  log: string;
}

const rows: Row[] = [];
const fixed = (value: number | undefined, digits = 1): string => (value === undefined ? 'n/a' : value.toFixed(digits));
// The copies build with the site's own settings, whatever this shell overrides.
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const name of ['BASE_PATH', 'SITE_URL', 'SITE_TIMEZONE']) delete env[name];

async function run(site: string, count: number, siteDir: string, outDir: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Row> {
  const log = join(siteDir, '..', `${site.replace(/\W+/g, '-').replace(/-$/, '')}.log`);
  process.stdout.write(`  ${site.padEnd(22)} building… `);
  const measured = await measureCommand(command, args, { cwd: siteDir, env: { ...env, ...extraEnv }, logFile: log });
  const row: Row = { ...measured, site, count, ...measureOutput(outDir), log };
  process.stdout.write(measured.ok ? `${measured.wallS.toFixed(1)} s wall, ${measured.cpuS?.toFixed(1) ?? 'n/a'} s CPU\n` : `FAILED after ${measured.wallS.toFixed(1)} s (see ${log})\n`);
  if (measured.ok && site.startsWith('dateline')) {
    const text = readFileSync(log, 'utf8');
    const { syncS, pagesS, searchS, routes } = summariseAstroLog(text);
    const top = routes.slice(0, 4).map((r) => `${r.folder} ${r.seconds.toFixed(1)} s/${r.pages}`).join(', ');
    console.log(`${''.padEnd(26)}phases: config + content sync ${fixed(syncS)} s, pages ${fixed(pagesS)} s, Pagefind ${searchS ?? '?'} s`);
    console.log(`${''.padEnd(26)}render time summed per folder (4 pages render at once): ${top}`);
    if (text.includes('Clearing content store')) console.log(`${''.padEnd(26)}(Astro cleared its content store: this rebuild was cold)`);
  }
  rows.push(row);
  return row;
}

async function benchSize(count: number): Promise<void> {
  const dir = join(values.work, String(count));
  rmSync(dir, { recursive: true, force: true });
  const archive = join(dir, 'articles');
  mkdirSync(archive, { recursive: true });
  const records = generateArchive({ count, seed: SEED });
  await writeArchive(records, archive);
  console.log(`\n${count.toLocaleString('en')} articles (seed ${SEED}) in ${archive}`);
  if (only.has('dateline')) {
    const site = join(dir, 'dateline');
    prepareDateline(ROOT, site, archive);
    await run('dateline', count, site, join(site, 'dist'), NODE, [ASTRO, 'build']);
    if (count === 10_000) {
      // Incremental: the content cache (node_modules/.astro) is kept and one article is added, with
      // tags the archive already has (a new tag changes the entity registry and so Astro's config
      // digest, which clears the cache; bench/incremental.ts measures that case and more).
      const [added] = generateArchive({ count: 1, seed: SEED + 1, end: new Date('2025-01-01T03:00:00Z') });
      const tags = records.findLast((r) => r.tags.length > 0)?.tags ?? [];
      if (added) await writeArchive([{ ...added, id: '2025/01/bench-one-more-article', tags }], join(site, 'content/articles'));
      // As in CI: a fresh checkout has no dist/, only the restored cache.
      rmSync(join(site, 'dist'), { recursive: true, force: true });
      await run('dateline +1 (cached)', count + 1, site, join(site, 'dist'), NODE, [ASTRO, 'build']);
    }
  }
  if (only.has('minimal')) {
    const site = join(dir, 'minimal-astro');
    prepareTemplate(ROOT, join(ROOT, 'bench/minimal-astro'), site, true);
    await run('minimal astro', count, site, join(site, 'dist'), NODE, [ASTRO, 'build'], { ARCHIVE_DIR: archive });
    // The same site with remark, the Markdown processor Dateline's plugins need.
    rmSync(join(site, 'node_modules/.astro'), { recursive: true, force: true });
    await run('minimal astro + remark', count, site, join(site, 'dist'), NODE, [ASTRO, 'build'], { ARCHIVE_DIR: archive, MARKDOWN: 'remark' });
  }
  if (only.has('hugo')) {
    if (!hugoVersion) console.log('  hugo                   skipped: `hugo` is not installed (Debian: apt-get install hugo)');
    else {
      const site = join(dir, 'hugo');
      prepareTemplate(ROOT, join(ROOT, 'bench/hugo'), site, false);
      await run('hugo (related)', count, site, join(site, 'public'), 'hugo', ['--source', site, '--contentDir', archive, '--destination', join(site, 'public'), '--quiet']);
    }
  }
  if (!values.keep) for (const site of ['dateline', 'minimal-astro', 'hugo']) rmSync(join(dir, site, 'dist'), { recursive: true, force: true });
}

function printTable(): void {
  console.log('\nsite                   articles   wall s    cpu s  peak GiB    pages  output MB  ms/article');
  for (const r of rows) {
    const cells = [
      r.site.padEnd(22),
      r.count.toLocaleString('en').padStart(8),
      (r.ok ? fixed(r.wallS) : 'failed').padStart(8),
      fixed(r.cpuS).padStart(8),
      fixed(r.peakRssBytes === undefined ? undefined : r.peakRssBytes / GiB, 2).padStart(9),
      String(r.pages).padStart(8),
      fixed(r.bytes / 1024 ** 2).padStart(10),
      fixed((r.wallS * 1000) / r.count).padStart(11),
    ];
    console.log(cells.join(' '));
  }
  console.log('\nratios                 articles  dateline/minimal wall (cpu)  dateline/hugo wall (cpu)  dateline/minimal+remark wall (cpu)');
  for (const count of sizes) {
    const of = (site: string) => rows.find((r) => r.site === site && r.count === count && r.ok);
    const ratio = (a: Row | undefined, b: Row | undefined) =>
      a && b ? `${(a.wallS / b.wallS).toFixed(2)}× (${a.cpuS && b.cpuS ? (a.cpuS / b.cpuS).toFixed(2) : 'n/a'}×)` : 'n/a';
    const d = of('dateline');
    console.log(`${''.padEnd(22)} ${count.toLocaleString('en').padStart(8)}  ${ratio(d, of('minimal astro')).padStart(26)}  ${ratio(d, of('hugo (related)')).padStart(23)}  ${ratio(d, of('minimal astro + remark')).padStart(28)}`);
  }
}

const { cores, throughput } = await measureCoreThroughput();
console.log(`Build benchmark: sizes ${sizes.join(', ')}; hugo ${hugoVersion ?? 'missing'}; ${cores} cores doing the work of ${throughput.toFixed(1)} at once; load average ${loadavg()[0]?.toFixed(1)}; work folder ${values.work}`);
for (const count of sizes) await benchSize(count);
printTable();
if (rows.some((r) => !r.ok)) process.exitCode = 1;
