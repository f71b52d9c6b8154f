/** The folder, relative to the project root, where every image an article uses lives. */
export const IMAGE_FOLDER = 'content/images';

/** How an `image.src` value is served: optimised by astro:assets, copied as is (SVG), or linked. */
export type ImageSourceKind = 'raster' | 'svg' | 'remote';

/** What kind of source an editor's `image.src` is. */
export function classifyImageSource(src: string): ImageSourceKind {
  if (/^https?:\/\//i.test(src)) return 'remote';
  return /\.svg$/i.test(src) ? 'svg' : 'raster';
}

/**
 * The module path (from the project root) of an editor's `/images/<file>`, e.g.
 * `/images/seine.jpg` → `/content/images/seine.jpg`; undefined for anything else.
 */
export function imageModulePath(src: string): string | undefined {
  const match = /^\/?images\/([^/?#]+)$/.exec(src.trim());
  return match ? `/${IMAGE_FOLDER}/${match[1]}` : undefined;
}
