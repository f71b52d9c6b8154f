/**
 * Typographic punctuation for one run of text: curly quotes and apostrophes, em dashes from `--`
 * and `---`, ellipses from `...`. `before` and `after` are the characters around the run in its
 * block ('' at a block's start or end), so a quote beside emphasis or a link is read in context.
 */
export function smartenPunctuation(text: string, before = '', after = ''): string {
  if (!/["'.-]/.test(text)) return text;
  const plain = text.replace(/(?<!-)-{2,3}(?!-)/g, '—').replace(/\.\.\.|\. \. \./g, '…');
  let out = '';
  let previous = before;
  for (let i = 0; i < plain.length; i++) {
    const char = plain[i] as string;
    const next = i + 1 < plain.length ? (plain[i + 1] as string) : after;
    let written = char;
    if (char === '"') written = opensQuote(previous, next) ? '“' : '”';
    // '90s and '69 lose their first digits: an apostrophe, not an opening quote.
    else if (char === "'") written = opensQuote(previous, next) && !YEAR_CUT.test(plain.slice(i + 1)) ? '‘' : '’';
    out += written;
    previous = written;
  }
  return out;
}

const YEAR_CUT = /^\d\d(?:s\b|(?!\d))/;

// A quote opens after a space, opening punctuation or a dash, and only when something it can open
// follows it: `"Wait--" he said` closes after the dash.
function opensQuote(previous: string, next: string): boolean {
  if (next === '' || /[\s.,;:!?)\]}]/.test(next)) return false;
  return previous === '' || /[\s([{‘“—–/:-]/.test(previous);
}
