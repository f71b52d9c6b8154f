import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module Astro builds its content store into, and the file it reads it from (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
const DATA_STORE_FILE = 'data-store.json';

/**
 * The code of the content store module: read the store's file when the module runs. Astro writes
 * the whole store into the module as one literal, `export default JSON.parse("…")` (80 MB at
 * 10,000 articles, 400 MB at 50,000); Vite then parses it and writes it out as a chunk, and V8
 * compiles a string literal in time that grows with the square of its length (7 s for that 80 MB
 * literal, 145 s at four times the size). A static build renders its pages on the machine, and in
 * the process, that built the store, right after the sync that wrote the file.
 */
export function storeModuleCode(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** Whether the file opens with `[` and closes with `]`, blanks aside: the shape of a whole devalue store. */
export function holdsJsonArray(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const edge = Math.min(size, 64);
    const head = Buffer.alloc(edge);
    const tail = Buffer.alloc(edge);
    readSync(fd, head, 0, edge, 0);
    readSync(fd, tail, 0, edge, size - edge);
    const first = head.toString('latin1').trimStart()[0];
    const last = tail.toString('latin1').trimEnd().at(-1);
    return size > 1 && first === '[' && last === ']';
  } finally {
    closeSync(fd);
  }
}

/**
 * Builds Astro's content store module with `storeModuleCode` instead of Astro's single literal
 * (production builds with the single-file store, Astro's default; the dev server keeps Astro's own).
 */
export function storeModuleFromFile(): AstroIntegration {
  return {
    name: 'dateline-store-module-from-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (command !== 'build' || config.output !== 'static' || (storage !== undefined && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        const plugin: Plugin = {
          name: 'dateline-store-module-from-file',
          enforce: 'pre',
          apply: 'build',
          load: {
            // Before Astro's own loader of the module, which would answer first otherwise.
            order: 'pre',
            filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
            handler(id) {
              // Anything but a JSON array (an empty or cut-off file) is left to Astro's loader,
              // which stops the build with its own message instead of building an empty site.
              if (id !== DATA_STORE_MODULE || !existsSync(file) || !holdsJsonArray(file)) return null;
              // Astro's marker (core/build/incremental-metadata.js): the store's contents never
              // change a page's code hash; what a page shows of them is in its cache key.
              return { code: storeModuleCode(file), map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } };
            },
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
