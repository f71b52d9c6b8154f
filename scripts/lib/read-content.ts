/** Reads content folders and `public/` for the content check (the only file-system part of it). */
import { readFileSync, statSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';
import { ContentError } from '../../src/lib/content-error.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { listMarkdownFiles } from '../../src/content/source-files.ts';
import type { ContentFile, FileLookup } from '../../src/lib/check/types.ts';

/** Every `.md` file below `dir`, sorted by path, each with its frontmatter or the reason it could not be read. */
export function readContentFolder(dir: string, root: string = process.cwd()): ContentFile[] {
  return listMarkdownFiles(dir)
    .sort()
    .map((path): ContentFile => {
      const file = relative(root, path) || path;
      const under = relative(dir, path).split(sep).join('/');
      try {
        const text = readFileSync(path, 'utf8');
        return { path: under, file, bytes: Buffer.byteLength(text, 'utf8'), frontmatter: readFrontmatter(text, file) };
      } catch (error) {
        if (error instanceof ContentError) return { path: under, file, readError: error.problem };
        return { path: under, file, readError: { file, message: `could not be read: ${(error as Error).message}` } };
      }
    });
}

/** Looks up project files (`public/x.svg`, `content/images/y.jpg`) under `root`; nothing outside it. */
export function projectFiles(root: string): FileLookup {
  const top = normalize(root + sep);
  return (projectPath) => {
    let decoded = projectPath;
    try {
      decoded = decodeURIComponent(projectPath);
    } catch {
      // Keep the path as written; it simply will not be found.
    }
    const path = normalize(join(root, decoded));
    if (!path.startsWith(top)) return undefined;
    try {
      const stat = statSync(path);
      return stat.isFile() ? { size: stat.size } : undefined;
    } catch {
      return undefined;
    }
  };
}
