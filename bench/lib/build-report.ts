/** The table and the targets `npm run bench:build` prints. */
import type { OutputSize } from './bench-sites.ts';
import type { Measured } from './measure-command.ts';

/** One build of one site over one archive. */
export interface BuildRow extends Measured, OutputSize {
  site: string;
  /** Articles in the archive (drafts included). */
  count: number;
  /** Published articles (drafts left out): what per-article figures divide by. */
  published: number;
  log: string;
}

/** Names of the rows, shared by the bench and the report. */
export const SITE = {
  dateline: 'dateline',
  publishOne: 'dateline +1, cache kept',
  floor: 'floor (remark+pagefind)',
  astroDefault: 'astro, default markdown',
  hugo: 'hugo (related)',
} as const;

const GiB = 1024 ** 3;
// Output in decimal units, as hosts state their limits (1 GB = 10⁹ bytes); memory in GiB.
const MB = 1e6;
const KB = 1e3;
const fixed = (value: number | undefined, digits = 1): string => (value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits));
const thousands = (n: number): string => n.toLocaleString('en');

/** Peak memory of a row in GiB: the whole process tree where sampled, else the largest process. */
export function peakGiB(row: Measured): number | undefined {
  const bytes = row.peakTreeBytes ?? row.peakRssBytes;
  return bytes === undefined ? undefined : bytes / GiB;
}

/** Prints one line per build. */
export function printTable(rows: readonly BuildRow[]): void {
  console.log('\nsite                       articles   wall s    cpu s  peak GiB    pages    files  output MB  kB/article  files/article  ms/article');
  for (const r of rows) {
    console.log(
      [
        r.site.padEnd(26),
        thousands(r.count).padStart(8),
        (r.ok ? fixed(r.wallS) : 'failed').padStart(8),
        fixed(r.cpuS).padStart(8),
        fixed(peakGiB(r), 2).padStart(9),
        String(r.pages).padStart(8),
        String(r.files).padStart(8),
        fixed(r.bytes / MB).padStart(10),
        fixed(r.bytes / KB / r.published).padStart(11),
        fixed(r.files / r.published, 2).padStart(14),
        fixed((r.wallS * 1000) / r.count).padStart(11),
      ].join(' '),
    );
  }
}

/** Prints where each build's files went: folders, the fullest folder, space on disk. */
export function printLayout(rows: readonly BuildRow[]): void {
  console.log(
    `\n${'site'.padEnd(26)} ${'articles'.padStart(8)}  ${'folders'.padStart(8)}  ${'files+folders'.padStart(13)}  ${'disk MB'.padStart(8)}  fullest folder`,
  );
  for (const r of rows) {
    console.log(
      `${r.site.padEnd(26)} ${thousands(r.count).padStart(8)}  ${String(r.folders).padStart(8)}  ${String(r.files + r.folders).padStart(13)}  ${fixed(r.diskBytes / MB).padStart(8)}  ${r.largestFolder.path} (${r.largestFolder.files} files)`,
    );
  }
}

/** One target line: what was measured, the target, and whether it is met. */
function target(label: string, figure: string, goal: string, met: boolean | undefined): void {
  const verdict = met === undefined ? '' : met ? 'met' : 'NOT MET';
  console.log(`${label.padEnd(58)} ${figure.padStart(18)}   ${goal.padEnd(34)} ${verdict}`);
}

/** Prints the ratios and the targets of the archive-scale issue beside each figure. */
export function printTargets(rows: readonly BuildRow[], sizes: readonly number[], publishOneAt: number): void {
  const of = (site: string, count: number) => rows.find((r) => r.site === site && r.count === count && r.ok);
  const ratio = (a: BuildRow | undefined, b: BuildRow | undefined): number | undefined => (a && b ? a.wallS / b.wallS : undefined);
  const cpuRatio = (a: BuildRow | undefined, b: BuildRow | undefined): string => (a?.cpuS && b?.cpuS ? ` (cpu ${(a.cpuS / b.cpuS).toFixed(2)}×)` : '');
  console.log(`\n${'target'.padEnd(58)} ${'figure'.padStart(18)}   ${'goal'.padEnd(34)} verdict`);
  for (const count of sizes) {
    const d = of(SITE.dateline, count);
    const f = of(SITE.floor, count);
    const r = ratio(d, f);
    target(
      `Dateline cold / floor, wall, at ${thousands(count)}${cpuRatio(d, f)}`,
      r === undefined ? 'n/a' : `${r.toFixed(2)}×`,
      '≤ 2×',
      r === undefined ? undefined : r <= 2,
    );
  }
  for (const count of [10_000, 30_000]) {
    if (!sizes.includes(count)) {
      target(`Dateline cold / Hugo, wall, at ${thousands(count)}`, 'not run', count === 30_000 ? '< 1× (Dateline beats Hugo)' : 'printed', undefined);
      continue;
    }
    const d = of(SITE.dateline, count);
    const h = of(SITE.hugo, count);
    const r = ratio(d, h);
    target(
      `Dateline cold / Hugo, wall, at ${thousands(count)}${cpuRatio(d, h)}`,
      r === undefined ? 'n/a' : `${r.toFixed(2)}×`,
      count === 30_000 ? '< 1× (Dateline beats Hugo)' : 'printed',
      count === 30_000 && r !== undefined ? r < 1 : undefined,
    );
  }
  for (const count of sizes.filter((c) => c !== 10_000 && c !== 30_000)) {
    const r = ratio(of(SITE.dateline, count), of(SITE.hugo, count));
    if (r !== undefined) target(`Dateline cold / Hugo, wall, at ${thousands(count)}`, `${r.toFixed(2)}×`, 'printed', undefined);
  }
  // Cost per article at the largest size over the smallest: the issue asks 50,000 over 10,000.
  const small = sizes.includes(10_000) ? 10_000 : Math.min(...sizes);
  const large = sizes.includes(50_000) ? 50_000 : Math.max(...sizes);
  const ds = of(SITE.dateline, small);
  const dl = of(SITE.dateline, large);
  const perArticle = ds && dl && large !== small ? dl.wallS / dl.count / (ds.wallS / ds.count) : undefined;
  target(
    `Dateline cost per article, ${thousands(large)} over ${thousands(small)}`,
    perArticle === undefined ? 'n/a' : `${perArticle.toFixed(2)}×`,
    '≤ 1.15× (50,000 over 10,000)',
    perArticle === undefined ? undefined : perArticle <= 1.15,
  );
  const peak = peakGiB(dl ?? ({} as Measured));
  target(
    `Dateline peak memory at ${thousands(large)}`,
    peak === undefined ? 'n/a' : `${peak.toFixed(2)} GiB`,
    '< 8 GiB at 50,000',
    peak === undefined || large !== 50_000 ? undefined : peak < 8,
  );
  // The publish-one row counts the added article.
  const one = of(SITE.publishOne, publishOneAt + 1);
  const cold = of(SITE.dateline, publishOneAt);
  if (publishOneAt > 0) {
    const figure = one ? `${one.wallS.toFixed(1)} s` : 'n/a';
    const share = one && cold ? ` (${(one.wallS / cold.wallS).toFixed(2)}× cold)` : '';
    const goal = publishOneAt === 10_000 ? '≤ 60 s and ≤ 0.2× cold' : 'printed (≤ 60 s, ≤ 0.2× cold at 10,000)';
    target(
      `Dateline publish one at ${thousands(publishOneAt)}, cache kept${share}`,
      figure,
      goal,
      one && cold && publishOneAt === 10_000 ? one.wallS <= 60 && one.wallS <= 0.2 * cold.wallS : undefined,
    );
  }
  for (const count of sizes) {
    const d = of(SITE.dateline, count);
    if (!d) continue;
    const kb = d.bytes / KB / d.published;
    const files = d.files / d.published;
    target(
      `Dateline output per published article at ${thousands(count)}`,
      `${kb.toFixed(1)} kB, ${files.toFixed(2)} files`,
      '≤ 25 kB and ≤ 2.5 files',
      kb <= 25 && files <= 2.5,
    );
  }
}
