import type { z } from 'astro/zod';
import { formatContentProblem, type ContentProblem } from '../lib/content-error.ts';
import type { Frontmatter } from '../lib/frontmatter.ts';

/** Checks frontmatter against a schema and returns each problem with its file, line and field. */
export function findSchemaProblems(schema: z.ZodType, frontmatter: Frontmatter, file: string): ContentProblem[] {
  const result = schema.safeParse(frontmatter.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const top = issue.path[0];
    const field = issue.path.length ? issue.path.join('.') : undefined;
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const key = top === undefined ? unknownKeys[0] : String(top);
    const message =
      issue.code === 'unrecognized_keys'
        ? `${unknownKeys.map((k) => `"${k}"`).join(', ')} ${unknownKeys.length > 1 ? 'are not fields' : 'is not a field'} of this collection (check the spelling)`
        : describeIssue(issue, frontmatter.data, key);
    return { file, line: (key === undefined ? undefined : frontmatter.lines[key]) ?? 1, field, message };
  });
}

function describeIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>, key: string | undefined): string {
  if (key !== undefined && !(key in data) && issue.path.length === 1) return 'is required';
  return issue.message;
}

/** Formats problems as the lines an editor reads. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map(formatContentProblem).join('\n');
}
