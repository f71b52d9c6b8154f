/** A body named in full by its head is named on purpose, confident with one mention: an institution ("… University", "University of …"), a company by its trade after a brand ("… Airlines"), a public body of three words or more ("… Safety Board"), or an institute, alliance or academy "of" its remit. */
import { LAW_WORDS, lookUpWord, RANK_WORDS, TITLE_WORDS } from './lexicon.ts';
import { tokeniseWithOffsets, type Token } from './tokenise.ts';
import type { UnregisteredCandidate } from './types.ts';
import { endOfCampus, isStateUniversity } from './university-campus.ts';

// Copy names an institution in full once and moves on ("researchers at Boise State University",
// "Valley Children's Hospital committed …", "a trustee of the Kresge Foundation", "president of the
// Texas Bar Association"); an editor still lists it. The head word says what it is, so one mention
// is enough, as for a body introduced with its initials. Other heads ("Center", "Council") also end
// programmes, buildings and list runs, so they still need a second sign, such as a company's legal
// form (legal-form.ts).
// Only the plain shapes earn this: a name of capitalised words ending in the head, "University of"
// and a place, or a head that opens the name before its remit (`isOpenedByHead`). A run that joins
// two schools ("Spelman and Morehouse College"), a post or a board before "of" ("Board of Trustees
// of Rice University"), a word that opens a heading or a post ("Expands Free Community College",
// "Deputy Laboratory Director") or a cut name ("M University" of "Florida A&M University") is left
// to the other signs.

const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['university', 'college', 'hospital', 'laboratory', 'institute', 'foundation', 'association']);

// A company's trade as its last word says as much after a brand ("Japan Airlines", "Alnylam
// Pharmaceuticals"); after an everyday word it names a sector or a product ("Consumer Electronics",
// "Electric Motors", "American Industries"). "Technologies" ends phrases too ("Privacy-Enhancing Technologies").
const TRADE_HEADS: ReadonlySet<string> = new Set(['airlines', 'airways', 'motors', 'pharmaceuticals', 'holdings', 'electronics', 'industries']);

// A public body's head names one in three words or more ("Japan Transport Safety Board", "Mekong River
// Commission", "Defense Health Agency"), its remit's words joined by "and" past the first ("UK
// Competition and Markets Authority"; "Kellerton and Vell Authority" would be two); in two words it
// is as often a phrase or a kind ("Oversight Board", "Domestic Agency"). A possessive inside makes
// it a unit of another ("Treasury's Do Not Pay Service"); "Service" is left out, naming rites too
// ("Arlington Memorial Service").
const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set(['agency', 'authority', 'board', 'commission', 'secretariat']);
const MIN_PUBLIC_BODY_WORDS = 3;

// Some heads open the name, before "of" or "for" and its remit in capitals: "Institute of Pervasive
// Cybersecurity", "Alliance of Small Island States", "Academy of Television Arts and Sciences". A
// remit of one word is as often a programme or a cut name ("Alliance for Progress", "Institute of
// Peace" of "United States Institute of Peace"), and one ending in an event's or a plan's word names
// that ("Academy of Country Music Awards", "Alliance for Prosperity Plan").
const OPENING_HEADS: ReadonlySet<string> = new Set(['institute', 'alliance', 'academy']);
const MIN_REMIT_WORDS = 2;
const EVENT_ENDS: ReadonlySet<string> = new Set([...LAW_WORDS, 'awards', 'conference', 'summit', 'program', 'programme', 'initiative', 'agreement']);

/** True for "<Head> of|for <Capitalised words>", the words joined by "and" at most. */
function isOpenedByHead(tokens: readonly Token[]): boolean {
  const [head, link, ...remit] = tokens;
  if (!head?.upper || !OPENING_HEADS.has(head.key) || (link?.key !== 'of' && link?.key !== 'for') || link.upper || !remit[0]?.upper) return false;
  const words = remit.filter((t) => t.key !== 'and');
  if (words.length < MIN_REMIT_WORDS || EVENT_ENDS.has(words[words.length - 1]?.key ?? '')) return false;
  return remit.every((t) => t.kind === 'word' && (t.upper || t.key === 'and'));
}

/** True when the word before a trade head is a brand's or a place's, no everyday word or nationality (see TRADE_HEADS). */
function isBrandBefore(words: readonly Token[]): boolean {
  const info = lookUpWord(words[words.length - 2]?.key ?? '');
  return info.place || (!info.plain && !info.common && !info.demonym);
}

/** True for an organisation candidate named by an institution's head: "<Capitalised words> University", "University of <place>", "Institute of <remit>". */
export function isInstitutionByHead(c: UnregisteredCandidate): boolean {
  if (c.type !== 'organization') return false;
  // Most candidates end in no head and open with no "University of": only a head that opens them is left to read.
  const last = c.name.slice(c.name.lastIndexOf(' ') + 1).toLowerCase();
  if (!INSTITUTION_HEADS.has(last) && !TRADE_HEADS.has(last) && !PUBLIC_BODY_HEADS.has(last) && !c.name.startsWith('University of '))
    return OPENING_HEADS.has(c.name.slice(0, c.name.indexOf(' ')).toLowerCase()) && isOpenedByHead(tokeniseWithOffsets(c.name));
  const tokens = tokeniseWithOffsets(c.name);
  // "University of California, Los Angeles", "University of Texas at Austin": the university, then its campus.
  const link = tokens.findIndex((t) => t.key === ',' || (t.key === 'at' && !t.upper));
  if (link > 0 && isStateUniversity(tokens, 0, link)) return endOfCampus(tokens, 0, link) === tokens.length;
  const words = tokens.filter((t) => t.kind === 'word');
  // "University of Kellerton", "University of North Dakota"; not "University of Kellerton Press".
  if (isStateUniversity(tokens, 0, tokens.length)) return words.length === 3 || !lookUpWord(words[words.length - 1]?.key ?? '').plain;
  const first = words[0];
  const head = words[words.length - 1]?.key ?? '';
  const publicBody = PUBLIC_BODY_HEADS.has(head);
  if (words.length < (publicBody ? MIN_PUBLIC_BODY_WORDS : 2) || !first || (!INSTITUTION_HEADS.has(head) && !TRADE_HEADS.has(head) && !publicBody))
    return false;
  if ((TRADE_HEADS.has(head) && !isBrandBefore(words)) || (publicBody && words.some((w) => w.possessive))) return false;
  // A middle initial inside a namesake's name ("Harry S. Truman Scholarship Foundation") is no cut; a letter right before the head is ("M University").
  const isInitial = (w: Token | undefined): boolean => w?.kind === 'word' && w.core.length === 1 && w.upper;
  const middle = (w: Token | undefined): boolean => w !== undefined && isInitial(w) && words.indexOf(w) > 0 && words.indexOf(w) < words.length - 2;
  // "Oregon Health & Science University": "&" between two words of the name.
  const joins = (k: number): boolean => tokens[k]?.key === '&' && tokens[k - 1]?.kind === 'word' && tokens[k + 1]?.kind === 'word';
  const mark = (t: Token, k: number): boolean => t.key === '’' || t.key === "'" || (t.key === '.' && middle(tokens[k - 1])) || joins(k);
  const andInPublicBody = (w: Token): boolean => publicBody && w.key === 'and' && words.indexOf(w) > 1;
  if (tokens.some((t, k) => t.kind !== 'word' && !mark(t, k)) || words.some((w) => (!w.upper && !andInPublicBody(w)) || (w.core.length === 1 && !middle(w))))
    return false;
  const info = lookUpWord(first.key);
  return !info.common && !TITLE_WORDS.has(first.key) && !RANK_WORDS.has(first.key);
}
