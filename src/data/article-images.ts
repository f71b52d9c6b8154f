import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { site } from '../config/site.ts';
import { ContentError } from '../lib/content-error.ts';
import { classifyImageSource, IMAGE_FOLDER, imageModulePath } from '../lib/images/index.ts';
import { imageFiles } from './image-files.ts';

/** An article's `image.src`, resolved: an optimisable file (with its size), an SVG, or a remote URL. */
export type ResolvedImage =
  { kind: 'raster' | 'svg'; metadata: ImageMetadata; width: number; height: number; format: string; url: string } | { kind: 'remote'; url: string };

// Astro marks a source file as "shipped as is" once any field of its metadata is read; its own
// components read a clone instead, and so does this module, so only the resized copies reach dist/.
function plain(metadata: ImageMetadata): ImageMetadata {
  return (metadata as ImageMetadata & { clone?: ImageMetadata }).clone ?? metadata;
}

/** Resolves an editor's `/images/<file>` (or a full URL); throws naming the article's file when the image is missing. */
export function resolveImage(src: string, articleFile: string | undefined): ResolvedImage {
  const kind = classifyImageSource(src);
  if (kind === 'remote') return { kind, url: src };
  const path = imageModulePath(src);
  const metadata = path ? imageFiles[path] : undefined;
  if (!metadata) {
    // Without the entry's path, the articles folder is as precise as the message can honestly be.
    const file = articleFile ?? 'content/articles';
    throw new ContentError({ file, field: 'image.src', message: `names ${src}, which is not a file in ${IMAGE_FOLDER}/ (write /images/<file name>)` });
  }
  const { width, height, format } = plain(metadata);
  // An SVG is shipped as it is: reading its URL is what tells Astro to copy the file.
  return { kind, metadata, width, height, format, url: kind === 'svg' ? metadata.src : '' };
}

/** The absolute URL of an article image for link previews, feeds and JSON-LD: a 1200×630 JPEG for rasters. */
export async function shareImageUrl(src: string, articleFile: string | undefined): Promise<string> {
  const image = resolveImage(src, articleFile);
  if (image.kind === 'remote') return image.url;
  if (image.kind === 'svg') return new URL(image.url, site.url).href;
  // The size link previews ask for; one resized copy serves previews, feeds and structured data.
  const jpeg = await getImage({ src: image.metadata, width: 1200, height: 630, fit: 'cover', format: 'jpg' });
  return new URL(jpeg.src, site.url).href;
}
