import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';

/** An article as an editor wrote it, read straight from `content/articles`. */
export interface SourceArticle {
  id: string;
  data: Record<string, unknown>;
}

const root = join(import.meta.dirname, '../../content/articles');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : []));
}

/** Every article file under `content/articles`, sorted by id. */
export function sourceArticles(): SourceArticle[] {
  return walk(root)
    .map((file) => ({ id: relative(root, file).replace(/\.md$/, ''), data: readFrontmatter(readFileSync(file, 'utf8'), file).data }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The first published article that has every one of `fields`. */
export function articleWith(...fields: string[]): SourceArticle {
  const found = sourceArticles().find((a) => !a.data['draft'] && fields.every((f) => a.data[f] !== undefined));
  if (!found) throw new Error(`no article in content/ has all of ${fields.join(', ')}`);
  return found;
}
