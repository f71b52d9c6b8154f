/**
 * The one rule for turning a name into a URL slug and entity id: lowercase kebab-case. Latin
 * letters fold to ASCII ("Côte d'Ivoire" → "cote-divoire"); letters of other scripts are kept as
 * they are, NFC and lower-cased ("북한" → "북한", "Москва" → "москва"), so a Korean or Russian
 * newsroom's tags keep their own pages.
 */

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

// Accents on Latin letters only: Greek tonos, Cyrillic breve (й) and Hangul jamo are parts of letters.
const LATIN_MARKS = /(?<=\p{Script=Latin})\p{M}+/gu;

/** Slugs a name: "North Korea" → "north-korea", "G-7" → "g-7", "북한" → "북한"; "" when it has no letter or digit. */
export function slugify(text: string): string {
  const lower = text.toLowerCase();
  const folded = /[^\u0000-\u007f]/.test(lower)
    ? lower
        .normalize('NFKD')
        .replace(LATIN_MARKS, '')
        .replace(/[ßæœøđłıþð]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
        .normalize('NFC')
    : lower;
  return folded
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
