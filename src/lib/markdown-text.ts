// Markdown → plain text for summaries, reading time and text analysis. Good enough for prose;
// it is not a Markdown parser and is never used to render.
const RULES: Array<[RegExp, string]> = [
  [/<!--[\s\S]*?-->/g, ' '],
  [/```[\s\S]*?```/g, ' '],
  [/<[^>]+>/g, ' '],
  [/!\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]*)\]\[[^\]]*\]/g, '$1'],
  [/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' '],
  [/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, ''],
  [/(\*\*|__|\*|_|~~|`)(?=\S)([\s\S]*?\S)\1/g, '$2'],
  [/`/g, ''],
];

/** Strips Markdown syntax, keeping paragraphs apart with blank lines. */
export function markdownToPlainText(markdown: string): string {
  let text = markdown.replace(/\r\n?/g, '\n');
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement);
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The first paragraph of a Markdown body as plain text, cut at a word near `maxLength`. */
export function firstParagraph(markdown: string, maxLength = 300): string {
  return firstPlainParagraph(markdownToPlainText(markdown), maxLength);
}

/** The first paragraph of text `markdownToPlainText` gave, cut at a word near `maxLength`. */
export function firstPlainParagraph(plainText: string, maxLength = 300): string {
  const first = plainText.split('\n\n')[0] ?? '';
  if (first.length <= maxLength) return first;
  const cut = first.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength * 0.6)).trimEnd()}…`;
}

/** Minutes a reader needs at about 230 words a minute; at least one. */
export function readingMinutes(plainText: string): number {
  const words = plainText.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
