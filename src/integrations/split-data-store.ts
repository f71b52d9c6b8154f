import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module Astro builds its content store into, and the file it reads it from (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
const DATA_STORE_FILE = 'data-store.json';
/** Bytes of the store per string literal: small enough that compiling stays linear, large enough to be few. */
export const PIECE_BYTES = 256 * 1024;

/** A JSON string literal of `text` in ASCII only, so the module's code stays a one-byte string in V8. */
function asciiLiteral(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The code of the content store module: the store's JSON, written as string literals of at most
 * `pieceBytes` bytes joined when the module runs. Astro writes the whole store as one literal,
 * `export default JSON.parse("…")`, and V8 compiles a string literal in time that grows with the
 * square of its length: 7 s for the 80 MB store of 10,000 articles, 145 s at four times that,
 * while the pieces compile in time proportional to the store. Read from bytes piece by piece, the
 * store is not also held as one string while the code is written (at 50,000 articles it is 400 MB);
 * the code itself is one string, about a tenth longer than the store (quotes are escaped), and the
 * module joins the pieces into one more copy when it runs, as Astro's parses its literal.
 */
export function storeModuleCode(bytes: Uint8Array, pieceBytes = PIECE_BYTES): string {
  // Streaming decode: a character whose bytes straddle two pieces goes whole into the first piece that ends after it.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += pieceBytes) {
    const end = Math.min(start + pieceBytes, bytes.length);
    const text = decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length });
    if (text) pieces.push(asciiLiteral(text));
  }
  return `export default JSON.parse([\n${pieces.join(',\n')}\n].join(''))`;
}

/** Whether `bytes` open with `[` and close with `]`, blanks aside: the shape of a whole devalue store. */
export function isJsonArray(bytes: Uint8Array): boolean {
  const blank = (b: number | undefined): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
  let first = 0;
  let last = bytes.length - 1;
  while (first <= last && blank(bytes[first])) first++;
  while (last >= first && blank(bytes[last])) last--;
  return last > first && bytes[first] === 0x5b && bytes[last] === 0x5d;
}

/**
 * Builds Astro's content store module with `storeModuleCode` instead of Astro's single literal
 * (production builds with the single-file store, Astro's default; the dev server keeps Astro's own).
 */
export function splitDataStore(): AstroIntegration {
  return {
    name: 'dateline-split-data-store',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        const plugin: Plugin = {
          name: 'dateline-split-data-store',
          enforce: 'pre',
          apply: 'build',
          load: {
            // Before Astro's own loader of the module, which would answer first otherwise.
            order: 'pre',
            filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
            handler(id) {
              if (id !== DATA_STORE_MODULE || !existsSync(file)) return null;
              const bytes = readFileSync(file);
              // Anything but a JSON array (an empty or cut-off file) is left to Astro's loader,
              // which stops the build with its own message instead of building an empty site.
              if (!isJsonArray(bytes)) return null;
              // Astro's marker (core/build/incremental-metadata.js): the store's contents never
              // change a page's code hash; what a page shows of them is in its cache key.
              return { code: storeModuleCode(bytes), map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } };
            },
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
