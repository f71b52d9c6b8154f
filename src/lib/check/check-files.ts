/** Per-file checks: the file could be read, its name is a slug, its frontmatter fits the schema. */
import type { z } from 'astro/zod';
import { articleIdOf } from '../../content/article-id.ts';
import { findSchemaProblems } from '../../content/validate-entry.ts';
import { slugify } from '../slugify.ts';
import type { Frontmatter } from '../frontmatter.ts';
import { describeOversizedArticle } from './article-size.ts';
import type { CheckProblem, ContentFile } from './types.ts';

/** A file whose frontmatter passed the schema, with the parsed data. */
export interface ValidFile<T> {
  /** The entry id the build gives it (`articleIdOf`). */
  id: string;
  file: string;
  frontmatter: Frontmatter;
  data: T;
}

/** Checks every file against `schema`; returns the problems and the files that passed. */
export function checkFiles<T>(files: readonly ContentFile[], schema: z.ZodType<T>): { problems: CheckProblem[]; valid: ValidFile<T>[] } {
  const problems: CheckProblem[] = [];
  const valid: ValidFile<T>[] = [];
  for (const entry of files) {
    const { file, frontmatter } = entry;
    if (entry.readError || !frontmatter) {
      problems.push({
        severity: 'error',
        code: 'unreadable',
        file,
        line: entry.readError?.line,
        field: entry.readError?.field,
        message: entry.readError?.message ?? 'could not be read',
      });
      continue;
    }
    problems.push(...checkFileName(entry));
    const oversized = entry.bytes === undefined ? undefined : describeOversizedArticle(entry.bytes);
    if (oversized) problems.push({ severity: 'error', code: 'too-large', file, message: oversized });
    const parsed = schema.safeParse(frontmatter.data);
    if (parsed.success) {
      valid.push({ id: articleIdOf(entry.path), file, frontmatter, data: parsed.data });
      continue;
    }
    // Parse once; only a failing file pays for the located messages.
    for (const p of findSchemaProblems(schema, frontmatter, file)) {
      problems.push({ severity: 'error', code: 'schema', file, line: p.line, field: p.field, message: p.message });
    }
  }
  return { problems, valid };
}

/**
 * The path a content file should have (`2024/06/Seoul_Summit.md` → `2024/06/seoul-summit.md`), or
 * `undefined` when it has it: the id, and so the URL, comes from the path, so every folder and the
 * file name must be a lowercase kebab-case slug.
 */
export function fixFileName(path: string): string | undefined {
  const segments = path.replace(/\.md$/, '').split('/');
  if (segments.every((segment) => segment !== '' && slugify(segment) === segment)) return undefined;
  return `${segments.map((segment) => slugify(segment) || 'untitled').join('/')}.md`;
}

function checkFileName({ path, file }: ContentFile): CheckProblem[] {
  const fixed = fixFileName(path);
  return fixed
    ? [
        {
          severity: 'error',
          code: 'file-name',
          file,
          message: `has a name that is not a URL slug; rename it to ${fixed} (lowercase letters, digits and hyphens)`,
        },
      ]
    : [];
}
