import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'dateline-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A project folder holding only `files`; returns its path. */
function project(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function check(dir: string, ...args: string[]) {
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/check-content.ts'), '--root', dir, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const good = '---\ntitle: Summit opens\npublished: 2024-06-19T10:00:00+09:00\nsection: world\n---\n\nLeaders met.\n';

describe('npm run check on the command line', () => {
  it('exits 0 and says so when all content is fine', () => {
    const result = check(project('clean', { 'content/articles/2024/06/summit.md': good }));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ Checked 1 article and 0 entity files in \d+\.\d\d s: no problems\./);
  });

  it('exits 1 and names the file, line and field of a mistake', () => {
    const dir = project('broken', {
      'content/articles/2024/06/summit.md': good,
      'content/articles/2024/06/typo.md': '---\ntitle: Typo\npublished: 2024-06-19T10:00:00+09:00\nsection: wrold\n---\n\nText.\n',
    });
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('content/articles/2024/06/typo.md:4: field "section" must be one of: news, world');
    expect(result.stdout).toMatch(/1 error, 0 warnings\.$/m);
  });

  it('prints JSON with --json and fails future dates with --strict', () => {
    const dir = project('future', { 'content/articles/2099/01/later.md': '---\ntitle: Later\npublished: 2099-01-01T00:00:00Z\n---\n\nText.\n' });
    const loose = check(dir, '--json');
    expect(loose.status).toBe(0);
    expect(JSON.parse(loose.stdout)).toMatchObject({ ok: true, errors: 0, warnings: 1, problems: [{ code: 'future-date', line: 3, field: 'published' }] });
    expect(check(dir, '--strict').status).toBe(1);
  });
});
