/** Turns grouped names into plain, JSON-ready unregistered candidates. */
import { slugify } from '../slugify';
import type { NameGroup } from './group-names';
import { lookUpWord } from './name-lexicon';
import { SPEECH_VERBS, TITLE_DOMAIN_WORDS, TITLE_WORDS } from './name-words';
import { nameWords } from './person-short-forms';
import type { SegmentedArticle } from './segment-article';
import type { Token } from './tokenize';
import type { UnregisteredCandidate } from './types';

/** The text of tokens [from, to) as written, without a final possessive or stray punctuation. */
export function textOf(tokens: readonly Token[], from: number, to: number): string {
  let end = to;
  while (end > from && tokens[end - 1]?.kind === 'punct') {
    const before = tokens[end - 2];
    const keepDot = tokens[end - 1]?.key === '.' && before !== undefined && (before.core.length === 1 || /^(?:jr|sr)$/.test(before.key));
    if (keepDot) break;
    end -= 1;
  }
  let text = '';
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t) continue;
    if (k > from && prev && t.start > prev.end) text += ' ';
    text += k === end - 1 && t.possessive ? t.text.slice(0, -2) : t.text;
  }
  return text;
}

/** True when a full name (two words or more) follows a title or precedes a speech verb. */
function isIntroduced(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const after = tokens[to];
  const cue = (before?.kind === 'word' && (TITLE_WORDS.has(before.key) || TITLE_DOMAIN_WORDS.has(before.key))) || (after?.kind === 'word' && SPEECH_VERBS.has(after.key));
  return cue && nameWords(tokens.slice(from, to)).length >= 2;
}

/** "Elizabeth" alone: a given name, not a way to name one person across a site. */
function isGivenNameAlone(group: NameGroup, keys: readonly string[]): boolean {
  if (group.type !== 'person' || keys.length !== 1) return false;
  const info = lookUpWord(keys[0] ?? '');
  return info.given && !info.surname;
}

/** Candidates from name groups; groups with the same id merge; registered ids and names are left out. */
export function toCandidates(
  seg: SegmentedArticle,
  groups: readonly NameGroup[],
  isRegistered: (id: string, keys: readonly string[]) => boolean,
): UnregisteredCandidate[] {
  const { tokens } = seg;
  const byId = new Map<string, UnregisteredCandidate>();
  for (const group of groups) {
    const name = textOf(tokens, group.best[0], group.best[1]);
    const id = slugify(name);
    const keys: string[] = [];
    for (let k = group.best[0]; k < group.best[1]; k++) if (tokens[k]?.kind === 'word') keys.push(tokens[k]?.key ?? '');
    if (id === '' || isRegistered(id, keys) || isGivenNameAlone(group, keys)) continue;
    const candidate = byId.get(id) ?? {
      id, name, type: group.type, count: 0, first: Number.MAX_SAFE_INTEGER,
      inTitle: false, inSummary: false, inLead: false, introduced: false, variants: [],
    };
    const seen = new Set(candidate.variants);
    for (const [from, to] of group.ranges) {
      const start = tokens[from]?.start ?? 0;
      candidate.count += 1;
      candidate.first = Math.min(candidate.first, start);
      candidate.inTitle ||= seg.field[from] === 0;
      candidate.inSummary ||= seg.field[from] === 1;
      candidate.inLead ||= start < seg.leadEnd;
      candidate.introduced ||= group.type === 'person' && isIntroduced(tokens, from, to);
      const variant = textOf(tokens, from, to);
      if (variant !== name && !seen.has(variant)) seen.add(variant);
    }
    for (const a of group.acronyms) seen.add(a);
    candidate.variants = [...seen];
    byId.set(id, candidate);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.first - b.first);
}
