import { createHash } from 'node:crypto';

/**
 * A short digest of JSON-able data (Maps and Sets as their entries). `replace` may stand in a
 * string for any object, such as an article record's own digest, so that lists of records hash
 * their short digests instead of every field again.
 */
export function digestJson(value: unknown, replace?: (value: object) => string | undefined): string {
  const json = JSON.stringify(value, (_key, v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const replaced = replace?.(v);
    if (replaced !== undefined) return replaced;
    if (v instanceof Map || v instanceof Set) return [...v];
    return v;
  });
  return createHash('sha256')
    .update(json ?? 'undefined')
    .digest('base64url')
    .slice(0, 22);
}
