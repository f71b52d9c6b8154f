import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DAY_MS } from '../../src/lib/time/index.ts';

/** A day in whole seconds, the unit of the build log's clock. */
const DAY_S = DAY_MS / 1000;

/**
 * A `node_modules` folder of symlinks to the project's packages: builds resolve the project's
 * dependencies, while Astro's caches (`node_modules/.astro`, `.vite`) stay inside the copy.
 */
export function linkNodeModules(projectRoot: string, siteDir: string): void {
  const from = join(projectRoot, 'node_modules');
  const to = join(siteDir, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(from, name), join(to, name));
  }
}

/** A temporary copy of Dateline whose `content/articles` is the archive (entity files and images copied). */
export function prepareDateline(projectRoot: string, siteDir: string, archiveDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, 'content'), { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(projectRoot, item), join(siteDir, item), { recursive: true });
  for (const folder of ['content/entities', 'content/images', 'content/stories']) {
    if (existsSync(join(projectRoot, folder))) cpSync(join(projectRoot, folder), join(siteDir, folder), { recursive: true });
  }
  cpSync(archiveDir, join(siteDir, 'content/articles'), { recursive: true });
  linkNodeModules(projectRoot, siteDir);
}

/** A copy of a template site (bench/minimal-astro, bench/hugo); the archive is passed to its build. */
export function prepareTemplate(projectRoot: string, template: string, siteDir: string, withNodeModules: boolean): void {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(template, siteDir, { recursive: true });
  if (withNodeModules) linkNodeModules(projectRoot, siteDir);
}

/** What a build wrote below its output folder. */
export interface OutputSize {
  /** HTML files. */
  pages: number;
  /** Files of any kind. */
  files: number;
  /** Folders below the output folder (GitLab Pages counts them with the files). */
  folders: number;
  /** Files directly in the fullest folder, and that folder (Netlify refuses a folder over 54,000). */
  largestFolder: { path: string; files: number };
  /** Sum of the files' sizes: what a host counts against its size limit. */
  bytes: number;
  /** Space the files take on this disk (whole blocks). */
  diskBytes: number;
}

/** Counts the pages, files, folders and bytes below `dir`. */
export function measureOutput(dir: string): OutputSize {
  const size: OutputSize = { pages: 0, files: 0, folders: 0, largestFolder: { path: '', files: 0 }, bytes: 0, diskBytes: 0 };
  const walk = (folder: string): void => {
    let here = 0;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        size.folders++;
        walk(path);
      } else {
        const stat = statSync(path);
        here++;
        size.files++;
        size.bytes += stat.size;
        size.diskBytes += stat.blocks * 512;
        if (entry.name.endsWith('.html')) size.pages++;
      }
    }
    if (here > size.largestFolder.files) size.largestFolder = { path: relative(dir, folder) || '.', files: here };
  };
  if (existsSync(dir)) walk(dir);
  return size;
}

/** Seconds in an Astro duration such as `3m 7s`, `28.30s` or `412ms`. */
function seconds(text: string): number {
  const m = /(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  return Number(m?.[1] ?? 0) * 60 + (m?.[3] === 'ms' ? Number(m?.[2] ?? 0) / 1000 : Number(m?.[2] ?? 0));
}

/** Where an Astro build spent its time, read from its log. */
export interface AstroPhases {
  /** Config, content sync and type generation (`[types] Generated …`). */
  syncS: number | undefined;
  /** Rendering every page and file (Astro's "generating static routes"). */
  pagesS: number | undefined;
  /** From the end of page rendering to Pagefind's report (whole seconds: the log's clock). */
  searchS: number | undefined;
  /** Page rendering, as Astro prints it per route, summed by top-level folder (`articles`, `entities`, `og`, …). */
  routes: Array<{ folder: string; pages: number; seconds: number }>;
}

/** Reads the phases of one `astro build` from its log. */
export function summariseAstroLog(log: string): AstroPhases {
  const sync = /\[types\] Generated ((?:\d+m )?[\d.]+m?s)/.exec(log);
  const byFolder = new Map<string, { pages: number; ms: number }>();
  for (const match of log.matchAll(/[├└]─ \/([^/\s]+)\S* \(\+((?:\d+m )?[\d.]+m?s)\)/g)) {
    const folder = (match[1] ?? '').replace(/\.(html|xml|json|txt)$/, '');
    const entry = byFolder.get(folder) ?? { pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += seconds(match[2] ?? '0s') * 1000;
    byFolder.set(folder, entry);
  }
  const pages = /^\d\d:\d\d:\d\d ✓ Completed in ((?:\d+m )?[\d.]+m?s)\.$/m.exec(log);
  // Times of day (the log's clock, whole seconds) of the last matching line.
  const clock = (pattern: RegExp) => {
    const m = [...log.matchAll(pattern)].at(-1);
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
  };
  const rendered = clock(/^(\d\d):(\d\d):(\d\d) \[build\] ✓ Completed in/gm);
  const indexed = clock(/^(\d\d):(\d\d):(\d\d) \[[\w-]*pagefind\] indexed/gm);
  return {
    syncS: sync ? seconds(sync[1] ?? '') : undefined,
    pagesS: pages ? seconds(pages[1] ?? '') : undefined,
    searchS: rendered !== undefined && indexed !== undefined ? (indexed - rendered + DAY_S) % DAY_S : undefined,
    routes: [...byFolder].map(([folder, { pages, ms }]) => ({ folder, pages, seconds: ms / 1000 })).sort((a, b) => b.seconds - a.seconds),
  };
}
