import { Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './content-error.ts';

/** A content file split into its YAML frontmatter and its Markdown body. */
export interface Frontmatter {
  data: Record<string, unknown>;
  /** Line (1-based, in the file) of each top-level key. */
  lines: Record<string, number>;
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
}

const FENCE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Reads the frontmatter with YAML's core schema, so dates stay the strings the editor wrote
 * (js-yaml would turn `2024-04-20 06:43:58` into UTC and lose the site-timezone rule).
 */
export function readFrontmatter(text: string, file: string): Frontmatter {
  if (text.includes('\u0000')) throw new ContentError({ file, message: 'contains a NUL byte; save it as plain UTF-8 text' });
  const fence = FENCE.exec(text);
  if (!fence) throw new ContentError({ file, line: 1, message: 'has no frontmatter: start the file with a line of --- , the fields, and another ---' });
  const yamlText = fence[1] ?? '';
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = counter.linePos(firstError.pos[0]).line + 1;
    throw new ContentError({ file, line, message: `has malformed YAML frontmatter: ${firstError.message.split('\n')[0]}` });
  }
  const lines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) lines[String(pair.key.value)] = counter.linePos(pair.key.range[0]).line + 1;
    }
  } else if (doc.contents !== null) {
    throw new ContentError({ file, line: 2, message: 'has frontmatter that is not a list of "field: value" lines' });
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const consumed = fence[0];
  return { data, lines, body: text.slice(consumed.length), bodyLine: consumed.split('\n').length };
}

/** Notes for the editor in written frontmatter: a `# …` line before a field, or after its value on the same line. */
export interface FrontmatterComments {
  before?: Readonly<Record<string, string>>;
  after?: Readonly<Record<string, string>>;
}

/** A content file: `data` as YAML frontmatter (no line folding), a blank line, then `body` ending in one newline; what `readFrontmatter` reads back. */
export function writeFrontmatter(data: Readonly<Record<string, unknown>>, body: string, comments: FrontmatterComments = {}): string {
  const doc = new Document(data);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const before = comments.before?.[key];
      const after = comments.after?.[key];
      if (before !== undefined && isScalar(pair.key)) pair.key.commentBefore = ` ${before}`;
      if (after !== undefined && isScalar(pair.value)) pair.value.comment = ` ${after}`;
    }
  }
  return `---\n${doc.toString({ lineWidth: 0 })}---\n\n${body.replace(/\n*$/, '')}\n`;
}
