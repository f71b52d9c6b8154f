import type { ArticleRecord } from '../types.ts';

// The text read for each story: at most this many members, evenly spread, and this much of each.
const MAX_READ_MEMBERS = 10;
const MAX_READ_CHARS = 6000;

/** The prose read for a story's words: the summary and the start of the body of at most `MAX_READ_MEMBERS` members, evenly spread. */
export function readProse(members: readonly number[], articles: readonly ArticleRecord[]): string[] {
  const step = Math.max(1, members.length / MAX_READ_MEMBERS);
  const read = Array.from({ length: Math.min(members.length, MAX_READ_MEMBERS) }, (_, i) => members[Math.floor(i * step)] ?? 0);
  return read.map((index) => `${articles[index]?.summary ?? ''}\n${articles[index]?.body.slice(0, MAX_READ_CHARS) ?? ''}`);
}
