import type { PopularViews } from './types.ts';

/**
 * Checks the parsed contents of `analytics/popular.json` (article id → views; see `PopularViews`)
 * and returns it, or throws an error naming the file and the bad entry.
 */
export function parsePopular(data: unknown, file = 'analytics/popular.json'): PopularViews {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${file}: expected one JSON object of article id → views, like { "2024/04/seoul-summit": 1520 }`);
  }
  const views: Record<string, number> = {};
  for (const [id, value] of Object.entries(data)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(`${file}: "${id}" has ${JSON.stringify(value)} views; views must be a number of 0 or more`);
    }
    views[id] = value;
  }
  return views;
}
