import type { z } from 'astro/zod';
import { describeOversizedArticle } from '../lib/check/article-size.ts';
import { ContentError, type ContentProblem } from '../lib/content-error.ts';
import { formatCount } from '../lib/format-count.ts';
import { readFrontmatter, type Frontmatter } from '../lib/frontmatter.ts';
import { type SourceFile } from './source-files.ts';
import { findSchemaProblems, formatProblems } from './validate-entry.ts';

/** A file as read from disk, before its frontmatter is trusted. */
export interface RawSource {
  id: string;
  file: string;
  text: string;
}

/** A content file whose frontmatter passed its schema, with the parsed fields. */
export interface ValidSource<T> extends SourceFile {
  data: T;
}

/**
 * Reads and validates every content file before Astro parses any of them, and throws one error
 * that names every broken file (file:line: field) at once. Astro's loader stops at the first bad
 * file; an editor fixing a feed import should see the whole list in one run.
 */
export function readValidSources<T>(
  raw: readonly RawSource[],
  schema: z.ZodType<T>,
  read: (text: string, file: string) => Frontmatter = readFrontmatter,
): ValidSource<T>[] {
  const problems: ContentProblem[] = [];
  const sources: ValidSource<T>[] = [];
  for (const { id, file, text } of raw) {
    const oversized = describeOversizedArticle(Buffer.byteLength(text, 'utf8'));
    if (oversized) {
      problems.push({ file, message: oversized });
      continue;
    }
    try {
      const frontmatter = read(text, file);
      const parsed = schema.safeParse(frontmatter.data);
      if (parsed.success) sources.push({ id, file, text, frontmatter, data: parsed.data });
      else problems.push(...findSchemaProblems(schema, frontmatter, file));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(error.problem);
    }
  }
  if (problems.length) {
    const files = new Set(problems.map((p) => p.file)).size;
    throw new Error(`Invalid content in ${formatCount(files, 'file')}; nothing was published:\n${formatProblems(problems)}`);
  }
  return sources;
}
