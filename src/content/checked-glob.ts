import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { findSchemaProblems, formatProblems } from './validate-entry.ts';

/**
 * Astro's glob loader, reading frontmatter with YAML's core schema (dates stay as written) and
 * stopping the build on the first invalid file with `file:line: field "x" …` messages.
 */
export function checkedGlob(options: { pattern: string; base: string; schema: z.ZodType }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  return {
    name: 'dateline-checked-glob',
    load: async (context) => {
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, entryType]) => [
          extension,
          {
            ...entryType,
            getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
              const file = relative(process.cwd(), fileURLToPath(params.fileUrl));
              const frontmatter = readFrontmatter(params.contents, file);
              const problems = findSchemaProblems(options.schema, frontmatter, file);
              if (problems.length) throw new Error(`Invalid content:\n${formatProblems(problems)}`);
              const info = await entryType.getEntryInfo(params);
              return { ...info, data: frontmatter.data };
            },
          },
        ]),
      );
      await inner.load({ ...context, entryTypes } as typeof context);
    },
  };
}
