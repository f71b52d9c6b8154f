/** Groups the names found in one article: full names absorb short forms, organisations their acronyms. */
import type { NamePart } from './classify-span';
import { lookUpWord } from './name-lexicon';
import { isFamilyFirst, nameWords, personNameKey, type PersonNameKey } from './person-short-forms';
import type { Token } from './tokenize';
import type { CandidateType } from './types';

/** One entity found outside the registry, with the token ranges that name it. */
export interface NameGroup {
  type: CandidateType;
  /** Token range of the fullest form. */
  best: [number, number];
  /** Token ranges of every mention. */
  ranges: [number, number][];
  /** For people: surname and given name. */
  person?: PersonNameKey;
  /** Lowercase words that name the group on their own (surnames, acronyms). */
  shortKeys: Set<string>;
  /** Exact acronyms ("KCNA"). */
  acronyms: Set<string>;
}

/** Word keys of a token range. */
export function rangeKeys(tokens: readonly Token[], [from, to]: [number, number]): string[] {
  return tokens.slice(from, to).filter((t) => t.kind === 'word').map((t) => t.key);
}

/** Number of name words in a range (to pick the fullest form). */
function size(tokens: readonly Token[], [from, to]: [number, number]): number {
  return nameWords(tokens.slice(from, to)).length;
}

const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);

/** Words that name a person alone: the surname, middle names of long names ("Lula"), the given name of "X bin Y". */
function shortKeysOf(tokens: readonly Token[], from: number, to: number, key: PersonNameKey): string[] {
  const all = tokens.slice(from, to);
  const words = nameWords(all);
  const keys = [key.surname];
  if (all.some((t) => PATRONYMIC.has(t.key)) && words[0]) keys.push(words[0].key);
  if (!isFamilyFirst(words)) {
    for (const w of words.slice(1, -1)) {
      if (w.core.length >= 3 && !lookUpWord(w.key).common && !lookUpWord(w.key).plain) keys.push(w.key);
    }
    // Given names unknown to the lexicon are often how the story refers back ("Tedros", "Retno").
    const first = words[0];
    const info = first ? lookUpWord(first.key) : undefined;
    if (first && info && first.core.length >= 3 && !info.given && !info.surname && !info.common && !info.plain && !info.place) keys.push(first.key);
  }
  return keys;
}

/** "López Obrador" joins "Andrés Manuel López Obrador": a name of two words or more that ends a longer one. */
function joinShortenedNames(tokens: readonly Token[], groups: NameGroup[]): void {
  const words = new Map(groups.map((g) => [g, nameWords(tokens.slice(g.best[0], g.best[1])).map((t) => t.key)]));
  for (const g of [...groups]) {
    const own = words.get(g) ?? [];
    if (own.length < 2) continue;
    const longer = groups.find((h) => {
      const theirs = words.get(h) ?? [];
      return h !== g && theirs.length > own.length && own.every((k, i) => theirs[theirs.length - own.length + i] === k);
    });
    if (!longer) continue;
    longer.ranges.push(...g.ranges);
    for (const k of g.shortKeys) longer.shortKeys.add(k);
    groups.splice(groups.indexOf(g), 1);
  }
}

/** Groups person parts: same surname and agreeing given names are one person. */
export function groupPeople(
  tokens: readonly Token[],
  parts: readonly NamePart[],
  agree: (a: PersonNameKey, b: PersonNameKey) => boolean,
): NameGroup[] {
  const groups: NameGroup[] = [];
  const full = parts.filter((p) => nameWords(tokens.slice(p.from, p.to)).length >= 2);
  const short = parts.filter((p) => nameWords(tokens.slice(p.from, p.to)).length === 1);
  for (const part of full) {
    const key = personNameKey(nameWords(tokens.slice(part.from, part.to)));
    if (!key) continue;
    const range: [number, number] = [part.from, part.to];
    const group = groups.find((g) => g.person && agree(g.person, key));
    if (group) {
      group.ranges.push(range);
      if (size(tokens, range) > size(tokens, group.best)) group.best = range;
      if (group.person && group.person.given.length < key.given.length) group.person = key;
      for (const k of shortKeysOf(tokens, part.from, part.to, key)) group.shortKeys.add(k);
    } else {
      const shortKeys = new Set(shortKeysOf(tokens, part.from, part.to, key));
      groups.push({ type: 'person', best: range, ranges: [range], person: key, shortKeys, acronyms: new Set() });
    }
  }
  joinShortenedNames(tokens, groups);
  for (const part of short) {
    const key = personNameKey(nameWords(tokens.slice(part.from, part.to)));
    if (!key) continue;
    const range: [number, number] = [part.from, part.to];
    const group = groups.find((g) => g.shortKeys.has(key.surname));
    if (group) group.ranges.push(range);
    else groups.push({ type: 'person', best: range, ranges: [range], person: key, shortKeys: new Set([key.surname]), acronyms: new Set() });
  }
  return groups;
}

/** The brand word of a two-word organisation ("Voltaic" in "Voltaic Energy"), when it is no ordinary word. */
function brandKey(tokens: readonly Token[], from: number, to: number): string | undefined {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const first = words[0];
  if (words.length !== 2 || !first || first.allCaps) return undefined;
  const info = lookUpWord(first.key);
  return info.common || info.place || info.given || info.surname ? undefined : first.key;
}

/** Groups organisation or place parts by their words; an acronym in brackets after a name joins it. */
export function groupByWords(tokens: readonly Token[], parts: readonly NamePart[], type: CandidateType): NameGroup[] {
  const byKey = new Map<string, NameGroup>();
  for (const part of parts) {
    const range: [number, number] = [part.from, part.to];
    const words = rangeKeys(tokens, range).filter((k) => k !== 'the');
    const key = words.join(' ');
    let group = byKey.get(key);
    if (!group) {
      group = { type, best: range, ranges: [], shortKeys: new Set(), acronyms: new Set() };
      byKey.set(key, group);
    }
    group.ranges.push(range);
    const brand = brandKey(tokens, part.from, part.to);
    if (type === 'organization' && brand) group.shortKeys.add(brand);
    const open = tokens[part.to];
    const acronym = tokens[part.to + 1];
    const close = tokens[part.to + 2];
    if (type === 'organization' && open?.key === '(' && close?.key === ')' && acronym?.kind === 'word' && acronym.allCaps) {
      group.acronyms.add(acronym.core);
    }
  }
  return [...byKey.values()];
}
