// Stops an npm script that would run on a Node older than package.json's `engines.node`, with a
// message that names the fix. Plain JavaScript with no newer syntax, so it runs on any Node: the
// point is to speak before Astro or a TypeScript script fails on an old one.
//
// Why it happens: the project's Node 22 is the `node` dev dependency, whose binary an install
// script fetches. `npm ci --ignore-scripts` (or ignore-scripts=true in .npmrc) skips that, so
// node_modules/.bin/node is missing and npm scripts quietly run on the system's Node instead.
//
//   node scripts/require-node.mjs           silent when fine, exit 1 with the fix when not
//   node scripts/require-node.mjs --print   also says which Node the scripts run on
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath, pathToFileURL } from 'url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The lowest version `range` allows; only the `>=X.Y.Z` form package.json uses.
 * @param {string} range
 * @returns {[number, number, number]}
 */
export function minimumOf(range) {
  const match = /^\s*>=\s*v?(\d+)\.(\d+)\.(\d+)\s*$/.exec(range);
  if (!match) throw new Error('engines.node must read ">=X.Y.Z" (got ' + JSON.stringify(range) + ')');
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Whether `version` ("v20.20.2" or "20.20.2") is at least `minimum` ([major, minor, patch]).
 * @param {string} version
 * @param {readonly number[]} minimum
 */
export function isAtLeast(version, minimum) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    if ((parts[i] || 0) !== minimum[i]) return (parts[i] || 0) > minimum[i];
  }
  return true;
}

/**
 * The message for a Node too old for `range`, or '' when `version` will do.
 * @param {string} version
 * @param {string} range
 * @param {string} execPath
 * @param {boolean} bundledNodeInstalled
 */
export function nodeVersionProblem(version, range, execPath, bundledNodeInstalled) {
  const minimum = minimumOf(range);
  if (isAtLeast(version, minimum)) return '';
  const cause = bundledNodeInstalled
    ? [
        "The project's own Node 22 (node_modules/.bin/node) is installed but was not used.",
        'Fix: run the command through npm (npm run …, npm test), or put node_modules/.bin first on PATH.',
      ]
    : [
        'The project brings its own Node 22 as the `node` dev dependency, but node_modules/.bin/node is missing: the install skipped its install script (npm ci --ignore-scripts, or ignore-scripts=true in an .npmrc).',
        'Fix: run `npm ci` (without --ignore-scripts) in the project folder, then run the command again.',
      ];
  return [
    'Dateline needs Node ' +
      minimum.join('.') +
      ' or newer (package.json engines: "' +
      range +
      '"), but this script runs on Node ' +
      version +
      ' (' +
      execPath +
      ').',
  ]
    .concat(cause)
    .join('\n');
}

/**
 * package.json's `engines.node`, or '' when it has none (minimumOf then says what it must read).
 * @param {unknown} pkg
 */
function enginesNode(pkg) {
  const engines = typeof pkg === 'object' && pkg !== null && 'engines' in pkg ? pkg.engines : undefined;
  const node = typeof engines === 'object' && engines !== null && 'node' in engines ? engines.node : undefined;
  return typeof node === 'string' ? node : '';
}

function main() {
  const range = enginesNode(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));
  const problem = nodeVersionProblem(process.version, range, process.execPath, existsSync(join(ROOT, 'node_modules', 'node', 'bin', 'node')));
  if (problem) {
    console.error('\n' + problem + '\n');
    process.exit(1);
  }
  if (process.argv.indexOf('--print') !== -1)
    console.log('npm scripts run on Node ' + process.version + ' (' + process.execPath + '), as package.json engines "' + range + '" requires.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
