/** Shapes shared by the content checks (`npm run check`); plain data, no file system. */
import type { ContentProblem } from '../content-error.ts';
import type { Frontmatter } from '../frontmatter.ts';

/** How bad a problem is: errors fail the check (exit 1), warnings only with `--strict`. */
export type Severity = 'error' | 'warning';

/** What kind of problem it is; docs/editing.md explains each code. */
export type ProblemCode =
  | 'unreadable'
  | 'too-large'
  | 'schema'
  | 'file-name'
  | 'duplicate-id'
  | 'duplicate-title'
  | 'long-title'
  | 'tag-without-id'
  | 'unknown-entity'
  | 'story-typo'
  | 'future-date'
  | 'image-missing'
  | 'image-too-large'
  | 'image-url'
  | 'image-alt'
  | 'broken-link'
  | 'draft-link'
  | 'unverified-link'
  | 'removed-html'
  | 'empty-body';

/** One problem, located by file, line and field like every content message, with how bad it is and its code. */
export interface CheckProblem extends ContentProblem {
  severity: Severity;
  code: ProblemCode;
}

/** One Markdown file of a content folder: its frontmatter, or why it could not be read. */
export interface ContentFile {
  /** Path under the collection folder, with `/` separators (`2024/06/x.md`); `articleIdOf` gives its id. */
  path: string;
  /** Path shown in messages (relative to the project). */
  file: string;
  frontmatter?: Frontmatter | undefined;
  /** Size of the file in bytes, when known. */
  bytes?: number | undefined;
  /** Set when the file could not be read: why, and the line if known. */
  readError?: ContentProblem | undefined;
}

/** What the checks need to know about the site (from `src/config/site.ts`). */
export interface CheckSettings {
  timeZone: string;
  sectionIds: readonly string[];
  basePath: string;
  siteUrl: string;
}

/** Largest image file the check accepts (5 MB). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** A project file, looked up by its path from the project root (`public/favicon.svg`, `content/images/x.jpg`). */
export type FileLookup = (projectPath: string) => { size: number } | undefined;
