/**
 * Typographic punctuation for one run of text: curly quotes and apostrophes, em dashes from `--`
 * and ellipses from `...`. `before` is the character that precedes the run in its block ('' at
 * the start of a block), so a quote right after emphasis or a link is still read in context.
 */
export function smartenPunctuation(text: string, before = ''): string {
  if (!/["'.-]/.test(text)) return text;
  const dashed = text.replace(/-{2,3}/g, '—').replace(/\.\.\./g, '…');
  let out = '';
  let previous = before;
  for (let i = 0; i < dashed.length; i++) {
    const char = dashed[i] as string;
    const next = dashed[i + 1] ?? '';
    if (char === '"') out += opensQuote(previous) ? '“' : '”';
    else if (char === "'") out += opensQuote(previous) && !/\d/.test(next) ? '‘' : '’';
    else out += char;
    previous = char;
  }
  return out;
}

// A quote opens at the start of a block, after a space or after opening punctuation and dashes.
function opensQuote(previous: string): boolean {
  return previous === '' || /[\s([{‘“—–/-]/.test(previous);
}
