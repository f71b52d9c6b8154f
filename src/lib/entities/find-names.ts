/** Names the registry does not know, in one article: found, grouped (full names absorb short forms, organisations their acronyms), counted and turned into candidates. */
import { findBoldItemSubjects } from './bold-item-subject.ts';
import { findDescribedBodies } from './described-body.ts';
import { findNamesAfterKind } from './kind-before-name.ts';
import { findWebNames } from './web-names.ts';
import { hasLegalForm } from './legal-form.ts';
import { followsOfficerTitle } from './officer-employer.ts';
import { buildNameSpans, type SpanContext } from './name-spans.ts';
import { classifySpan, type NamePart, findHeadlineOrganisations, findHeadlinePeople, findHeadlinePlaces } from './classify-names.ts';
import {
  NON_ORG_ACRONYMS,
  ORG_HEADS,
  REGNAL_NUMBERS,
  PATRONYMIC_WORDS,
  lookUpWord,
  isMonth,
  MONTH_CUES,
  SPEECH_VERBS,
  TITLE_DOMAIN_WORDS,
  TITLE_WORDS,
} from './lexicon.ts';
import { findBodiesListedWithBodies } from './comma-list-bodies.ts';
import { findNominees, hasOriginAfter } from './nominee-line.ts';
import { givenNamesAgree, isFamilyFirst, nameWords, personNameKey, type PersonNameKey } from './person-names.ts';
import { TITLE_FIELD, type SegmentedArticle, type Token } from './tokenise.ts';
import type { CandidateType, UnregisteredCandidate } from './types.ts';
import { isStyledAlone, nameStartWithStyle } from './styled-alone.ts';
import { isWrittenAsBody } from './written-as-body.ts';
import { isNamedWithBody } from './member-of-body.ts';
import { isWrittenAsPlace } from './written-as-place.ts';
import { slugify } from '../slugify.ts';
import { isBeforeMemberWord, isCodeWord } from './group-codes.ts';
import { facilityShortKey } from './facility-names.ts';
import { hasAffiliationAfter, hasLowercasePostAfter, hasPostAfter } from './title-after-comma.ts';
import { followsPost } from './name-after-long-post.ts';
import { isStateBodyInFull } from './state-body-in-full.ts';
import { holdsRegisteredBody } from './body-around-registered.ts';
import { isSpeakingBody } from './speaking-body.ts';
import { findHeadWordMentions, headOpening } from './head-word-mentions.ts';
import { initialsInBracketsAt, isIntroducedByInitials } from './initials-in-brackets.ts';
import { findKindListItems, isListedOnPurpose } from './kind-word-lists.ts';
import { findLawInitials } from './law-initials.ts';

// Finds people, organisations and places the registry does not know, in one segmented article.

/** Names found outside the registry, grouped, before they become candidates. */
export interface FoundNames {
  groups: NameGroup[];
  /** People whose name matches a registered person: the registry id and where they were named. */
  absorbed: { id: string; ranges: [number, number][] }[];
}

/** What a person lookup in the registry needs. */
export type RegisteredPersonLookup = (surname: string, given: string) => string | undefined;

const LOWER_INITIAL = /^\p{Ll}/u;

/** Drops organisations named after a person in the article ("Biden Administration"); a body named by the person-shaped words alone ("Tolvane Medica") is the same name, not one named after it. */
function isNamedAfterPerson(tokens: readonly Token[], group: NameGroup, personKeys: ReadonlySet<string>): boolean {
  const [from, to] = group.best;
  const all = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const words = all.filter((t) => !ORG_HEADS.has(t.key) && t.upper);
  return words.length > 0 && words.length < all.length && words.every((t) => personKeys.has(t.key));
}

/**
 * Codes of capitals and digits that may name a group ("I2U2"), as organisations; the archive decides
 * (`selectConfidentEntities`). A code the article gives in brackets after a name is that name's short form ("(CP3)"), left to it throughout.
 */
function findGroupCodes(seg: SegmentedArticle, covered: Int32Array, parts: readonly NamePart[]): NamePart[] {
  const { tokens } = seg;
  const inPart = new Uint8Array(tokens.length);
  for (const p of parts) inPart.fill(1, p.from, p.to);
  const bracketed = new Set(tokens.filter((t, i) => tokens[i - 1]?.key === '(' && isCodeWord(t.core)).map((t) => t.key));
  const codes: NamePart[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || covered[i] !== -1 || inPart[i] === 1 || seg.headline[i] === 1 || bracketed.has(t.key)) return;
    if (isCodeWord(t.core)) codes.push({ from: i, to: i + 1, type: 'organization', titled: false });
  });
  return codes;
}

/** Finds and groups the unregistered names of an article. */
export function findNames(
  seg: SegmentedArticle,
  { covered, coveredByOrg }: Pick<SpanContext, 'covered' | 'coveredByOrg'>,
  registeredPersonKeys: ReadonlySet<string>,
  lookUpPerson: RegisteredPersonLookup,
): FoundNames {
  const { tokens } = seg;
  const lowercaseKeys = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && LOWER_INITIAL.test(t.core)) lowercaseKeys.add(t.key);
  const ctx: SpanContext = { tokens, covered, coveredByOrg, headline: seg.headline, field: seg.field };
  // "companies including Orvane and Thermo Halden": the kind word says what each listed name is.
  const listed = findKindListItems(tokens, (k) => covered[k] !== -1 && coveredByOrg[k] !== 1).filter(
    ([from, to]) => covered.subarray(from, to).every((c) => c === -1) && seg.headline[from] !== 1,
  );
  const inList = new Uint8Array(listed.length > 0 ? tokens.length : 0);
  for (const [from, to] of listed) inList.fill(1, from, to);
  const isListed = (span: { from: number; to: number }): boolean => inList.length > 0 && inList.subarray(span.from, span.to).some((x) => x === 1);
  // "**Macquarie Capital** committed …", "Wolfspeed, a semiconductor manufacturer": the sentence
  // says what the name is; the words around it keep their own readings ("CEO Amanda Lacaze of
  // Lynas Rare Earths, a supplier" keeps the person).
  const described = [
    ...findBoldItemSubjects(seg, { covered, coveredByOrg }),
    ...findDescribedBodies(seg, { covered, coveredByOrg }),
    ...findNamesAfterKind(seg, { covered, coveredByOrg }),
    // "Apartments.com": a web address written as a body's name.
    ...findWebNames(tokens),
  ];
  const inDescribed = new Uint8Array(described.length > 0 ? tokens.length : 0);
  for (const [from, to] of described) inDescribed.fill(1, from, to);
  const isDescribed = (part: NamePart): boolean => inDescribed.length > 0 && inDescribed.subarray(part.from, part.to).some((x) => x === 1);
  const parts: NamePart[] = [
    // Two names or more make a roster the copy gives on purpose; one may be a passing example.
    ...listed.map(([from, to, among]): NamePart => ({ from, to, type: 'organization', titled: false, listed: isListedOnPurpose(tokens, from, to, among) })),
    ...described.map(([from, to]): NamePart => ({ from, to, type: 'organization', titled: false, listed: true })),
    ...buildNameSpans(seg, lowercaseKeys, covered)
      .filter((span) => !isListed(span))
      .flatMap((span) => classifySpan(ctx, span))
      // Counted once, as the body the sentence says it is.
      .filter((part) => !isDescribed(part)),
    ...findHeadlinePeople(ctx),
    ...findHeadlinePlaces(ctx),
    ...findHeadlineOrganisations(ctx),
  ];
  // "Herro Mustafa Garg, of California, to be Ambassador …": a nominee, whatever the words of the name.
  for (const [from, to] of findNominees(tokens, covered))
    if (!parts.some((p) => p.from < to && from < p.to)) parts.push({ from, to, type: 'person', titled: true });
  parts.push(...findBodiesListedWithBodies(tokens, covered, coveredByOrg, parts));
  parts.push(...findGroupCodes(seg, covered, parts));
  const people = groupPeople(
    tokens,
    parts.filter((p) => p.type === 'person'),
    (a, b) => a.surname === b.surname && givenNamesAgree(a.given, b.given),
  );
  const absorbed: FoundNames['absorbed'] = [];
  const kept: NameGroup[] = [];
  for (const group of people) {
    const id = group.person ? lookUpPerson(group.person.surname, group.person.given) : undefined;
    if (id) absorbed.push({ id, ranges: group.ranges });
    else kept.push(group);
  }
  const orgs = mergeShortenedOrgs(
    tokens,
    covered,
    groupByWords(
      tokens,
      parts.filter((p) => p.type === 'organization'),
      'organization',
    ),
  );
  for (const org of orgs) {
    for (const initials of initialsOf(tokens, org.best)) org.acronyms.add(initials);
    for (const a of org.acronyms) if (NON_ORG_ACRONYMS.has(a)) org.acronyms.delete(a);
  }
  const places = groupByWords(
    tokens,
    parts.filter((p) => p.type === 'place'),
    'place',
  );
  const groups = [...kept, ...orgs, ...places];
  addShortMentions(seg, covered, groups);
  addHeadWordMentions(seg, covered, coveredByOrg, groups);
  const personKeys = new Set(registeredPersonKeys);
  for (const g of kept) for (const k of g.shortKeys) personKeys.add(k);
  const lawInitials = findLawInitials(tokens);
  const isLawInitials = (g: NameGroup): boolean => g.best[1] - g.best[0] === 1 && lawInitials.has(tokens[g.best[0]]?.key ?? '');
  return {
    groups: groups.filter((g) => g.type !== 'organization' || (!isNamedAfterPerson(tokens, g, personKeys) && !isLawInitials(g))),
    absorbed,
  };
}

// Groups the names found in one article: full names absorb short forms, organisations their acronyms.

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
  /** An organisation named on purpose somewhere: given with its initials in brackets (`isIntroducedByInitials`) or listed after a kind word (`findKindListItems`). */
  introduced?: boolean;
  /** Mentions by "the" and the head alone ("the agency"): they count, but are no form of the name. */
  headMentions?: number;
}

/** Word keys of a token range. */
function rangeKeys(tokens: readonly Token[], [from, to]: [number, number]): string[] {
  return tokens
    .slice(from, to)
    .filter((t) => t.kind === 'word')
    .map((t) => t.key);
}

/** Number of name words in a range (to pick the fullest form). */
function size(tokens: readonly Token[], [from, to]: [number, number]): number {
  return nameWords(tokens.slice(from, to)).length;
}

/** Words that name a person alone: the surname, middle names of long names ("Lula"), the given name of "X bin Y". */
function shortKeysOf(tokens: readonly Token[], from: number, to: number, key: PersonNameKey): string[] {
  const all = tokens.slice(from, to);
  const words = nameWords(all);
  const keys = [key.surname];
  if (all.some((t) => PATRONYMIC_WORDS.has(t.key)) && words[0]) keys.push(words[0].key);
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
function groupPeople(tokens: readonly Token[], parts: readonly NamePart[], agree: (a: PersonNameKey, b: PersonNameKey) => boolean): NameGroup[] {
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
function groupByWords(tokens: readonly Token[], parts: readonly NamePart[], type: CandidateType): NameGroup[] {
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
    if (part.listed) group.introduced = true;
    const brand = brandKey(tokens, part.from, part.to);
    if (type === 'organization' && brand) group.shortKeys.add(brand);
    const facility = type === 'place' ? facilityShortKey(tokens, part.from, part.to) : undefined;
    if (facility) group.shortKeys.add(facility);
    const acronym = type === 'organization' ? initialsInBracketsAt(tokens, part.to) : undefined;
    if (acronym) {
      group.acronyms.add(acronym.core);
      if (isIntroducedByInitials(tokens, part.from, part.to)) group.introduced = true;
    }
  }
  return [...byKey.values()];
}

// Organisation groups: acronyms from initials, and names shortened by dropping their country.

/** "BJP" for "Bharatiya Janata Party", "BOJ" for "Bank of Japan": initials of a name of three or more words. */
function initialsOf(tokens: readonly Token[], [from, to]: [number, number]): string[] {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word' && t.key !== 'the');
  const capitals = words.filter((t) => t.upper);
  if (words.length < 3 || capitals.length < 2) return [];
  const initials = (list: readonly Token[]): string => list.map((t) => t.core.charAt(0).toUpperCase()).join('');
  return [...new Set([initials(capitals), initials(words)])].filter((a) => a.length >= 3);
}

/** Joins "Meteorological Agency" to "Japan Meteorological Agency" (the same name without its country). */
function mergeShortenedOrgs(tokens: readonly Token[], covered: Int32Array, orgs: NameGroup[]): NameGroup[] {
  const byWords = new Map<string, NameGroup>();
  for (const org of orgs) byWords.set(rangeKeysOf(tokens, org.best), org);
  const merged = new Set<NameGroup>();
  for (const org of orgs) {
    let from = org.best[0];
    while (from < org.best[1] && (covered[from] !== -1 || tokens[from]?.kind !== 'word')) from += 1;
    if (from === org.best[0] || org.best[1] - from < 2) continue;
    const short = byWords.get(rangeKeysOf(tokens, [from, org.best[1]]));
    if (!short || short === org) continue;
    org.ranges.push(...short.ranges);
    for (const a of short.acronyms) org.acronyms.add(a);
    if (short.introduced) org.introduced = true;
    merged.add(short);
  }
  // "Samsung" alone joins "Samsung Electronics" (its brand word).
  for (const org of orgs) {
    const words = rangeKeys(tokens, org.best);
    if (merged.has(org) || words.length !== 1 || !words[0]) continue;
    const full = orgs.find((o) => o !== org && !merged.has(o) && o.shortKeys.has(words[0] ?? ''));
    if (!full) continue;
    full.ranges.push(...org.ranges);
    merged.add(org);
  }
  return orgs.filter((o) => !merged.has(o));
}

/** The word keys of a range, joined. */
function rangeKeysOf(tokens: readonly Token[], range: [number, number]): string {
  return rangeKeys(tokens, range)
    .filter((k) => k !== 'the')
    .join(' ');
}

// Counts the short forms of names found in an article: surnames, acronyms and repeats of the full form.

/** True when a month-like surname ("May") is used as a date here ("in May", "May 5"). */
function isDateUse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isMonth(t.key)) return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  return (next?.kind === 'word' && /^\d/.test(next.core)) || (prev?.kind === 'word' && MONTH_CUES.has(prev.key));
}

/** Counts repeats of a group's full form that were not recognised on their own ("Georgian Dream has denied…"). */
function addRepeats(seg: SegmentedArticle, groups: NameGroup[], used: Uint8Array): void {
  const { tokens } = seg;
  const byFirst = new Map<string, { keys: string[]; group: NameGroup }[]>();
  for (const g of groups) {
    const keys = tokens
      .slice(g.best[0], g.best[1])
      .filter((t) => t.kind === 'word')
      .map((t) => t.key);
    if (keys.length < 2 || !keys[0]) continue;
    byFirst.set(keys[0], [...(byFirst.get(keys[0]) ?? []), { keys, group: g }]);
  }
  if (byFirst.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || !t.upper || used[i] === 1) continue;
    for (const { keys, group } of byFirst.get(t.key) ?? []) {
      let k = i;
      let matched = 0;
      while (k < tokens.length && matched < keys.length) {
        const w = tokens[k];
        if (!w || w.kind === 'break') break;
        if (w.kind === 'word') {
          if (w.key !== keys[matched] || used[k] === 1) break;
          matched += 1;
        }
        k += 1;
      }
      if (matched === keys.length) {
        group.ranges.push([i, k]);
        used.fill(1, i, k);
        break;
      }
    }
  }
}

/** Counts standalone surnames and acronyms as mentions of the group they belong to. */
function addShortMentions(seg: SegmentedArticle, covered: Int32Array, groups: NameGroup[]): void {
  const byKey = new Map<string, NameGroup>();
  const byAcronym = new Map<string, NameGroup>();
  for (const g of groups) {
    for (const k of g.shortKeys) if (!byKey.has(k)) byKey.set(k, g);
    for (const a of g.acronyms) byAcronym.set(a, g);
  }
  const used = new Uint8Array(seg.tokens.length);
  for (const g of groups) for (const [from, to] of g.ranges) used.fill(1, from, to);
  addRepeats(seg, groups, used);
  if (byKey.size === 0 && byAcronym.size === 0) return;
  seg.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !t.upper || used[i] === 1 || covered[i] !== -1) return;
    const acronymGroup = t.allCaps ? byAcronym.get(t.core) : undefined;
    // "Korean Central News Agency (KCNA)": the acronym in brackets is the same mention.
    if (acronymGroup && seg.tokens[i - 1]?.key === '(' && acronymGroup.ranges.some(([, to]) => to === i - 1)) return;
    const group = acronymGroup ?? byKey.get(t.key);
    if (!group || (group.type === 'person' && isDateUse(seg.tokens, i))) return;
    // A short form inside a longer capitalised name is part of that name ("Nobel Prize", "Biden Administration").
    const next = seg.tokens[i + 1];
    if (seg.headline[i] !== 1 && !t.possessive && next?.kind === 'word' && next.upper) return;
    group.ranges.push([i, i + 1]);
  });
}

/** Counts "the agency" after "Harbour Safety Agency" as a mention of the one body of the article with that head (`findHeadWordMentions`). */
function addHeadWordMentions(seg: SegmentedArticle, covered: Int32Array, coveredByOrg: Uint8Array, groups: NameGroup[]): void {
  const { tokens } = seg;
  const orgs = groups.filter((g) => g.type === 'organization');
  if (orgs.length === 0) return;
  const used = new Uint8Array(tokens.length);
  for (const g of groups) for (const [from, to] of g.ranges) used.fill(1, from, to);
  const registered: Token[][] = [];
  for (let k = 0; k < coveredByOrg.length; k++) {
    if (coveredByOrg[k] !== 1 || coveredByOrg[k - 1] === 1) continue;
    let end = k;
    while (coveredByOrg[end] === 1) end += 1;
    registered.push(headOpening(tokens, k, end));
  }
  const free = (k: number): boolean => used[k] !== 1 && covered[k] === -1 && seg.headline[k] !== 1;
  for (const [body, ranges] of findHeadWordMentions(tokens, orgs, registered, free)) body.headMentions = ranges.length;
}

// Turns grouped names into plain, JSON-ready unregistered candidates.

/** The text of tokens [from, to) as written, without a final possessive or stray punctuation. */
function textOf(tokens: readonly Token[], from: number, to: number): string {
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

/** True when a full name (two words or more) follows a title, precedes a speech verb, or is followed by a post or the body it works for. */
function isIntroduced(tokens: readonly Token[], from: number, to: number, bodyAt: Uint8Array): boolean {
  const before = tokens[from - 1];
  const after = tokens[to];
  // "Dr. Kathleen Hicks": an abbreviated title ends in its full stop.
  const titled = before?.key === '.' && before.start === tokens[from - 2]?.end ? tokens[from - 2] : before;
  const cue =
    (titled?.kind === 'word' && (TITLE_WORDS.has(titled.key) || TITLE_DOMAIN_WORDS.has(titled.key))) ||
    (after?.kind === 'word' && SPEECH_VERBS.has(after.key)) ||
    hasPostAfter(tokens, to) ||
    hasOriginAfter(tokens, to) ||
    hasAffiliationAfter(tokens, to) ||
    hasLowercasePostAfter(tokens, to) ||
    isNamedWithBody(tokens, to, bodyAt) ||
    followsPost(tokens, from);
  // "King Abdullah II": a monarch's name and regnal number are a full name.
  const regnal = REGNAL_NUMBERS.has(tokens[to - 1]?.key ?? '') && tokens[to - 1]?.core === tokens[to - 1]?.core.toUpperCase();
  return cue && (nameWords(tokens.slice(from, to)).length >= 2 || (regnal && to - from === 2));
}

/** "Elizabeth" alone: a given name, not a way to name one person across a site. */
function isGivenNameAlone(group: NameGroup, keys: readonly string[]): boolean {
  if (group.type !== 'person' || keys.length !== 1) return false;
  const info = lookUpWord(keys[0] ?? '');
  return info.given && !info.surname;
}

/** A candidate before any of its mentions is counted: what `toCandidates` starts each name from. */
export function emptyCandidate(id: string, name: string, type: CandidateType): UnregisteredCandidate {
  return {
    id,
    name,
    type,
    count: 0,
    first: Number.MAX_SAFE_INTEGER,
    inTitle: false,
    inSummary: false,
    inLead: false,
    introduced: false,
    styledAlone: false,
    bodyPlaces: 0,
    placeSpots: 0,
    memberSpots: 0,
    variants: [],
  };
}

/** Candidates from name groups; groups with the same id merge; registered ids and names are left out. */
export function toCandidates(
  seg: SegmentedArticle,
  groups: readonly NameGroup[],
  isRegistered: (id: string, keys: readonly string[]) => boolean,
  bodyAt: Uint8Array = new Uint8Array(0),
  placeAt: Uint8Array = new Uint8Array(0),
  registeredBodyAt: Uint8Array = new Uint8Array(0),
): UnregisteredCandidate[] {
  const { tokens } = seg;
  const byId = new Map<string, UnregisteredCandidate>();
  let writtenWords: Set<string> | undefined;
  const written = (): Set<string> => (writtenWords ??= new Set(tokens.map((t) => t.core)));
  for (const group of groups) {
    const start = group.type === 'person' ? nameStartWithStyle(tokens, group.best[0], group.best[1]) : group.best[0];
    const name = textOf(tokens, start, group.best[1]);
    const id = slugify(name);
    const keys: string[] = [];
    for (let k = group.best[0]; k < group.best[1]; k++) if (tokens[k]?.kind === 'word') keys.push(tokens[k]?.key ?? '');
    if (id === '' || isRegistered(id, keys) || isGivenNameAlone(group, keys)) continue;
    const candidate = byId.get(id) ?? emptyCandidate(id, name, group.type);
    // "Eli Lilly is cutting prices … Eli Lilly chief executive …": a name the article also reads as a
    // place or a body is that, unless a title or a speech verb shows it is someone.
    if (candidate.type === 'person' && group.type !== 'person' && !candidate.introduced && !candidate.styledAlone) candidate.type = group.type;
    const seen = new Set(candidate.variants);
    for (const [from, to] of group.ranges) {
      const start = tokens[from]?.start ?? 0;
      candidate.count += 1;
      candidate.first = Math.min(candidate.first, start);
      candidate.inTitle ||= seg.field[from] === TITLE_FIELD;
      candidate.inSummary ||= seg.field[from] === 1;
      candidate.inLead ||= start < seg.leadEnd;
      candidate.introduced ||= group.type === 'person' && isIntroduced(tokens, from, to, bodyAt);
      candidate.introduced ||=
        group.type === 'organization' &&
        (isSpeakingBody(tokens, from, to) ||
          isStateBodyInFull(tokens, from, to, placeAt) ||
          hasLegalForm(tokens, from, to) ||
          holdsRegisteredBody(tokens, from, to, registeredBodyAt) ||
          followsOfficerTitle(tokens, from));
      candidate.styledAlone ||= group.type === 'person' && isStyledAlone(tokens, from, to);
      if (group.type === 'person' && isWrittenAsBody(tokens, from, to, bodyAt)) candidate.bodyPlaces += 1;
      if (group.type === 'person' && isWrittenAsPlace(tokens, from, to, placeAt)) candidate.placeSpots += 1;
      if (to - from === 1 && isCodeWord(tokens[from]?.core ?? '') && isBeforeMemberWord(tokens, from)) candidate.memberSpots += 1;
      const variant = textOf(tokens, from, to);
      if (variant !== name && !seen.has(variant)) seen.add(variant);
    }
    candidate.count += group.headMentions ?? 0;
    candidate.introduced ||= group.introduced === true;
    // Initials the article never writes ("OOPE") are no name of the body: only written ones join its mentions elsewhere.
    for (const a of group.acronyms) if (written().has(a)) seen.add(a);
    candidate.variants = [...seen];
    byId.set(id, candidate);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.first - b.first);
}
