import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../../bench/lib/bench-sites.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtureDir = join(root, 'tests/fixtures/bad-articles');
const work = mkdtempSync(join(tmpdir(), 'dateline-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A throwaway copy of the project whose only articles are `fixtures`; returns the build's exit code and output. */
function buildWith(fixtures: readonly string[]) {
  const project = join(work, 'site');
  mkdirSync(join(project, 'content/articles/2024/04'), { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/entities', 'content/images']) {
    cpSync(join(root, item), join(project, item), { recursive: true });
  }
  // Package by package, so these builds keep their own content cache and never touch the real one.
  linkNodeModules(root, project);
  for (const fixture of fixtures) cpSync(join(fixtureDir, fixture), join(project, 'content/articles/2024/04', fixture));
  const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const cases = [
  { fixture: 'missing-title.md', expected: /missing-title\.md:1: field "title" is required/ },
  { fixture: 'unparseable-date.md', expected: /unparseable-date\.md:3: field "published" "last Tuesday afternoon" is not an ISO 8601 date-time/ },
  { fixture: 'unknown-section.md', expected: /unknown-section\.md:4: field "section" must be one of: news, world/ },
  { fixture: 'updated-before-published.md', expected: /updated-before-published\.md:4: field "updated" is before published/ },
  { fixture: 'image-without-alt.md', expected: /image-without-alt\.md:5: field "image\.alt" is required/ },
  { fixture: 'malformed-yaml.md', expected: /malformed-yaml\.md:\d+: has malformed YAML frontmatter/ },
];

describe('broken articles stop the build', () => {
  // One build with every broken file: the error must name all of them at once, not only the first.
  const { status, output } = buildWith(cases.map((c) => c.fixture));

  it('stops before anything is published', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(`Invalid content in ${cases.length} files`);
  });

  it.each(cases)('names $fixture with its line and field', ({ fixture, expected }) => {
    expect(output).toMatch(expected);
    expect(output).toContain(`content/articles/2024/04/${fixture}`);
  });
});
