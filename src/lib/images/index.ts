export { classifyImageSource, IMAGE_FOLDER, imageModulePath, type ImageSourceKind } from './image-source.ts';
export { fallbackWidth, LEAD_SIZES, LEAD_WIDTHS, planWidths, scaledHeight } from './responsive-widths.ts';
