/** A university, college, hospital, laboratory or institute named in full is a body named on purpose, confident with one mention. */
import { tokeniseWithOffsets } from './tokenise.ts';
import type { UnregisteredCandidate } from './types.ts';

// Copy names an institution in full once and moves on ("researchers at Boise State University",
// "Valley Children's Hospital committed …"); an editor still lists it. The head word says what it
// is, so one mention is enough, as for a body introduced with its initials. Other heads
// ("Center", "Corporation", "Foundation") also end programmes, buildings and list runs, so they still
// need a second mention or another sign.

const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['university', 'college', 'hospital', 'laboratory', 'institute']);

/** True for an organisation candidate named by an institution's head: "<…> University", "University of <…>". */
export function isInstitutionByHead(c: UnregisteredCandidate): boolean {
  if (c.type !== 'organization') return false;
  const words = tokeniseWithOffsets(c.name).filter((t) => t.kind === 'word');
  if (words.length < 2 || !words.every((w, i) => w.upper || (i > 0 && i < words.length - 1))) return false;
  const first = words[0]?.key ?? '';
  const last = words[words.length - 1]?.key ?? '';
  return INSTITUTION_HEADS.has(last) || (INSTITUTION_HEADS.has(first) && words[1]?.key === 'of');
}
