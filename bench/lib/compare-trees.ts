import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir`, as paths relative to it, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** How two folders differ: files in only one of them, and files whose bytes differ. */
export interface TreeDifference {
  /** Files compared (in either folder). */
  files: number;
  onlyInA: string[];
  onlyInB: string[];
  differing: string[];
}

/** Compares every file of two folders byte for byte. */
export function compareTrees(a: string, b: string): TreeDifference {
  const inA = listFiles(a);
  const inB = new Set(listFiles(b));
  const onlyInA: string[] = [];
  const differing: string[] = [];
  for (const file of inA) {
    if (!inB.has(file)) onlyInA.push(file);
    else if (statSync(join(a, file)).size !== statSync(join(b, file)).size || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
      differing.push(file);
    inB.delete(file);
  }
  return { files: inA.length + inB.size, onlyInA, onlyInB: [...inB].sort(), differing };
}

/** The difference in a few lines, for a failure message: at most `limit` names per kind. */
export function describeDifference(d: TreeDifference, limit = 20): string {
  const list = (label: string, names: string[]) =>
    names.length ? [`${label} (${names.length}): ${names.slice(0, limit).join(', ')}${names.length > limit ? ', …' : ''}`] : [];
  return [...list('differing', d.differing), ...list('only in the first', d.onlyInA), ...list('only in the second', d.onlyInB)].join('\n') || 'identical';
}
