/** How many articles fit each static host at the rates a benchmark build measured. */
import { SITE, type BuildRow } from './build-report.ts';

const thousands = (n: number): string => n.toLocaleString('en');

/** A static host's hard limits, from its own documentation. */
interface HostLimit {
  host: string;
  bytes?: number;
  files?: number;
  /** Files and folders counted together. */
  entries?: number;
  /** Files in any one folder. */
  filesPerFolder?: number;
}

const HOSTS: readonly HostLimit[] = [
  { host: 'GitHub Pages (1 GB)', bytes: 1e9 },
  { host: 'Cloudflare Pages free (20,000 files)', files: 20_000 },
  { host: 'Cloudflare Pages paid (100,000 files)', files: 100_000 },
  { host: 'GitLab Pages (1 GB, 200,000 entries)', bytes: 1e9, entries: 200_000 },
  { host: 'Netlify (54,000 files a folder)', filesPerFolder: 54_000 },
];

/**
 * Prints how many published articles fit each host at the rates a Dateline build measured (its
 * whole output divided by its published articles, so fixed costs count as if they grew too).
 */
export function printHostFit(rows: readonly BuildRow[]): void {
  const builds = rows.filter((r) => r.site === SITE.dateline && r.ok);
  if (builds.length === 0) return;
  console.log(`\n${'articles that fit, at the rate of the Dateline build of'.padEnd(56)} ${builds.map((r) => thousands(r.count).padStart(10)).join(' ')}`);
  for (const h of HOSTS) {
    const fits = builds.map((r) => {
      const limits = [
        h.bytes === undefined ? Infinity : h.bytes / (r.bytes / r.published),
        h.files === undefined ? Infinity : h.files / (r.files / r.published),
        h.entries === undefined ? Infinity : h.entries / ((r.files + r.folders) / r.published),
        h.filesPerFolder === undefined ? Infinity : h.filesPerFolder / (r.largestFolder.files / r.published),
      ];
      return Math.floor(Math.min(...limits));
    });
    console.log(`${h.host.padEnd(56)} ${fits.map((n) => thousands(n).padStart(10)).join(' ')}`);
  }
}
