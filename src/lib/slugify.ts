/** The one rule for turning a name into a URL slug and entity id (lowercase kebab-case, ASCII). */

const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
};

/** Folds accents and special letters to plain ASCII ("Türkiye" → "Turkiye"); other characters are kept. */
export function foldToAscii(text: string): string {
  if (!/[^\u0000-\u007f]/.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæÆœŒøØđĐłŁıþÞð]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

/** Slugs a name: "North Korea" → "north-korea", "Côte d'Ivoire" → "cote-divoire", "G-7" → "g-7". */
export function slugify(text: string): string {
  return foldToAscii(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
