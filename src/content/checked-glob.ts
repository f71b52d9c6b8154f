import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';

interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ body: string; data: Record<string, unknown> }>;
}
import { readFrontmatter } from '../lib/frontmatter.ts';
import { articleIdOf } from './article-id.ts';
import { findSchemaProblems, formatProblems } from './validate-entry.ts';

/**
 * Astro's glob loader, with ids from `articleIdOf`, reading frontmatter with YAML's core schema (dates stay as written) and
 * stopping the build on the first invalid file with `file:line: field "x" …` messages.
 */
export function checkedGlob(options: { pattern: string; base: string; schema: z.ZodType; retainBody?: boolean }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base, generateId: ({ entry }) => articleIdOf(entry), retainBody: options.retainBody ?? true });
  return {
    name: 'dateline-checked-glob',
    load: async (context) => {
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
      await inner.load({ ...context, entryTypes } as typeof context);
    },
  };
}
