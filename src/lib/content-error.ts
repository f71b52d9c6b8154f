/** A problem in one content file, located as precisely as we know: file, line, field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | undefined,
    readonly problem: string,
    readonly line?: number | undefined,
  ) {
    super(formatContentProblem(file, field, problem, line));
    this.name = 'ContentError';
  }
}

/** `content/articles/x.md:3: field "published" is not a date` — the form every content message takes. */
export function formatContentProblem(file: string, field: string | undefined, problem: string, line?: number): string {
  const where = line ? `${file}:${line}` : file;
  return field ? `${where}: field "${field}" ${problem}` : `${where}: ${problem}`;
}
