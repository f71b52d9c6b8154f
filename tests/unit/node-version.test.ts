import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAtLeast, minimumOf, nodeVersionProblem } from '../../scripts/require-node.mjs';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };

describe('the Node the npm scripts run on', () => {
  it.each([
    ['v20.20.2', false],
    ['v22.11.9', false],
    ['v22.12.0', true],
    ['v22.23.3', true],
    ['v24.1.0', true],
  ])('%s against >=22.12.0: %s', (version, fine) => {
    expect(isAtLeast(version, minimumOf('>=22.12.0'))).toBe(fine);
    expect(nodeVersionProblem(version, '>=22.12.0', '/usr/bin/node', false) === '').toBe(fine);
  });

  it('names the cause and the fix when the install skipped the project’s Node', () => {
    const message = nodeVersionProblem('v20.20.2', '>=22.12.0', '/usr/bin/node', false);
    expect(message).toContain('runs on Node v20.20.2 (/usr/bin/node)');
    expect(message).toContain('--ignore-scripts');
    expect(message).toContain('Fix: run `npm ci` (without --ignore-scripts)');
  });

  it('says to go through npm when the project’s Node is installed but bypassed', () => {
    expect(nodeVersionProblem('v20.20.2', '>=22.12.0', '/usr/bin/node', true)).toContain('Fix: run the command through npm');
  });

  it('passes on the Node that runs these tests, and prints it', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/require-node.mjs'), '--print'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`npm scripts run on Node ${process.version}`);
  });

  it('runs before every script that builds or serves the site', () => {
    for (const name of ['build', 'build:news', 'dev', 'test']) expect(pkg.scripts[`pre${name}`], name).toBe('node scripts/require-node.mjs');
  });

  it('is one exact version in .nvmrc, the node dev dependency and the lockfile, and that version meets engines', () => {
    const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
    expect(nvmrc).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies['node']).toBe(nvmrc);
    expect(lock.packages['node_modules/node']?.version).toBe(nvmrc);
    expect(isAtLeast(nvmrc, minimumOf(pkg.engines.node))).toBe(true);
  });
});
