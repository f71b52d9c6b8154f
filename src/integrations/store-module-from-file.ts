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
  // Astro loads the module inside a try with an empty catch and would build a site without
  // articles; the failure is recorded where the integration's last hook finds it.
  return [
    `import { readFileSync } from 'node:fs';`,
    `const file = ${JSON.stringify(file)};`,
    `let store;`,
    `try {`,
    `  store = JSON.parse(readFileSync(file, 'utf8'));`,
    `  if (!Array.isArray(store)) throw new Error('it holds no list of entries');`,
    `} catch (error) {`,
    `  globalThis[Symbol.for(${JSON.stringify(READ_FAILURE)})] = file + ': ' + (error instanceof Error ? error.message : String(error));`,
    `  throw error;`,
    `}`,
    `export default store;`,
    ``,
  ].join('\n');
}

/** The global symbol under which the module records why it could not read the store. */
const READ_FAILURE = 'dateline.contentStoreReadFailure';

/** Why the content store module could not read the store in this process, if it could not. */
export function storeReadFailure(): string | undefined {
  const failure: unknown = (globalThis as Record<symbol, unknown>)[Symbol.for(READ_FAILURE)];
  return typeof failure === 'string' ? failure : undefined;
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
              // No file (a site without collections) and anything that is plainly no JSON array
              // (an empty or cut-off file) are left to Astro's loader, which answers the first with
              // an empty store and stops the build on the second.
              if (id !== DATA_STORE_MODULE || !existsSync(file) || !holdsJsonArray(file)) return null;
              // Astro's marker (core/build/incremental-metadata.js): the store's contents never
              // change a page's code hash; what a page shows of them is in its cache key.
              return { code: storeModuleCode(file), map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } };
            },
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      // Before the search index and the other hooks that work on the built pages.
      'astro:build:generated': () => {
        const failure = storeReadFailure();
        if (failure)
          throw new Error(
            `Could not read the content store (${failure}); the pages were built without articles and nothing may be published. Delete the build cache folder (.cache/astro/) and build again.`,
          );
      },
    },
  };
}
