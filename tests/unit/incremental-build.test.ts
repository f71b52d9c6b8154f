import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees, describeDifference } from '../../bench/lib/compare-trees.ts';
import { addArticle, buildEnv, clearBuild, EPOCHS, keepDist, prepareSite } from '../../bench/lib/incremental-scenario.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'dateline-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `astro build` in the copy at a pinned build time; returns the exit code and all output. */
function build(site: string, epoch: number) {
  const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: site, encoding: 'utf8', env: buildEnv(epoch), maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('publishing one article with the build cache kept', () => {
  // The sample archive, built cold; then one article is added and the copy is built again with
  // its cache (a fresh dist/, as in CI); then the cache is dropped and the same content is built cold.
  const site = join(work, 'site');
  const articles = prepareSite(root, site);
  cpSync(join(root, 'content/articles'), articles, { recursive: true });
  const cold = build(site, EPOCHS.first);
  const added = addArticle(site);
  // An editor also redraws an existing image under the same name: the page showing it must follow.
  const redrawn = join(site, 'content/images/cop28-outcome.svg');
  writeFileSync(redrawn, readFileSync(redrawn, 'utf8').replace('#f7f5f0', '#f0f5f7'));
  rmSync(join(site, 'dist'), { recursive: true, force: true });
  const incremental = build(site, EPOCHS.second);
  const incrementalDist = join(work, 'dist-incremental');
  if (existsSync(join(site, 'dist'))) keepDist(site, incrementalDist);
  clearBuild(site);
  const reference = build(site, EPOCHS.second);

  it('builds all three times', () => {
    for (const run of [cold, incremental, reference]) expect(run.status, run.output.slice(-3000)).toBe(0);
  });

  it('renders again only the article pages the new article changes, and keeps the content store', () => {
    // The new article, the one before it in its section, the story it joins, and the article with
    // the redrawn image with the pages that link to it (18 of 64 today); not the archive, although
    // the new article brings a new tag and a new image.
    const articlePages = readdirSync(join(incrementalDist, 'articles'), { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
    const reused = incremental.output.match(/\/articles\/\S+\/index\.html \((cached|restored)\)/g)?.length ?? 0;
    expect(articlePages).toBeGreaterThan(60);
    expect(articlePages - reused).toBeLessThanOrEqual(20);
    expect(incremental.output).not.toContain('Clearing content store');
  });

  it('publishes the new article', () => {
    expect(readFileSync(join(incrementalDist, 'articles', added, 'index.html'), 'utf8')).toContain('Rail link across the Tumen River reopens');
  });

  it('gives the same dist/ as a cold build of the same content, byte for byte', () => {
    const difference = compareTrees(incrementalDist, join(site, 'dist'));
    expect(difference.files).toBeGreaterThan(300);
    expect(describeDifference(difference)).toBe('identical');
  });
});
