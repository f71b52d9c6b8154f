import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { articleIdOf } from './article-id.ts';
import { findSchemaProblems, formatProblems } from './validate-entry.ts';

interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ body: string; data: Record<string, unknown> }>;
}

type Store = LoaderContext['store'];
type Entry = Parameters<Store['set']>[0];

/**
 * Astro's glob loader, with ids from `articleIdOf`, reading frontmatter with YAML's core schema (dates stay as written) and
 * stopping the build on the first invalid file with `file:line: field "x" …` messages. A file the
 * store holds unchanged is not parsed again, and the store is written once per sync as a rule.
 */
export function checkedGlob(options: { pattern: string; base: string; schema: z.ZodType; retainBody?: boolean }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base, generateId: ({ entry }) => articleIdOf(entry), retainBody: options.retainBody ?? true });
  return {
    name: 'dateline-checked-glob',
    load: async (context) => {
      const store = deferWrites(context.store, context.meta);
      const base = fileURLToPath(new URL(options.base, context.config.root));
      // Glob keeps an entry whose id the store holds with the same digest and never reads its data
      // (glob.js, syncData). The store is cleared whenever the content config or Astro's config
      // changes (the Markdown pipeline carries a hash of src/lib and src/content), so such a file
      // parsed and validated last time under the same code; its frontmatter need not be read again.
      const unchanged = (params: { contents: string; fileUrl: URL }): boolean => {
        const stored = store.scoped.get(articleIdOf(relative(base, fileURLToPath(params.fileUrl)).split('\\').join('/')));
        return stored !== undefined && Boolean(stored.filePath) && stored.digest === context.generateDigest(params.contents);
      };
      // `entryTypes` is what Astro hands its own glob loader (not in the public LoaderContext type).
      // Wrapping it keeps glob's caching, watching and rendering while we control frontmatter
      // parsing; the bad-input build tests fail loudly if a future Astro changes it.
      const { entryTypes: original } = context as typeof context & { entryTypes: Map<string, EntryType> };
      const entryTypes = new Map(
        [...original].map(([extension, entryType]) => [
          extension,
          {
            ...entryType,
            getEntryInfo: (params: { contents: string; fileUrl: URL }) => {
              store.postpone();
              if (unchanged(params)) return Promise.resolve({ body: '', data: {} });
              const file = relative(process.cwd(), fileURLToPath(params.fileUrl));
              const frontmatter = readFrontmatter(params.contents, file);
              const problems = findSchemaProblems(options.schema, frontmatter, file);
              if (problems.length) throw new Error(`Invalid content:\n${formatProblems(problems)}`);
              // Astro's own getEntryInfo would parse the same YAML again (with js-yaml); glob reads
              // only the body and data, split here as it splits them (body trimmed).
              return Promise.resolve({ body: frontmatter.body.trim(), data: frontmatter.data });
            },
          },
        ]),
      );
      await inner.load({ ...context, store: store.scoped, entryTypes } as typeof context);
      store.flush();
    },
  };
}

/**
 * The store, with `set` held back until `flush`. Astro serialises the whole store to disk
 * whenever half a second passes after a change, and it changes its own metadata as a sync
 * begins: over a large archive glob's pass takes longer than that, so the store was written once
 * mid-pass and again at the end, for one new article. `postpone`, called per file, restarts
 * Astro's wait (any metadata change does), so the write comes after `flush` unless one file takes
 * half a second to render. Later changes (the dev server's file watcher) go straight through.
 */
function deferWrites(store: Store, meta: LoaderContext['meta']): { scoped: Store; postpone: () => void; flush: () => void } {
  let pending: Map<string, Entry> | undefined = new Map();
  const scoped: Store = {
    ...store,
    get: ((id: string) => pending?.get(id) ?? store.get(id)) as Store['get'],
    has: (id) => pending?.has(id) || store.has(id),
    set: (entry) => {
      if (!pending) return store.set(entry);
      const stored = store.get(entry.id);
      pending.set(entry.id, entry);
      return !(stored && entry.digest && stored.digest === entry.digest);
    },
    delete: (id) => {
      pending?.delete(id);
      store.delete(id);
    },
  };
  return {
    scoped,
    postpone: () => {
      if (pending) meta.set(LOADING, 'yes');
    },
    flush: () => {
      const entries = [...(pending ?? new Map<string, Entry>()).values()];
      pending = undefined;
      for (const entry of entries) store.set(entry);
    },
  };
}

/** The metadata key `postpone` sets; its value never changes. */
const LOADING = 'dateline-loading';
