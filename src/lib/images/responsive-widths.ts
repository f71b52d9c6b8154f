/** Widths the lead image is shown at: phones at 1× and 2×, the 768 px column at 1× and 2×. */
export const LEAD_WIDTHS = [480, 768, 1024, 1536] as const;

/** The `sizes` attribute matching the article column (max-w-3xl, 48rem) and its page padding. */
export const LEAD_SIZES = '(min-width: 800px) 768px, calc(100vw - 2rem)';

/**
 * The `srcset` widths for a source `sourceWidth` pixels wide: the wanted widths it can fill, and
 * the source's own width when it is narrower than the largest. Every raster is re-encoded at these
 * widths, so a source of any size (6400 px, 20 MB) reaches readers at 1536 px at most.
 */
export function planWidths(sourceWidth: number, wanted: readonly number[] = LEAD_WIDTHS): number[] {
  const fits = wanted.filter((w) => w <= sourceWidth);
  const largest = Math.max(...wanted);
  if (sourceWidth < largest && !fits.includes(sourceWidth)) fits.push(Math.floor(sourceWidth));
  return [...new Set(fits)].sort((a, b) => a - b);
}

/** The width of the fallback `<img src>`: 1024 px, or the source's width when narrower. */
export function fallbackWidth(sourceWidth: number): number {
  return Math.min(Math.floor(sourceWidth), 1024);
}

/** The height that keeps the source's aspect ratio at `width`. */
export function scaledHeight(source: { width: number; height: number }, width: number): number {
  return Math.round((source.height / source.width) * width);
}
