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
      problems.push({ severity: 'error', code: 'unreadable', file, line: entry.readError?.line, message: entry.readError?.message ?? 'could not be read' });
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

/** The id (and so the URL) comes from the path: every folder and the file name must be a lowercase kebab-case slug. */
function checkFileName({ path, file }: ContentFile): CheckProblem[] {
  const segments = path.replace(/\.md$/, '').split('/');
  if (segments.every((segment) => segment !== '' && slugify(segment) === segment)) return [];
  const fixed = segments.map((segment) => slugify(segment) || 'untitled').join('/');
  return [{ severity: 'error', code: 'file-name', file, message: `has a name that is not a URL slug; rename it to ${fixed}.md (lowercase letters, digits and hyphens)` }];
}
