/** Reads every `content/entities/*.md` file in a folder (Node only). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Entity } from '../types';
import { parseEntityFile } from './entity-file';

/** Loads and validates entity files from `dir`, sorted by id; a missing folder gives none. */
export function loadEntityFiles(dir: string, root: string = process.cwd()): Entity[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return parseEntityFile(readFileSync(path, 'utf8'), relative(root, path) || path);
    });
}
