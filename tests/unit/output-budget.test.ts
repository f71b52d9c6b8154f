/**
 * Output budget (issue 12): one more published article may cost a static host at most 25 KB and
 * 2.5 files, the editors' images aside, so 1 GB holds 40,000 articles. A small archive's fixed
 * costs (search runtime, styles, section pages) would hide what an article costs, so this builds a
 * synthetic archive twice, without and with a known number of added articles spread over the same
 * years, and divides the difference. A size check, not a timing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../../bench/lib/bench-sites.ts';
import { generateArchive, writeArchive } from '../../bench/lib/synthetic-archive.ts';
import { imageStems, measureDist, type DistSize } from '../../scripts/lib/measure-dist.ts';
import { DAY_MS } from '../../src/lib/time/index.ts';
import { isPublished } from '../../src/lib/visibility.ts';

const KB = 1024;
const BUDGET = { bytes: 25 * KB, files: 2.5 };
// An archive past its first few hundred stories, so the added ones mostly join entities it
// already has, as they do in a newsroom's archive; the added ones are spread over its years.
const BASE = 1000;
const ADDED = 200;
const END = new Date('2024-12-31T09:00:00Z');
const BUILT_AT = new Date(END.getTime() + DAY_MS);

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'dateline-budget-'));
// Two copies of the project with their builds and caches: thousands of files to remove.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

/** Builds a throwaway copy of the project whose articles are `records`; returns its dist/ figures. */
async function buildArchive(name: string, records: Parameters<typeof writeArchive>[0]): Promise<DistSize> {
  const project = join(work, name);
  mkdirSync(project, { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/entities', 'content/images']) {
    cpSync(join(root, item), join(project, item), { recursive: true });
  }
  linkNodeModules(root, project);
  await writeArchive(records, join(project, 'content/articles'));
  const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // The build time a day after the newest story: which articles still get a share card of their own is fixed.
    env: {
      ...process.env,
      PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
      NO_COLOR: '1',
      SOURCE_DATE_EPOCH: String(BUILT_AT.getTime() / 1000),
      BASE_PATH: '/',
      SITE_TIMEZONE: 'UTC',
    },
  });
  if (run.status !== 0) throw new Error(`astro build of the ${name} archive failed:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
  return measureDist(join(project, 'dist'), imageStems(join(project, 'content/images')));
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;

describe(`one more article costs a static host at most ${BUDGET.bytes / KB} KB and ${BUDGET.files} files`, () => {
  let base: DistSize;
  let grown: DistSize;
  let published = 0;

  beforeAll(async () => {
    const all = generateArchive({ count: BASE + ADDED, seed: 20_240_612, end: END });
    // Every (BASE + ADDED) / ADDED-th article is held back from the smaller build.
    const held = (k: number) => Math.floor(((k + 1) * ADDED) / all.length) !== Math.floor((k * ADDED) / all.length);
    published = all.filter((a, k) => held(k) && isPublished(a, { now: BUILT_AT, includeDrafts: false })).length;
    base = await buildArchive(
      'base',
      all.filter((_, k) => !held(k)),
    );
    grown = await buildArchive('grown', all);
    const added = grown.articles - base.articles;
    const row = (folder: string, bytes: number, files: number) =>
      `${folder.padEnd(10)} ${kb(bytes / added).padStart(10)} ${(files / added).toFixed(3).padStart(7)}`;
    const before = new Map(base.folders.map((f) => [f.folder, f]));
    console.log(
      [
        `output budget: ${base.articles} → ${grown.articles} published articles; dist ${kb(base.bytes)} in ${base.files} files → ${kb(grown.bytes)} in ${grown.files} files (editors' images aside)`,
        'per added article: folder, bytes, files',
        ...grown.folders.map((f) => row(f.folder, f.bytes - (before.get(f.folder)?.bytes ?? 0), f.files - (before.get(f.folder)?.files ?? 0))),
        row('total', grown.bytes - base.bytes, grown.files - base.files),
      ].join('\n'),
    );
  }, 600_000);

  it('publishes every added article that is not a draft', () => {
    expect(grown.articles - base.articles).toBe(published);
  });

  it(`adds at most ${BUDGET.bytes / KB} KB per article`, () => {
    expect((grown.bytes - base.bytes) / (grown.articles - base.articles)).toBeLessThanOrEqual(BUDGET.bytes);
  });

  it(`adds at most ${BUDGET.files} files per article`, () => {
    expect((grown.files - base.files) / (grown.articles - base.articles)).toBeLessThanOrEqual(BUDGET.files);
  });
});
