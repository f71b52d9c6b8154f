import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ARTICLES_FOLDER } from '../../src/lib/urls.ts';

/** Bytes and files of one top-level folder of a build (`(root)` for files at the top). */
export interface FolderSize {
  folder: string;
  bytes: number;
  files: number;
}

/** What a build weighs on a static host, the editors' images aside. */
export interface DistSize {
  bytes: number;
  files: number;
  /** Published articles: the pages under `articles/`. */
  articles: number;
  folders: FolderSize[];
  /** Editors' images and their resized variants, left out of the figures above. */
  images: { bytes: number; files: number };
}

/** The names (without extension) of the editors' images, e.g. `seine` for `content/images/seine.jpg`. */
export function imageStems(imageDir: string): Set<string> {
  if (!existsSync(imageDir)) return new Set();
  return new Set(readdirSync(imageDir).map((name) => basename(name, extname(name))));
}

// astro:assets writes an image as `_astro/<name>.<hash>.<ext>` and each resized copy as
// `_astro/<name>.<hash>_<variant>.<ext>`.
function isEditorImage(path: string, stems: ReadonlySet<string>): boolean {
  const [folder, name] = path.split('/');
  if (folder !== '_astro' || !name) return false;
  const stem = name.replace(/\.[^.]+\.[^.]+$/, '');
  return stems.has(stem) && !/\.(js|css)$/.test(name);
}

/** Measures a built site folder by top-level folder, leaving out the editors' images and their variants. */
export function measureDist(dist: string, stems: ReadonlySet<string>): DistSize {
  const sizes = new Map<string, FolderSize>();
  const images = { bytes: 0, files: 0 };
  let articles = 0;
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name)
      .slice(dist.length + 1)
      .split('\\')
      .join('/');
    const bytes = statSync(join(dist, path)).size;
    if (isEditorImage(path, stems)) {
      images.bytes += bytes;
      images.files += 1;
      continue;
    }
    const folder = path.includes('/') ? (path.split('/')[0] ?? '') : '(root)';
    const size = sizes.get(folder) ?? { folder, bytes: 0, files: 0 };
    size.bytes += bytes;
    size.files += 1;
    sizes.set(folder, size);
    if (folder === ARTICLES_FOLDER && entry.name === 'index.html') articles += 1;
  }
  const folders = [...sizes.values()].sort((a, b) => b.bytes - a.bytes || a.folder.localeCompare(b.folder));
  return { bytes: folders.reduce((n, f) => n + f.bytes, 0), files: folders.reduce((n, f) => n + f.files, 0), articles, folders, images };
}
