/**
 * Shows that the same content builds to the same bytes: builds the site twice into two folders
 * with the same SOURCE_DATE_EPOCH and compares every file. Run: npx tsx bench/reproducible.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const epoch = process.env['SOURCE_DATE_EPOCH'] ?? '1767225600';

function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}

const work = mkdtempSync(join(tmpdir(), 'dateline-repro-'));
const trees: Array<Map<string, string>> = [];
for (const run of ['a', 'b']) {
  const out = join(work, run);
  const started = performance.now();
  // --force clears Astro's content cache so the second build does not just reuse the first.
  const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--force', '--outDir', out], {
    cwd: root,
    env: { ...process.env, SOURCE_DATE_EPOCH: epoch },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
  trees.push(hashTree(out));
  console.log(`build ${run}: ${((performance.now() - started) / 1000).toFixed(1)} s, ${trees.at(-1)!.size} files`);
}
const [a, b] = trees as [Map<string, string>, Map<string, string>];
const differing = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
rmSync(work, { recursive: true, force: true });
if (differing.length) {
  console.log(`NOT reproducible: ${differing.length} of ${a.size} files differ:`);
  for (const file of differing.slice(0, 20)) console.log(`  ${file}`);
  process.exit(1);
}
console.log(`reproducible: all ${a.size} files are byte-identical (SOURCE_DATE_EPOCH=${epoch})`);
