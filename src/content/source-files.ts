import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFrontmatter, type Frontmatter } from '../lib/frontmatter.ts';
import { articleIdOf } from './article-id.ts';

/** One Markdown file of a content folder, read without Astro. */
export interface SourceFile {
  /** The entry id (`articleIdOf` of the path under the folder). */
  id: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  text: string;
  frontmatter: Frontmatter;
}

/** Every `.md` file below `dir` (absolute or relative as given), unsorted; a missing folder has none. The one content walker. */
export function listMarkdownFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((d) => (d.isDirectory() ? listMarkdownFiles(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : []));
}

/** Every `.md` file below `dir`, sorted by id, as text (frontmatter not yet read). */
export function readRawSources(dir: string): { id: string; file: string; text: string }[] {
  return listMarkdownFiles(dir)
    .sort()
    .map((path) => ({ id: articleIdOf(relative(dir, path)), file: relative(process.cwd(), path), text: readFileSync(path, 'utf8') }));
}

/** Every `.md` file below `dir`, sorted by id; throws a located ContentError for unreadable frontmatter. */
export function readSourceFiles(dir: string): SourceFile[] {
  return readRawSources(dir).map((raw) => ({ ...raw, frontmatter: readFrontmatter(raw.text, raw.file) }));
}
