import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readFrontmatter, type Frontmatter } from '../lib/frontmatter.ts';

/** What a file's frontmatter parsed to, without its body (the body is the text after `bodyStart`). */
interface Parsed {
  data: Frontmatter['data'];
  lines: Frontmatter['lines'];
  bodyStart: number;
  bodyLine: number;
}

interface CacheFile {
  revision: string;
  parsed: Map<string, Parsed>;
}

/**
 * `readFrontmatter` with the last build's results kept in `path`, by a hash of each file's whole
 * text. Parsing the YAML of every file is most of what validating an archive costs, and a
 * publication changes one file of thousands. `revision` names the parsing code: results of other
 * code are never used. Files that fail to parse are not kept, so their errors are reported again.
 */
export function cachedFrontmatterReader(path: string, revision: string): { read: (text: string, file: string) => Frontmatter; save: () => void } {
  const last = loadCache(path, revision);
  const used = new Map<string, Parsed>();
  return {
    read: (text, file) => {
      const key = hash('sha256', text, 'base64');
      const known = last.get(key);
      if (known) {
        used.set(key, known);
        return { data: known.data, lines: known.lines, body: text.slice(known.bodyStart), bodyLine: known.bodyLine };
      }
      const frontmatter = readFrontmatter(text, file);
      used.set(key, { data: frontmatter.data, lines: frontmatter.lines, bodyStart: text.length - frontmatter.body.length, bodyLine: frontmatter.bodyLine });
      return frontmatter;
    },
    save: () => {
      mkdirSync(dirname(path), { recursive: true });
      // Written whole, then renamed: a build stopped halfway leaves the last complete cache.
      // A name of this process's own, as `astro dev` and `astro sync` may share the cache folder.
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize({ revision, parsed: used } satisfies CacheFile));
      renameSync(temporary, path);
    },
  };
}

function loadCache(path: string, revision: string): Map<string, Parsed> {
  try {
    const cache = deserialize(readFileSync(path)) as CacheFile;
    return cache.revision === revision && cache.parsed instanceof Map ? cache.parsed : new Map<string, Parsed>();
  } catch {
    // No cache yet, or one an older Node cannot read: parse everything.
    return new Map();
  }
}
