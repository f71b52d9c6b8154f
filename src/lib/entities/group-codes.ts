/** A group named by a code of capitals and digits ("I2U2", "G7"), told from other codes by how the archive writes it. */
import { GROUP_MEMBER_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// Groups of countries name themselves by short codes of capitals and digits ("G7", "I2U2", "E3"),
// and so do fiscal years, gases, reports and meetings ("FY24", "CO2", "NCA5", "COP28"). Only a group
// has members: the archive writes a group's code before the word for them ("the I2U2 countries", "G7
// partners") somewhere, and a code it never writes so is no body.

const CODE = /^\p{Lu}[\p{Lu}\d]*\d[\p{Lu}\d]*$/u;

/** True for a word that is a short code of capitals and digits, starting with a capital ("I2U2", "G20"); long ones are serial numbers. */
export function isCodeWord(core: string): boolean {
  return core.length >= 2 && core.length <= 6 && CODE.test(core);
}

/** True when the code at token `i` is written before the word for a group's members ("I2U2 countries", "G7 partners"). */
export function isBeforeMemberWord(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next?.kind === 'word' && !next.upper && GROUP_MEMBER_WORDS.has(next.key);
}
