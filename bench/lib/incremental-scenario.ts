/**
 * The publish-one-article scenario that tests/unit/incremental-build.test.ts and
 * bench/incremental.ts both run: a throwaway copy of the project is built cold, one article is
 * added, and it is built again with its build cache kept (`.cache/`, as CI restores it) and a fresh
 * `dist/`; a cold build of the same final content must give the same bytes.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules } from './bench-sites.ts';

/** Where builds keep their caches (astro.config.mjs cacheDir, src/lib/build-cache-dir.ts). */
export const BUILD_CACHE = '.cache';

/** Pinned build times: the cold build, then the publication an hour later (same year, so the footer stays). */
export const EPOCHS = { first: 1_751_360_400, second: 1_751_364_000 } as const;

/** A copy of the project without articles; node_modules links the project's packages. */
export function prepareSite(root: string, site: string): string {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'content/articles'), { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/entities', 'content/images']) {
    if (existsSync(join(root, item))) cpSync(join(root, item), join(site, item), { recursive: true });
  }
  linkNodeModules(root, site);
  return join(site, 'content/articles');
}

/** The environment builds run in: the site's own settings, a pinned build time, no colours. */
export function buildEnv(epoch: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: String(epoch), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const name of ['BASE_PATH', 'SITE_URL', 'SITE_TIMEZONE', 'BUILD_VARIANT']) delete env[name];
  return env;
}

/**
 * Adds one article an editor could publish, with a new lead image in content/images: newest in
 * its section, joining an existing story, with a tag no article had, naming registered entities and
 * a person no other article names. `site` is the project copy. Returns the article id.
 */
export function addArticle(site: string): string {
  const id = '2025/07/rail-link-across-the-tumen-reopens';
  const articles = join(site, 'content/articles');
  mkdirSync(join(articles, '2025/07'), { recursive: true });
  mkdirSync(join(site, 'content/images'), { recursive: true });
  writeFileSync(
    join(site, 'content/images/tumen-rail-link.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675" role="img"><rect width="1200" height="675" fill="#f7f5f0"/><path d="M100 400 H1100" stroke="#333" stroke-width="12"/><circle cx="600" cy="400" r="30" fill="#b3261e"/></svg>\n',
  );
  writeFileSync(
    join(articles, `${id}.md`),
    [
      '---',
      'title: "Rail link across the Tumen River reopens between North Korea and Russia"',
      'published: 2025-07-01T18:30:00+09:00',
      'dateline: Seoul',
      'section: world',
      'story: north-korea-russia',
      'tags: ["rail transport", "North Korea"]',
      'image:',
      '  src: /images/tumen-rail-link.svg',
      '  alt: "A line for the railway with a red dot where it crosses the Tumen River."',
      '---',
      '',
      'A passenger train crossed the Tumen River from Russia into North Korea on Tuesday, the first regular service on the line since 2020, according to officials in Moscow.',
      '',
      'Kim Jong Un and Vladimir Putin agreed last year to restore the link. Station manager Oleg Tverdov said two trains a week would run from Khasan.',
      '',
      'Tverdov said tickets had sold out for July.',
      '',
    ].join('\n'),
  );
  return id;
}

/** Moves `<site>/dist` to `to` (replacing it). */
export function keepDist(site: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  renameSync(join(site, 'dist'), to);
}

/** Removes the build cache and `dist/`, so the next build is cold. */
export function clearBuild(site: string): void {
  rmSync(join(site, BUILD_CACHE), { recursive: true, force: true });
  rmSync(join(site, 'dist'), { recursive: true, force: true });
}
