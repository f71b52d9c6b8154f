/** A simple Markdown → plain text conversion for scripts and benchmarks (the site uses the remark plugin). */

// Stands in for skipped inline syntax (links, code) so names on either side never join across it.
const GAP = ' \u2060 ';

/** Strips Markdown syntax; paragraphs stay separated by a blank line, links and code are left out. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, GAP)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, GAP)
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, GAP)
    .replace(/^\s*\[[^\]]+\]:\s+\S+.*$/gm, '')
    .replace(/`[^`\n]*`/g, GAP)
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm, '\n$1\n')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '\n')
    .replace(/^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gm, '\n')
    .replace(/(\*\*|__|\*|_|~~)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/\|/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/([^\n])\n(?!\n)/g, '$1 ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
