import { escapeRegExp, wholeWord } from '../text/whole-word.ts';

/**
 * A modifier as the headlines write it: with the words hyphened to it when most of the headlines
 * that use it write a compound ("Public-Private Partnership": "public-private", never "private").
 */
export function hyphenated(word: string, headlines: readonly string[]): string {
  const compound = new RegExp(`(?<![\\p{L}\\p{N}-])((?:[\\p{L}\\p{N}]+-)+)${escapeRegExp(word)}(?![\\p{L}\\p{N}-])`, 'u');
  const plain = wholeWord(word);
  const counts = new Map<string, number>();
  let uses = 0;
  for (const headline of headlines) {
    if (!plain.test(headline)) continue;
    uses += 1;
    const found = compound.exec(headline)?.[1];
    if (found) counts.set(found, (counts.get(found) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best && best[1] * 2 > uses ? `${best[0]}${word}` : word;
}
