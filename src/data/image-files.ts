import type { ImageMetadata } from 'astro';

/**
 * Every file in content/images/, the one folder article images live in, as astro:assets sees it:
 * rasters are resized and re-encoded by sharp, SVGs are copied to _astro/ with a content hash.
 * This module is only the list: the incremental build counts it as content, not code
 * (src/integrations/content-data-modules.ts), and page keys carry the bytes of the image each
 * page shows, so a new photo does not make every page that could show one render again.
 */
export const imageFiles = import.meta.glob<ImageMetadata>('/content/images/*.{avif,gif,jpeg,jpg,png,svg,tif,tiff,webp}', { eager: true, import: 'default' });
