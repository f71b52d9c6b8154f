/** A problem in one content file, located as precisely as we know: the shape of every content message. */
export interface ContentProblem {
  /** Path shown to the editor (relative to the project). */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** The frontmatter field, e.g. `published` or `image.alt`. */
  field?: string | undefined;
  /** What is wrong, phrased to follow the file and field ("is required"). */
  message: string;
}

/** `content/articles/x.md:3: field "published" is not a date` — the form every content message takes. */
export function formatContentProblem({ file, line, field, message }: ContentProblem): string {
  const where = line ? `${file}:${line}` : file;
  return field ? `${where}: field "${field}" ${message}` : `${where}: ${message}`;
}

/** A thrown ContentProblem: its message is the formatted line, `problem` the parts. */
export class ContentError extends Error {
  constructor(readonly problem: ContentProblem) {
    super(formatContentProblem(problem));
    this.name = 'ContentError';
  }
}
