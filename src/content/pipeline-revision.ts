import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The source folders whose code decides what an article's Markdown renders to. */
export const PIPELINE_SOURCES = ['src/remark', 'src/rehype', 'src/lib', 'src/content'];

/**
 * A hash of every file below `dirs` (paths and contents; a file among them counts as itself). Astro keeps rendered articles until its
 * config changes, and its config digest skips functions, so plugin code changes alone would leave
 * stale HTML in a restored cache; this revision, given as a plugin option, is what changes instead.
 */
export function hashSourceFiles(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const files = statSync(dir).isFile()
      ? [dir]
      : readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
          .sort();
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
