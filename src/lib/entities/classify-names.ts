/** The classifier: whether a capitalised span names an organisation, a place or a person, in that order of precedence, with the name shapes and title rules it reads. */
import { endOfCampus } from './university-campus.ts';
import { hasLegalForm, listedNameBeforeLegalForm } from './legal-form.ts';
import { employerOnRosterLine } from './roster-employers.ts';
import { employerOnParticipantLine, endsInUnknownName, isEmployerName, startOfEmployer, startOfOfficerName } from './officer-employer.ts';
import { opensLawName } from './person-in-law-name.ts';
import { followsPost, startOfNameAfterPost } from './name-after-long-post.ts';
import { isCountryBeforeBody } from './country-before-body.ts';
import { isEverydayCapital } from './everyday-word.ts';
import { endOfFieldAfterThe } from './field-after-the.ts';
import { ITEM_MARKERS, startOfListedName, startOfListedRun } from './list-item-names.ts';
import { endOfMembersWith } from './people-with-field.ts';
import { endOfRemitAfterTo } from './remit-after-to.ts';
import { isSittingOfBody } from './sitting-of-body.ts';
import { hasAffiliationAfter, hasPostAfter } from './title-after-comma.ts';
import { type NameSpan, type SpanContext, isSentenceStart } from './name-spans.ts';
import {
  GENERIC_ORG_WORDS,
  HEADING_EVENT_WORDS,
  HEAD_LINKS,
  isDirection,
  isFamilyNameFirst,
  isGivenWord,
  isHoliday,
  isMonth,
  isPlaceHead,
  isUnknownWord,
  isWeekday,
  LAW_WORDS,
  lookUpPhrase,
  lookUpWord,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_LEADS,
  ORG_OPENING_WORDS,
  ORG_TRAILERS,
  PLACE_LEADS,
  PLACE_PREPOSITIONS,
  REGION_WORDS,
  SPEECH_VERBS,
  SURNAME_LIKE_TITLES,
  TITLE_DOMAIN_WORDS,
  TITLE_WORDS,
  WEAK_ORG_HEADS,
} from './lexicon.ts';
import { isDottedInitials, isFamilyFirst, isInitialAt, isOnlyAGivenName, nameWords } from './person-names.ts';
import { isNamedChairTitle } from './named-chairs.ts';
import { isTightHyphen, type Token } from './tokenise.ts';
import { isTitledNameWithUnlistedSurname } from './titled-unlisted-surname.ts';
import { isTitledSurnameAlone } from './titled-surname.ts';
import { isTownBeforeRegion } from './town-before-region.ts';
import { isEmployerBeforeStaff } from './employer-before-staff.ts';
import { isCourtByTier } from './court-by-tier.ts';
import { isRoomName } from './room-names.ts';
import { isBrandedOrg, isInnerCapitalBrand } from './brand-names.ts';
import { endBeforeHeldEvent, isNamedByRemit } from './partnership-names.ts';
import { followsBodyHead, startOfNamedUnit } from './unit-of-body.ts';
import { isNamedRegion } from './named-regions.ts';
import { isFacilityOnNamedWater } from './facility-names.ts';
import { isCompoundOrgName } from './compound-org-name.ts';
import { isJoinedFieldsName } from './joined-fields.ts';
import { isBuildingPart } from './building-parts.ts';
import { isDisasterName } from './disaster-names.ts';
import { isDegreeName } from './degree-names.ts';
import { endBeforeHeadingWord } from './heading-tail-words.ts';
import { isTitleBeforeItsOffice } from './office-of-title.ts';
import { looksPlural } from './registered-in-other-number.ts';
import { endOfHeadingRemitAcrossThe, startWithPlaceBefore } from './heading-across-the.ts';
import type { CandidateType } from './types.ts';

// Splits a capitalised span into names and says what each is: person, organisation or place.

/** A name inside a span: tokens [from, to) and its kind. */
export interface NamePart {
  from: number;
  to: number;
  type: CandidateType;
  /** Came right after a title ("Secretary Blinken"): a person even as one word. */
  titled: boolean;
  /** Listed with other names after a plural word for their kind ("companies including Orvane and Keltrix"): named on purpose. */
  listed?: boolean;
}

const isTitleWord = (t: Token | undefined): boolean => t?.kind === 'word' && TITLE_WORDS.has(t.key);
const isFiller = isTitleFiller;

/** Index of the last title word that has a name after it, or -1. */
function lastTitle(ctx: SpanContext, span: NameSpan): number {
  const { tokens, covered } = ctx;
  for (let k = span.to - 2; k >= span.from; k--) {
    const t = tokens[k];
    if (!t || !isTitleWord(t) || covered[k] !== -1 || t.possessive) continue;
    if (SURNAME_LIKE_TITLES.has(t.key) && k > span.from && !isFiller(tokens[k - 1]) && covered[k - 1] === -1) continue;
    return k;
  }
  return -1;
}

/** "Hou Yu-ih of the Kuomintang": a person, then what they belong to. */
function splitAtOf(ctx: SpanContext, from: number, to: number): NamePart[] | undefined {
  for (let k = from + 1; k < to - 1; k++) {
    if (ctx.tokens[k]?.key !== 'of') continue;
    if (!isPersonName(ctx, from, k)) return undefined;
    return [{ from, to: k, type: 'person', titled: false }, ...classifyPlain(ctx, k + 1, to)];
  }
  return undefined;
}

/** Names in a stretch with no title: organisation, place or person. */
function classifyPlain(ctx: SpanContext, rawFrom: number, rawTo: number): NamePart[] {
  const [from, to] = trim(ctx.tokens, rawFrom, rawTo);
  if (from >= to) return [];
  const { tokens, covered } = ctx;
  let at = -1;
  for (let k = from; k < to; k++) {
    const key = tokens[k]?.key ?? '';
    if (isHoliday(key)) return [];
    if (key === 'in' && at < 0) at = k;
  }
  // "the UN Human Rights Council in Geneva": a registered name, then where it met.
  if (at > from && covered.subarray(from, at).every((c) => c !== -1)) return classifyPlain(ctx, at + 1, to);
  const pair = splitOrgPair(tokens, from, to, covered) ?? splitAtRepeatedHead(tokens, from, to);
  if (pair) return [...classifyPlain(ctx, from, pair), ...classifyPlain(ctx, pair + 1, to)];
  const spanWords = tokens.slice(from, to).filter((t) => t.kind === 'word' && t.key !== 'the');
  const firstWord = spanWords[0];
  if (isShouted(spanWords)) return [];
  if (isBuildingPart(spanWords) || isDegreeName(tokens, from, to)) return [];
  if (spanWords.length === 2 && firstWord && isDirection(firstWord.key) && covered[from] === -1) {
    // "South Asian", "Central American": a region's adjective, not a place.
    return isRegionalAdjective(spanWords[1]?.key ?? '') ? [] : [{ from, to, type: 'place', titled: false }];
  }
  if (isRoomName(tokens, from, to) && covered[from] === -1) return [{ from, to, type: 'place', titled: false }];
  if (isNamedRegion(tokens, from, spanWords) && covered[to - 1] === -1) return [{ from, to, type: 'place', titled: false }];
  if (isSittingOfBody(ctx, from, to)) return [];
  const held = endBeforeHeldEvent(tokens, from, to);
  if (held < to) return classifyPlain(ctx, from, held);
  const body = splitAfterRegisteredBody(ctx, from, to);
  if (body) return [...classifyPlain(ctx, from, ctx.tokens[body - 1]?.key === 'of' ? body - 1 : body), { from: body, to, type: 'person', titled: false }];
  if (isOrgName(tokens, from, to, covered) || opensOrgName(ctx, from, to, spanWords)) {
    return isGenericOrg(ctx, from, to) || spanWords.length < 2 ? [] : [{ from, to, type: 'organization', titled: false }];
  }
  if (isPlaceNamedAfter(ctx, from, to, spanWords)) return [{ from, to, type: 'place', titled: false }];
  // "Assistant Secretary … for Homeland Defense and Hemispheric Affairs Melissa Dalton": the post's second field, then its holder.
  const holder = startOfNameAfterPost(tokens, from, to);
  if (holder > from && followsPost(tokens, holder)) return [{ from: holder, to, type: 'person', titled: true }];
  for (let k = from; k < to; k++) {
    if (covered[k] === -1) continue;
    let end = k;
    while (end < to && covered[end] !== -1) end += 1;
    return [...classifyPlain(ctx, from, k), ...classifyPlain(ctx, end, to)];
  }
  const twice = splitRepeated(tokens, from, to);
  if (twice) return [...classifyPlain(ctx, from, twice), ...classifyPlain(ctx, twice, to)];
  const unit = startOfNamedUnit(tokens, from, to);
  // "White House Office of Public Engagement": the unit's name, written with its body's before it.
  if (unit > from) return classifyPlain(ctx, unit, to).map((p) => (p.from === unit && p.to === to && p.type === 'organization' ? { ...p, from } : p));
  const of = splitAtOf(ctx, from, to);
  if (of) return of;
  const head = splitAfterOrgHead(ctx, from, to);
  if (head) return [...classifyPlain(ctx, from, head), { from: head, to, type: 'person', titled: false }];
  if (isBrandedOrg(tokens, from, to)) return [{ from, to, type: 'organization', titled: false }];
  // "Indivior, PLC", "Kiswe Mobile, Inc.": the words before a company's legal form are the company's name,
  // whatever they are alone ("Mobile", "Biotechnology" are everyday words).
  if (hasLegalForm(tokens, from, to) || (spanWords.length === 1 && firstWord && lookUpWord(firstWord.key).org))
    return [{ from, to, type: 'organization', titled: false }];
  // "SpaceX", "in HuffPost"; but a word the article writes as a town before its region is that town ("in PyeongChang, South Korea").
  if (spanWords.length === 1 && firstWord && isInnerCapitalBrand(tokens, tokens.indexOf(firstWord, from)) && !isTownInArticle(ctx, firstWord.key))
    return [{ from, to, type: 'organization', titled: false }];
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const phrase = words.map((t) => t.key).join(' ');
  const single = words.length === 1 ? lookUpWord(phrase) : undefined;
  const last = words[words.length - 1];
  // "in ORAN and 6G technologies": a word in capitals that spells a town ("Oran") inside a sentence is an acronym
  // of something else; a dateline ("DETROIT —", "WASHINGTON,") opening its line is the town.
  if (single?.town && words[0]?.allCaps && words[0].core.length > 1 && !isDateline(tokens, tokens.indexOf(words[0], from))) return [];
  const namedPlace =
    (words.length >= 2 &&
      last !== undefined &&
      isPlaceHead(last.key) &&
      !words.slice(0, -1).every((w) => lookUpWord(w.key).common || lookUpWord(w.key).plain)) ||
    isFacilityOnNamedWater(words);
  if (lookUpPhrase(phrase) === 'place' || (single?.place && !single.given && !single.surname) || namedPlace || isPlaceAfterIn(ctx, from, to)) {
    return [{ from, to, type: 'place', titled: false }];
  }
  if (isTownBeforeRegion(ctx, from, to)) return [{ from, to, type: 'place', titled: false }];
  if (isEmployerBeforeStaff(ctx, from, to)) return [{ from, to, type: 'organization', titled: false }];
  // "… and North Africa Brett McGurk", "Advisor for the Americas Chris Dodd": the region that ended a title's domain, then the name.
  // After "the", "of" or "for" the region comes first even where the whole run reads as a name; elsewhere a name
  // may open with a place's word ("Asunción Lucía Martín").
  const afterPlaces = skipDomainPlaces(tokens, from, to);
  const regionFirst = afterPlaces > from && AFTER_A_POST.has(tokens[from - 1]?.key ?? '');
  if (regionFirst && isPersonName(ctx, afterPlaces, to)) return [{ from: afterPlaces, to, type: 'person', titled: false }];
  if (isPersonName(ctx, from, to)) return [{ from, to, type: 'person', titled: false }];
  if (afterPlaces > from) return isPersonName(ctx, afterPlaces, to) ? [{ from: afterPlaces, to, type: 'person', titled: false }] : [];
  // "Economist Tomas Reyna said": an everyday noun opening the sentence, then the name.
  const opener = lookUpWord(tokens[from]?.key ?? '');
  if ((opener.common || opener.plain) && !opener.given && !opener.surname && isPersonName(ctx, from + 1, to)) {
    return [{ from: from + 1, to, type: 'person', titled: false }];
  }
  return [];
}

// Words that end a post before its region or field ("Advisor for the Americas", "Secretary of Defense").
const AFTER_A_POST = new Set(['the', 'of', 'for']);

/** True when the word at `k` opens its line before a dash, a comma or a colon: a dateline ("DETROIT —"). */
function isDateline(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return (!before || before.kind === 'break') && DATELINE_MARKS.has(tokens[k + 1]?.key ?? '');
}

const DATELINE_MARKS = new Set(['—', '–', '-', ',', ':']);

/** True when the article writes the word `key` somewhere as a town before its region ("PyeongChang, South Korea"). */
function isTownInArticle(ctx: SpanContext, key: string): boolean {
  return ctx.tokens.some((t, k) => t.key === key && isTownBeforeRegion(ctx, k, k + 1));
}

/** "BIG NEWS", "GREAT NEWS": everyday words in capitals for emphasis, no name (acronyms are single words). */
function isShouted(words: readonly Token[]): boolean {
  return (
    words.length >= 2 &&
    words.every((w) => {
      const info = lookUpWord(w.key);
      return w.allCaps && (info.common || info.plain) && !info.given && !info.surname && !info.place;
    })
  );
}

/** The name after a title: a person, unless it is an organisation or a place ("Mayor of Seoul"). */
function classifyTitled(ctx: SpanContext, rawFrom: number, to: number): NamePart[] {
  const named = ctx.covered.subarray(rawFrom, to).every((c) => c === -1) ? startOfNameAfterPost(ctx.tokens, rawFrom, to) : -1;
  if (named > rawFrom) return [{ from: named, to, type: 'person', titled: true }];
  // "CEO of OpenAI": a company officer's "of" names the employer; "CEO of Citi Jane Fraser", the employer and then the officer.
  const employer = startOfEmployer(ctx.tokens, rawFrom - 1);
  if (employer > 0 && employer < to && ctx.covered.subarray(employer, to).every((c) => c === -1)) {
    const officer = startOfOfficerName(ctx.tokens, employer, to);
    const person: NamePart[] = officer < to ? [{ from: officer, to, type: 'person', titled: true }] : [];
    if (officer === to && endsInUnknownName(ctx.tokens, employer, to)) return [];
    // A company named after people is still the employer ("CEO of Morgan Stanley").
    const parts = classifyPlain(ctx, employer, officer).map((p) =>
      p.type === 'person' && p.from === employer && p.to === officer ? { ...p, type: 'organization' as const } : p,
    );
    if (parts.length > 0) return [...parts, ...person];
    if (isEmployerName(ctx.tokens, employer, officer)) return [{ from: employer, to: officer, type: 'organization', titled: false }, ...person];
    if (person.length > 0) return person;
  }
  // "Director of the National Cancer Institute": after "of the", words that end in a body's head are
  // the body's name, not the post's field; "… of the Board of Directors of the …" names a board of
  // another body, which the field reading below keeps apart.
  const body = rawFrom + 2;
  const afterOfThe = ctx.tokens[rawFrom]?.key === 'of' && ctx.tokens[rawFrom + 1]?.key === 'the';
  if (
    afterOfThe &&
    ORG_HEADS.has(ctx.tokens[to - 1]?.key ?? '') &&
    !ctx.tokens.slice(body, to).some((t) => t.key === 'of') &&
    isOrgName(ctx.tokens, body, to, ctx.covered)
  )
    return classifyPlain(ctx, body, to);
  let from = endOfTitleDomain(ctx.tokens, ctx.covered, rawFrom, to);
  while (from < to && (isFiller(ctx.tokens[from]) || ctx.covered[from] !== -1)) from += 1;
  if (from >= to) return [];
  for (let k = from; k < to; k++) {
    if (ctx.covered[k] === -1) continue;
    // "President Bola Tinubu of Nigeria": the title still names the person before "of <registered place>".
    const link = ctx.tokens[k - 1]?.key;
    if (k - 1 > from && (link === 'of' || link === 'for')) return [...classifyTitled(ctx, from, k - 1), ...classifyTitled(ctx, k, to)];
    return [...classifyPlain(ctx, from, k), ...classifyTitled(ctx, k, to)];
  }
  for (let k = from + 1; k < to - 1; k++) {
    const key = ctx.tokens[k]?.key;
    if (key === 'of' || key === 'for') return [...classifyTitled(ctx, from, k), ...classifyPlain(ctx, k + 1, to)];
  }
  if (isOrgName(ctx.tokens, from, to, ctx.covered)) return classifyPlain(ctx, from, to);
  // "Governor Eric J. Holcomb Eric J. Holcomb": a bold titled name, then the same name where the line break was lost.
  const twice = splitRepeated(ctx.tokens, from, to);
  if (twice) return [...classifyTitled(ctx, from, twice), ...classifyPlain(ctx, twice, to)];
  from = skipDomainPlaces(ctx.tokens, from, to);
  const words = nameWords(ctx.tokens.slice(from, to));
  if (words.length === 0 || words.length > 5) return [];
  const phrase = words.map((t) => t.key).join(' ');
  const single = words.length === 1 ? lookUpWord(phrase) : undefined;
  if (lookUpPhrase(phrase) === 'place' || (single?.place && !single.given && !single.surname)) {
    return [{ from, to, type: 'place', titled: false }];
  }
  const given = startsWithGivenName(words);
  const familyFirst = isFamilyFirst(words);
  if (
    !isTitledNameWithUnlistedSurname(words) &&
    !isTitledSurnameAlone(ctx.tokens, from, words) &&
    !words.every((w, i) => isNameLike(w, i, given && i > 0, familyFirst, true, i === words.length - 1 && opensWithOnlyAGivenName(words)))
  )
    return [];
  const inner = ctx.tokens.slice(from, to);
  if (inner.some((t, i) => t.kind === 'word' && !t.upper && !NAME_PARTICLES.has(t.key) && inner[i - 1]?.key !== '-')) return [];
  return [{ from, to, type: 'person', titled: true }];
}

/**
 * Start of the name after the places a title's domain ends with ("Coordinator for the Middle East and
 * North Africa Brett McGurk" → "Brett McGurk", "Envoy … for Economic Affairs Joe Kennedy III" → "Joe
 * Kennedy III"): a leading place or domain word is the post's region or field, not a given name,
 * when a full name of two words still follows.
 */
function skipDomainPlaces(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && nameWords(tokens.slice(k + 1, to)).length >= 2 && (isDomainPlace(tokens[k]) || isDomainField(tokens[k]))) k += 1;
  return k;
}

/** True for a word of a post's field that no person carries ("Economic", "Affairs"). */
function isDomainField(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || !t.upper || t.possessive || !TITLE_DOMAIN_WORDS.has(t.key)) return false;
  const info = lookUpWord(t.key);
  return !info.given && !info.surname;
}

/** True for a word of a region's name that no person carries ("Africa", "North", "Pacific"). */
function isDomainPlace(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || !t.upper || t.possessive) return false;
  const info = lookUpWord(t.key);
  return (isDirection(t.key) || info.place || lookUpPhrase(t.key) === 'place' || REGION_WORDS.has(t.key)) && !info.given && !info.surname;
}

/** Splits one span into typed names. */
export function classifySpan(ctx: SpanContext, span: NameSpan): NamePart[] {
  const { covered } = ctx;
  let allCovered = true;
  for (let k = span.from; k < span.to; k++) {
    const t = ctx.tokens[k];
    if (covered[k] === -1 && t?.kind === 'word' && !(NAME_CONNECTORS.has(t.key) && !t.upper)) allCovered = false;
  }
  if (allCovered) return [];
  const pair = splitTitledPair(ctx, span);
  if (pair !== undefined) return [...classifySpan(ctx, { from: span.from, to: pair }), ...classifySpan(ctx, { from: pair + 1, to: span.to })];
  // "… Council on Foreign Relations International Affairs Fellow": a post at the end names no one.
  const last = ctx.tokens[span.to - 1];
  // "University of Notre Dame": a title word after a word no list knows is the end of that name, not a post.
  const inName = isUnknownWord(ctx.tokens[span.to - 2]?.key ?? '') && ctx.tokens[span.to - 2]?.kind === 'word';
  if (span.to - span.from > 2 && last && TITLE_WORDS.has(last.key) && !SURNAME_LIKE_TITLES.has(last.key) && covered[span.to - 1] === -1 && !inName) {
    let end = span.to - 1;
    while (end > span.from + 1 && isFiller(ctx.tokens[end - 1]) && covered[end - 1] === -1) end -= 1;
    return classifySpan(ctx, { from: span.from, to: end });
  }
  const t = lastTitle(ctx, span);
  if (t < 0) return classifyPlain(ctx, span.from, span.to);
  let prefixEnd = t;
  while (prefixEnd > span.from && isFiller(ctx.tokens[prefixEnd - 1]) && covered[prefixEnd - 1] === -1) prefixEnd -= 1;
  const titled = classifyTitled(ctx, t + 1, span.to);
  // "International Olympic Committee President Thomas Bach": a body's whole name, head and all, before the post of the person named.
  const holder = titled.some((p) => p.type === 'person' && p.from === t + 1);
  if (holder && prefixEnd < t && isWholeOrgBefore(ctx, span.from, prefixEnd, t)) prefixEnd = t;
  const prefix = classifyPlain(ctx, span.from, prefixEnd);
  // A name the title runs into is the chair's namesake; one after an honorific ("Dr. Ana Vell Professor of …") is its holder.
  const namesake = isNamedChairTitle(ctx.tokens, t) ? prefix.find((p) => p.type === 'person' && p.to === prefixEnd && p.from === span.from) : undefined;
  return [...prefix.filter((p) => p !== namesake), ...titled];
}

/**
 * Where a person's name starts right after a registered body's whole name that opens the span, or
 * undefined: "… at the Department of Homeland Security Blas Nunez-Neto" names the department, then
 * the official, where the run of capitals would read as one longer body.
 */
function splitAfterRegisteredBody(ctx: SpanContext, from: number, to: number): number | undefined {
  const { covered, coveredByOrg } = ctx;
  if (coveredByOrg[from] !== 1) return undefined;
  let end = from;
  while (end < to && covered[end] === covered[from]) end += 1;
  // "custody to the Department of Justice of Ovidio Guzmán López": the body, then whom it holds.
  const start = ctx.tokens[end]?.key === 'of' && !ctx.tokens[end]?.upper ? end + 1 : end;
  // A person's name ends its clause's noun phrase; before a noun ("… Lawrence Livermore lab", "… Jordan
  // Desk officers") the words are a unit's or a place's, not a person's.
  const after = ctx.tokens[to];
  if (after?.kind === 'word' && !SPEECH_VERBS.has(after.key) && !lookUpWord(after.key).function) return undefined;
  return start < to - 1 && covered[start] === -1 && ctx.tokens[start]?.upper && isPersonName(ctx, start, to) ? start : undefined;
}

/** True when tokens [from, to) are nothing or "of" and a place or body ("of Japan", "of the European Council"). */
function isWhereTheyServe(ctx: SpanContext, from: number, to: number): boolean {
  if (from === to) return true;
  if (ctx.tokens[from]?.key !== 'of') return false;
  for (let k = from + 1; k < to; k++) if (ctx.covered[k] === -1 && ctx.tokens[k]?.key !== 'the' && !ctx.tokens[k]?.upper) return false;
  return true;
}

/**
 * Index of the "and" between two titled people named in one run of capitals, each with a post
 * ("Secretariat Secretary General Akiba Takeo and ROK National Security Office Director Cho Tae-yong"),
 * or undefined: the run joined their bodies and posts into one name.
 */
function splitTitledPair(ctx: SpanContext, span: NameSpan): number | undefined {
  for (let k = span.from + 2; k < span.to - 2; k++) {
    if (ctx.tokens[k]?.key !== 'and') continue;
    const t = lastTitle(ctx, { from: span.from, to: k });
    if (t < 0 || lastTitle(ctx, { from: k + 1, to: span.to }) < 0) continue;
    // The first post's holder ends the first half, alone or with where they serve ("Akiba Takeo of Japan").
    const holder = classifyTitled(ctx, t + 1, k).find((p) => p.type === 'person');
    if (holder && isWhereTheyServe(ctx, holder.to, k)) return k;
  }
  return undefined;
}

/**
 * True when the words before a post, up to its title, name a body whose own words go past the title's
 * domain words ("International Olympic Committee" before "President"; not "Security Council" alone,
 * nor "Committee" after a registered name, whose post it is: "Senate Committee Chairman").
 */
function isWholeOrgBefore(ctx: SpanContext, from: number, ownEnd: number, title: number): boolean {
  const { tokens, covered } = ctx;
  if (ownEnd <= from || covered.subarray(from, title).some((c) => c !== -1)) return false;
  // A sentence's opening capital is no name word of its own ("Veteran Party Leader Ana Vell").
  const start = isSentenceStart(tokens, from) && isEverydayCapital(tokens[from]) ? from + 1 : from;
  if (!tokens.slice(start, ownEnd).some((t) => t.kind === 'word' && t.upper && !isFiller(t))) return false;
  const last = tokens[title - 1];
  return last?.kind === 'word' && ORG_HEADS.has(last.key) && isOrgName(tokens, from, title, covered) && !isGenericOrg(ctx, from, title);
}

/**
 * "United Steelworkers", "Amalgamated Transit Union": a word that opens organisation names, then
 * words of its own. A registered name inside ("United Nations Charter") or a last word that makes
 * a post, a law or a meeting ("United States District Judge", "Consolidated Appropriations Act") is not one.
 */
function opensOrgName(ctx: SpanContext, from: number, to: number, words: readonly Token[]): boolean {
  const first = words[0];
  const last = words[words.length - 1]?.key ?? '';
  if (words.length < 2 || first === undefined || first.allCaps || !ORG_OPENING_WORDS.has(first.key)) return false;
  if (TITLE_WORDS.has(last) || LAW_WORDS.has(last) || DOCUMENT_WORDS.has(last) || ctx.tokens.slice(from, to).some((t) => t.key === '-')) return false;
  return ctx.covered.subarray(from, to).every((c) => c === -1);
}

// Rules that tell whether capitalised words name an organisation ("Japan Coast Guard", "Bank of Korea").

/** True when the words make an organisation name ("Japan Coast Guard", "Bank of Korea", "Voltaic Energy"). */
function isOrgName(tokens: readonly Token[], from: number, to: number, covered?: Int32Array): boolean {
  if (isRoomName(tokens, from, to)) return false;
  const last = tokens[to - 1];
  const first = tokens[from];
  const second = tokens[from + 1];
  if (last?.kind === 'word' && ORG_HEADS.has(last.key) && last.key !== 'administration') return true;
  const after = tokens[to];
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const onlyPlace = words.length === 1 && words[0] !== undefined && lookUpWord(words[0].key).place;
  if (after?.kind === 'word' && !after.upper && ORG_TRAILERS.has(after.key) && !onlyPlace) return true;
  if (last?.key === 'administration') {
    // "Small Business Administration", not "Biden Administration" or "Biden-Harris Administration".
    let spaced = 0;
    for (let k = from; k < to; k++) if (tokens[k]?.kind === 'word' && tokens[k - 1]?.key !== '-') spaced += 1;
    return spaced >= 3;
  }
  if (last?.kind === 'word' && WEAK_ORG_HEADS.has(last.key)) {
    const before = tokens.slice(from, to - 1).filter((t) => t.kind === 'word');
    const brand = before[before.length - 1];
    // "Samantha Power": a weak head after a given name alone is a surname.
    const person = before.length === 1 && brand !== undefined && lookUpWord(brand.key).given;
    if (before.length >= 2 || (brand !== undefined && !lookUpWord(brand.key).common && !person)) return true;
  }
  if (first && ORG_LEADS.has(first.key) && second && (second.key === 'of' || second.key === 'for' || second.key === 'on')) return true;
  if (isNamedByRemit(tokens, from, to)) return true;
  if (words.length < 2) return false;
  // "African Union Transition Mission in Somalia": a head, then where the body works.
  for (let k = from + 1; k < to - 1; k++) {
    const t = tokens[k];
    if (t?.kind === 'word' && ORG_HEADS.has(t.key) && tokens[k + 1]?.key === 'in') return true;
    // "American Association for the Advancement of Science": a head, then "for the" and its field.
    if (t?.kind === 'word' && ORG_HEADS.has(t.key) && HEAD_LINKS.has(tokens[k + 1]?.key ?? '') && tokens[k + 2]?.key === 'the') return true;
    // "Intergovernmental Panel on Climate Change", "Halvard Center for Coastal Studies": a head, then its remit.
    if (t?.kind === 'word' && ORG_HEADS.has(t.key) && (tokens[k + 1]?.key === 'on' || tokens[k + 1]?.key === 'for') && tokens[k + 2]?.upper) return true;
    // "Global Coalition to Address Synthetic Drug Threats": a head, then "to" and its capitalised remit.
    if (t?.kind === 'word' && endOfRemitAfterTo(tokens, k + 1) === to) return true;
    // "National Association of Counties", "International Brotherhood of Electrical Workers": a named head, then its members or field.
    if (isHeadOfField(tokens, k, covered)) return true;
  }
  return lookUpPhrase(words.map((t) => t.key).join(' ')) === 'organization';
}

/**
 * True when the head at `k` follows a capitalised word of its own and takes "of" and a capitalised
 * field ("National Association of Counties"). A registered name or a body's name before the head
 * is another body ("U.S. Department of …", "White House Office of …"), which other rules split off.
 */
function isHeadOfField(tokens: readonly Token[], k: number, covered: Int32Array | undefined): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const field = tokens[k + 2];
  if (t?.kind !== 'word' || !ORG_HEADS.has(t.key) || tokens[k + 1]?.key !== 'of') return false;
  // A title before the head is a post ("Secretary of State"), unless its possessive names its holder's office ("Baltimore Mayor’s Office of Employment Development").
  if (before?.kind !== 'word' || !before.upper || (TITLE_WORDS.has(before.key) && !isTitleBeforeItsOffice(tokens, k - 1, covered))) return false;
  // A registered name before the head is another body, unless it is a nationality word, which opens
  // the name of a body of that nation ("American Federation of Teachers", not "U.S. Department of …").
  if (covered !== undefined && covered[k - 1] !== -1 && !lookUpWord(before.key).demonym) return false;
  // "White House Office of …": a body's own name before the head makes the head one of its units (`startOfNamedUnit`).
  if (followsBodyHead(tokens, k)) return false;
  return field?.kind === 'word' && field.upper && !field.allCaps;
}

/**
 * True when every word outside registered names is generic ("Foreign Ministry", "U.S. Department of
 * State"). "X of <country>" is a name, not a description ("Bank of Japan").
 */
function isGenericOrg(ctx: SpanContext, from: number, to: number): boolean {
  if (isCourtByTier(ctx.tokens, from, to)) return true;
  if (isCompoundOrgName(ctx.tokens, ctx.covered, from, to) || isJoinedFieldsName(ctx.tokens, ctx.covered, from, to)) return false;
  for (let k = from + 1; k < to; k++) if (isOfRegistered(ctx, from, to, k)) return false;
  if (isCountryBeforeBody(ctx.tokens, ctx.covered, from, to)) return false;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (!t || t.kind !== 'word' || ctx.covered[k] !== -1) continue;
    if (!GENERIC_ORG_WORDS.has(t.key)) return false;
  }
  return true;
}

/**
 * True when the registered name at `k` follows "of" ("Bank of Japan"). An "of" inside the registered
 * name counts only when more than one word of the span's own goes with it ("Republic of Fiji Military
 * Forces"): "the District of Columbia Office of the … Command" is a place and one head, an office of the
 * body named after it.
 */
function isOfRegistered(ctx: SpanContext, from: number, to: number, k: number): boolean {
  const { tokens, covered } = ctx;
  if (covered[k] === -1 || tokens[k - 1]?.key !== 'of') return false;
  if (covered[k - 1] !== covered[k]) return true;
  let own = 0;
  for (let j = from; j < to; j++) if (covered[j] === -1 && tokens[j]?.kind === 'word') own += 1;
  return own > 1;
}

/**
 * Index of the "and" between two organisations named together ("the University of Chicago and
 * Purdue University"), or undefined. The second must end in an organisation's head after a word
 * of its own, so "Department of Health and Human Services" stays one name, unless registered names
 * open both sides.
 */
function splitOrgPair(tokens: readonly Token[], from: number, to: number, covered?: Int32Array): number | undefined {
  const last = tokens[to - 1];
  if (last?.kind !== 'word' || !ORG_HEADS.has(last.key)) return undefined;
  // "Boeing and Vietnam Airlines": a company the lexicon knows, named by one word, is a body of its own.
  const lead = tokens[from];
  if (
    tokens[from + 1]?.key === 'and' &&
    lead?.kind === 'word' &&
    lookUpWord(lead.key).org &&
    tokens[from + 2]?.upper &&
    isOrgName(tokens, from + 2, to, covered)
  )
    return from + 1;
  for (let k = from + 2; k < to - 2; k++) {
    if (tokens[k]?.key !== 'and') continue;
    // "NATO Allies and European Union partners": registered bodies on both sides of "and", the second ending the run, are two names.
    if (covered !== undefined && covered[from] !== -1 && covered[k + 1] !== -1 && covered[k + 1] !== covered[k - 1] && covered[to - 1] === covered[k + 1])
      return k;
    // "White House Office of Public Engagement and Domestic Policy Council": one registered body after "and" ends the run.
    if (
      covered !== undefined &&
      covered[k - 1] === -1 &&
      covered[k + 1] !== -1 &&
      covered.subarray(k + 1, to).every((c) => c === covered[k + 1]) &&
      (isOrgName(tokens, from, k, covered) || startOfNamedUnit(tokens, from, k) > from)
    )
      return k;
    const first = tokens[k + 1];
    if (!first?.upper || GENERIC_ORG_WORDS.has(first.key) || tokens.slice(k + 1, to - 1).some((t) => t.key === 'and')) continue;
    // "Institute of Museum and Library Services": after "of" and one everyday word, "and" adds a field to the same name.
    if (tokens[k - 2]?.key === 'of' && isEverydayCapital(tokens[k - 1], { allowAllCaps: true })) continue;
    if (isOrgName(tokens, from, k, covered)) return k;
  }
  return undefined;
}

/**
 * Index of the "and" before a second body of the same kind as the first ("Ministry of Defence of
 * Ukraine, and Ministry for Strategic Industries of Ukraine"), or undefined: the head repeated with
 * its own remit names another body.
 */
function splitAtRepeatedHead(tokens: readonly Token[], from: number, to: number): number | undefined {
  const head = tokens[from];
  if (head?.kind !== 'word' || !ORG_LEADS.has(head.key) || !HEAD_LINKS.has(tokens[from + 1]?.key ?? '')) return undefined;
  for (let k = from + 3; k < to - 2; k++) {
    if (tokens[k]?.key === 'and' && tokens[k + 1]?.key === head.key && HEAD_LINKS.has(tokens[k + 2]?.key ?? '')) return k;
  }
  return undefined;
}

// Rules that tell whether capitalised words name a person ("Susan Rice", "Kwon Hae-sung", not "Economic Coercion").

/**
 * True when a word can be part of a person's name (position i in the name). An everyday word
 * ("Rice", "Park") passes only after a given name ("Susan Rice") or as a listed family name.
 */
function isNameLike(w: Token, i: number, afterGivenName: boolean, familyFirst = false, titled = false, afterPlainGivenName = false): boolean {
  const info = lookUpWord(w.key);
  // "J.B. Pritzker": initials written with their dots are a given name, not an acronym.
  if (i === 0 && isDottedInitials(w)) return true;
  if (ORG_HEADS.has(w.key) || TITLE_WORDS.has(w.key) || isDirection(w.key) || w.allCaps || info.demonym) return false;
  if (i > 0 && isPlaceHead(w.key)) return false;
  // A post's field word is no surname ("… Economic Affairs"), except last after a title and a given name ("Delegate Jennifer White").
  if (i > 0 && !familyFirst && TITLE_DOMAIN_WORDS.has(w.key) && !info.given && !info.surname && !(titled && afterPlainGivenName)) return false;
  // Korean and Chinese given names are often English words written out ("Sang-mok", "Young", "Jin").
  if (familyFirst) return !info.function;
  if (i === 0 && isMonth(w.key)) return false;
  // After a title and a known given name, an everyday word is a surname ("Ambassador Susan Rice").
  if (info.common && !info.given && !info.surname && !(i > 0 && isMonth(w.key)) && !(titled && afterGivenName)) return false;
  // "Helicopters" names no one, but after a name that is only a given name a plural noun is a surname ("Kathleen Hicks", "Jessica Reeves").
  if (info.plain && !info.given && !info.surname && isPluralNoun(w.key) && !afterPlainGivenName) return false;
  return !info.plain || info.given || info.surname || afterGivenName || isFamilyNameFirst(w.key);
}

/**
 * True when a name of two words or more opens with a word that is only a given name ("Kathleen
 * Hicks"), and no plain English word either: before a plural noun, "Mark" or "Grace" may be a verb or
 * a noun ("Mark Wells", "Grace Notes").
 */
function opensWithOnlyAGivenName(words: readonly Token[]): boolean {
  const first = words[0];
  return words.length >= 2 && isOnlyAGivenName(first) && !lookUpWord(first?.key ?? '').plain;
}

/** "Helicopters", "Workers": an everyday noun in the plural, never a surname. */
function isPluralNoun(key: string): boolean {
  return looksPlural(key) && lookUpWord(key.slice(0, -1)).plain;
}

/**
 * True when the first word is a given name the lexicon knows, a family name that comes first, or a
 * word no dictionary lists ("Elon" in "Elon Musk"): then an everyday word may follow as the surname.
 */
function startsWithGivenName(words: readonly Token[]): boolean {
  const first = words[0];
  if (!first) return false;
  const info = lookUpWord(first.key);
  return (info.given && (!info.plain || info.surname || isGivenWord(first.key))) || isUnknownWord(first.key) || isFamilyFirst(words);
}

/** Last words of awards named after people, which are also surnames ("Pell Grant", not "Ulysses Grant"). */
const AWARD_WORDS = new Set(['grant', 'grants', 'scholarship', 'scholarships', 'fellowship', 'fellowships', 'medal', 'medals']);

/** True when a name has at least two words separated by a space ("Jean-Pierre" alone is one word). */
function hasSpacedWords(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t?.kind === 'word' && t.core.length > 1 && tokens[k - 1]?.key !== '-' && tokens[k - 1]?.key !== "'") words += 1;
  }
  return words >= 2;
}

/** True when the words read as a person's name. */
function isPersonName(ctx: SpanContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  const words = nameWords(tokens.slice(from, to));
  if (words.length < 2 || words.length > 4 || !hasSpacedWords(tokens, from, to) || isDisasterName(words)) return false;
  if (LAW_WORDS.has(words[words.length - 1]?.key ?? '') || opensLawName(tokens, from, to)) return false;
  // "Pell Grant", "Rhodes Scholarship": an award named after someone; "Andrew F. Grant" starts with a given name.
  if (AWARD_WORDS.has(words[words.length - 1]?.key ?? '') && !lookUpWord(words[0]?.key ?? '').given) return false;
  // "Latin America", "Asia Pacific": a name that ends in a region or country no one carries names a place.
  if (isDomainPlace(words[words.length - 1])) return false;
  let unknown = 0;
  let places = 0;
  const given = startsWithGivenName(words);
  const familyFirst = isFamilyFirst(words);
  // "Vernelle Trim FitzPatrick": an everyday word between a given name and a surname is a middle name.
  const lastInfo = lookUpWord(words[words.length - 1]?.key ?? '');
  const middleNames = given && (lastInfo.surname || isUnknownWord(words[words.length - 1]?.key ?? ''));
  for (const [i, w] of words.entries()) {
    if (
      !isNameLike(
        w,
        i,
        given && i > 0,
        familyFirst,
        middleNames && i > 0 && i < words.length - 1,
        i > 0 && i === words.length - 1 && opensWithOnlyAGivenName(words),
      )
    )
      return false;
    const info = lookUpWord(w.key);
    if (info.place && !info.given && !info.surname) places += 1;
    if (!info.given && !info.surname && !info.place && !info.common && !info.plain) unknown += 1;
  }
  if (places === words.length) return false;
  const first = words[0];
  const last = words[words.length - 1];
  const before = tokens[from - 1];
  const after = tokens[to];
  const inner = tokens.slice(from, to);
  const hasInitial = inner.some((t, i) => isInitialAt(tokens, from + i) || (i === 0 && isDottedInitials(t)));
  const plainRun = !inner.some((t) => t.key === 'of' || t.key === 'for' || t.key === 'the' || t.key === 'and');
  return (
    (first !== undefined && lookUpWord(first.key).given) ||
    (last !== undefined && lookUpWord(last.key).surname) ||
    isFamilyFirst(words) ||
    hasInitial ||
    (before?.kind === 'word' && !before.upper && TITLE_WORDS.has(before.key)) ||
    (after?.kind === 'word' && SPEECH_VERBS.has(after.key)) ||
    (unknown === words.length && words.length <= 3 && plainRun) ||
    // "led by Elon Musk": an unlisted first name, capitalised in mid-sentence, then a surname.
    (unknown >= 1 &&
      plainRun &&
      words.length <= 3 &&
      first !== undefined &&
      isUnknownWord(first.key) &&
      !isSentenceStart(tokens, from) &&
      ctx.headline[from] !== 1)
  );
}

// Shapes inside a capitalised span: edges to trim, a name written twice, region adjectives, a person after an organisation, a place after "in".

/** True for the adjective or people-noun half of a region's name ("Asian", "Americans", "European"). */
function isRegionalAdjective(key: string): boolean {
  return lookUpWord(key).demonym || /(?:ian|ean|can|ese|ians|eans|cans)$/.test(key);
}

/** Trims connectors and punctuation from both ends of [from, to). */
export function trim(tokens: readonly Token[], from: number, to: number): [number, number] {
  const edge = (t: Token | undefined): boolean => !!t && (t.kind === 'punct' || (!t.upper && NAME_CONNECTORS.has(t.key)));
  while (from < to && (edge(tokens[from]) || tokens[from]?.key === 'the')) from += 1;
  while (to > from && edge(tokens[to - 1]) && tokens[to - 1]?.key !== '.') to -= 1;
  return [from, to];
}

/** Where a name written twice in a row splits ("Maura Healey Maura Healey" from a list that lost its line breaks). */
function splitRepeated(tokens: readonly Token[], from: number, to: number): number | undefined {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  if (words.length < 4 || words.length % 2 !== 0) return undefined;
  const half = words.length / 2;
  for (let i = 0; i < half; i++) if (words[i]?.key !== words[i + half]?.key) return undefined;
  return tokens.indexOf(words[half] as Token, from);
}

/** "War Cabinet Benny Gantz": where a person's name starts right after an organisation's head, or undefined. */
function splitAfterOrgHead(ctx: SpanContext, from: number, to: number): number | undefined {
  for (let k = from + 1; k < to - 2; k++) {
    const t = ctx.tokens[k];
    if (t?.kind === 'word' && ORG_HEADS.has(t.key) && isPersonName(ctx, k + 1, to)) return k + 1;
  }
  return undefined;
}

/** "wildfires in Maui", "met in Hiroshima": one word no list knows, right after a lowercase "in" or "near". */
function isPlaceAfterIn(ctx: SpanContext, from: number, to: number): boolean {
  const t = ctx.tokens[from];
  const before = ctx.tokens[from - 1];
  if (to - from !== 1 || !t || t.possessive || t.allCaps || ctx.headline[from] === 1) return false;
  if (LEGAL_CONTEXT.has(ctx.tokens[from - 2]?.key ?? '')) return false;
  // "in Justice40 communities": a word with digits is a programme's or a code's, not a town's.
  if (/\d/.test(t.core)) return false;
  return (before?.key === 'in' || before?.key === 'near') && !before.upper && isUnknownWord(t.key);
}

// "the decision in Dobbs": a case, not a place.
const LEGAL_CONTEXT = new Set(['decision', 'decisions', 'ruling', 'rulings', 'opinion', 'case', 'holding', 'dissent', 'majority', 'precedent']);

// Last words of documents and meetings named after a place ("Los Angeles Declaration", "Camp David Accords").
// Wider than PACT_WORDS (lexicon.ts), which ends only a pact between parties (for "/" names and a
// place before a pact); a summit, a plan or a forum named after its place is no pact.
const DOCUMENT_WORDS = new Set([
  'declaration',
  'summit',
  'agreement',
  'accord',
  'accords',
  'plan',
  'act',
  'initiative',
  'conference',
  'charter',
  'convention',
  'protocol',
  'process',
  'statement',
  'communique',
  'partnership',
  'dialogue',
  'forum',
  'treaty',
  'strategy',
  'framework',
  'program',
  'programme',
  'principles',
  'commitments',
  'talks',
  'format',
]);

/**
 * A place named with a lead word ("Fort Valley") or after a registered place and a place head
 * ("Mexico City", "Kuwait City"): the whole name is a place of its own.
 */
function isPlaceNamedAfter(ctx: SpanContext, from: number, to: number, words: readonly Token[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || words.length < 2 || words.length > 3 || DOCUMENT_WORDS.has(last.key)) return false;
  if (PLACE_LEADS.has(first.key) && ctx.covered[from] === -1 && words.slice(1).every((w) => !lookUpWord(w.key).function)) return true;
  if (!isPlaceHead(last.key) || ctx.covered[to - 1] !== -1) return false;
  for (let k = from; k < to - 1; k++) if (ctx.tokens[k]?.kind === 'word' && ctx.covered[k] === -1) return false;
  return true;
}

// Where the domain of a title ends: "Minister for Europe and Foreign Affairs" is a title, not a person named Europe.

/** True for words that belong to a title ("of", "Foreign", "Affairs", "Deputy") or punctuation. */
function isTitleFiller(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'punct' || NAME_CONNECTORS.has(t.key) || TITLE_DOMAIN_WORDS.has(t.key) || TITLE_WORDS.has(t.key) || isExcellency(t));
}

/** "H.E." (His or Her Excellency), written with its dots: an honorific, never the pronoun. */
function isExcellency(t: Token): boolean {
  return t.core === 'HE' && t.text.includes('.');
}

/**
 * Index where a name may start after a title's "for"/"of" domain that begins with a word outside
 * the title vocabulary ("for Europe and Foreign Affairs Catherine Colonna" → "Catherine"); `to`
 * when the rest is all domain ("Minister for Europe"); `from` when there is no such domain.
 */
function endOfTitleDomain(tokens: readonly Token[], covered: Int32Array, from: number, to: number): number {
  const key = tokens[from]?.key;
  if (key !== 'for' && key !== 'of' && key !== 'on') return from;
  let k = from + 1;
  if (tokens[k]?.key === 'the') k += 1;
  if (k >= to || isTitleFiller(tokens[k]) || covered[k] !== -1) return from;
  let last = -1;
  for (let m = k + 1; m < to; m++) if (isTitleFiller(tokens[m]) && covered[m] === -1) last = m;
  return last < 0 ? to : last + 1;
}

// Names in headlines, where every word is capitalised and only a title or a preposition shows where a name starts: "Statement from NSC Spokesperson Adrienne Watson Condemning …", "… Wildfires in Hawaii".

const MAX_NAME_WORDS = 4;

/** True for a capitalised headline word that can be part of a name: a given name, a surname or no dictionary word. */
function isHeadlineNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.upper || t.allCaps) return false;
  const k = t.key;
  if (TITLE_WORDS.has(k) || TITLE_DOMAIN_WORDS.has(k) || ORG_HEADS.has(k) || isMonth(k) || isWeekday(k)) return false;
  const info = lookUpWord(k);
  if (info.function || info.place || info.demonym) return false;
  return info.given || info.surname || (!info.common && !info.plain);
}

/** The end of a name starting at `from` (hyphenated parts kept: "Jean-Pierre"), or `from` when there is none. */
function nameEnd(ctx: SpanContext, from: number, titled = false): number {
  const { tokens } = ctx;
  let k = from;
  let words = 0;
  // "Jessica Reeves": after a name that is only a given name, a plural noun is a surname, as in running text.
  const pluralSurname = (at: number): boolean =>
    words === 1 && isPluralNoun(tokens[at]?.key ?? '') && opensWithOnlyAGivenName([tokens[at - 1], tokens[at]].filter((t): t is Token => t !== undefined));
  // "Ami Fields-Meyer, …": an everyday word hyphenated to a name word, right before the participant line's comma, is half of a double-barrelled surname.
  const barrelled = (at: number): boolean =>
    words >= 1 &&
    tokens[at]?.upper === true &&
    tokens[at + 1]?.key === '-' &&
    tokens[at + 1]?.start === tokens[at]?.end &&
    isHeadlineNameWord(tokens[at + 2]) &&
    (tokens[at + 3] === undefined || tokens[at + 3]?.key === ',' || tokens[at + 3]?.kind === 'break');
  // "Dr. Eric Butter, Chief of …", "Statement from Director Cecilia Rouse on …": an everyday word after a given name is the
  // surname where the name ends there, before a participant line's comma or, after a title, before a lowercase word or at
  // the end of its line ("Maryland Delegate Jennifer White").
  const everydaySurname = (at: number): boolean => {
    const word = tokens[at];
    const next = tokens[at + 1];
    const before = tokens[at - 1]?.key ?? '';
    const afterGiven = lookUpWord(before).given;
    if (words < 1 || word?.upper !== true || word.allCaps || TITLE_WORDS.has(word.key) || ORG_HEADS.has(word.key)) return false;
    // At a line's end only after a name that is only a given name, and no heading's event ("Readout of Secretary Austin Call").
    const endsLine = (!next || next.kind === 'break') && !lookUpWord(before).surname && !HEADING_EVENT_WORDS.has(word.key);
    const endsName = next?.key === ',' || (titled && words === 1 && afterGiven && (endsLine || (next?.kind === 'word' && !next.upper)));
    return endsName && (afterGiven || isUnknownWord(before));
  };
  while (
    words < MAX_NAME_WORDS &&
    ctx.headline[k] === 1 &&
    ctx.covered[k] === -1 &&
    (isHeadlineNameWord(tokens[k]) || pluralSurname(k) || barrelled(k) || everydaySurname(k))
  ) {
    words += 1;
    k += 1;
    if (tokens[k - 1]?.possessive) break;
    if (tokens[k]?.key === '-' && isHeadlineNameWord(tokens[k + 1])) k += 1;
    // A middle initial ("Brian A. Nichols") stands between a name's words.
    if (isInitialAt(tokens, k) && isHeadlineNameWord(tokens[k + 2])) k += 2;
  }
  return k;
}

/** Titled people in headline lines, as person parts; also a participant line's name before its post ("Ana Vell, Director of …"). */
export function findHeadlinePeople(ctx: SpanContext): NamePart[] {
  const { tokens, headline } = ctx;
  const parts: NamePart[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (headline[i] !== 1 || !t?.upper || ctx.covered[i] !== -1 || t.possessive) continue;
    if (!TITLE_WORDS.has(t.key)) {
      // A line that opens with a full name, a comma and a post lists a participant.
      const end = opensLine(tokens, i) ? nameEnd(ctx, i) : i;
      if (end >= i + 2 && (hasPostAfter(tokens, end) || hasAffiliationAfter(tokens, end))) {
        parts.push({ from: i, to: end, type: 'person', titled: true });
        i = end - 1;
      }
      continue;
    }
    // "Dr. Eric Butter": an abbreviated title ends in its full stop.
    const start = tokens[i + 1]?.key === '.' && tokens[i + 1]?.start === t.end ? i + 2 : i + 1;
    const end = nameEnd(ctx, start, true);
    if (end > start) {
      parts.push({ from: start, to: end, type: 'person', titled: true });
      i = end - 1;
    }
  }
  return parts;
}

/** True when token `i` opens a line or a list item. */
function opensLine(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || before.kind === 'break' || (ITEM_MARKERS.has(before.key) && (!tokens[i - 2] || tokens[i - 2]?.kind === 'break'));
}

/** Places the lexicon knows, named alone after a preposition in a headline line ("Wildfires in Hawaii"). */
export function findHeadlinePlaces(ctx: SpanContext): NamePart[] {
  const { tokens, headline } = ctx;
  const parts: NamePart[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (headline[i] !== 1 || ctx.covered[i] !== -1 || t?.kind !== 'word' || !t.upper || t.allCaps) continue;
    // "the Shooting in Allen, Texas": a town before its state, named in the headline alone.
    let end = i;
    while (end < i + 3 && headline[end] === 1 && tokens[end]?.kind === 'word' && tokens[end]?.upper && !tokens[end]?.allCaps) end += 1;
    if (isTownBeforeRegion(ctx, i, end)) {
      parts.push({ from: i, to: end, type: 'place', titled: false });
      i = end - 1;
      continue;
    }
    const listed = (tokens[i - 1]?.key === 'and' || tokens[i - 1]?.key === ',') && parts.at(-1)?.to === i - 1;
    if ((!PLACE_PREPOSITIONS.has(tokens[i - 1]?.key ?? '') && !listed) || isHeadlineNameWord(tokens[i + 1])) continue;
    const info = lookUpWord(t.key);
    if (info.place && !info.given && !info.surname && !info.common) parts.push({ from: i, to: i + 1, type: 'place', titled: false });
  }
  return parts;
}

/**
 * Where a headline's body name starting at `from` really starts when a tight hyphen joins it to the
 * word before: a name's own first part ("Inter-American Foundation", "El-Hibri Foundation", "Coca-Cola
 * Company") joins it; an everyday word or people's names ("First-Generation College Students",
 * "Biden-Harris Administration Agencies") make it no name at all (-1).
 */
function startOfHyphenatedName(tokens: readonly Token[], from: number): number {
  if (!isTightHyphen(tokens, from - 1)) return from;
  const first = tokens[from - 2];
  // Two surnames joined ("Biden-Harris") name people, not a body.
  const names = lookUpWord(tokens[from]?.key ?? '').surname;
  return first?.kind === 'word' && first.upper && !names && (isUnknownWord(first.key) || NAME_PARTICLES.has(first.key)) ? from - 2 : -1;
}

/** True for a capitalised, uncovered headline word that can stand inside an organisation's name. */
function isOrgWord(ctx: SpanContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !t.upper || ctx.headline[i] !== 1 || ctx.covered[i] !== -1) return false;
  const info = lookUpWord(t.key);
  return !info.function && !TITLE_WORDS.has(t.key) && !isMonth(t.key) && !isWeekday(t.key);
}

/**
 * Where a headline's body name runs on past "and" or "of" because the article's prose writes it
 * that far ("Alliance of Motion Picture and Television Producers", "Writers Guild of America"): a
 * name in title case cannot tell its own "and" from the headline's; `end` when the prose does not.
 */
function endAsWrittenInProse(ctx: SpanContext, start: number, end: number): number {
  const { tokens } = ctx;
  if (tokens[end]?.key !== 'and' && tokens[end]?.key !== 'of') return end;
  let more = end + 1;
  while (more < tokens.length && more - end <= 4 && ctx.headline[more] === 1 && tokens[more]?.kind === 'word' && tokens[more]?.upper) more += 1;
  for (let stop = more; stop > end + 1; stop--) {
    const keys = tokens.slice(start, stop).map((t) => t.key);
    for (let k = 0; k + keys.length <= tokens.length; k++) {
      if (ctx.headline[k] === 1 || tokens[k]?.key !== keys[0]) continue;
      // The prose writes the words past the cut in capitals too: "… and Nordland leaders" are no part of a name.
      const same = (j: number): boolean =>
        tokens[k + j]?.key === keys[j] && ctx.headline[k + j] !== 1 && (start + j < end || tokens[k + j]?.upper === tokens[start + j]?.upper);
      if (keys.every((_, j) => same(j))) return stop;
    }
  }
  return end;
}

/** An organisation's name ending at a head, or led by one ("American Cancer Society", "Alliance for Hippocratic Medicine"). */
export function findHeadlineOrganisations(ctx: SpanContext): NamePart[] {
  const { tokens } = ctx;
  const parts: NamePart[] = [];
  const orgWord = (k: number): boolean => isOrgWord(ctx, k);
  const accept = (rawFrom: number, rawTo: number) => {
    // "United States Court of Federal Claims Announcement": the heading's own word ends before the name does.
    const to = endBeforeHeadingWord(tokens, rawFrom, rawTo);
    const from = startOfHyphenatedName(tokens, rawFrom);
    if (from < 0) return;
    if (to - from < 2 || !isOrgName(tokens, from, to, ctx.covered) || isGenericOrg(ctx, from, to)) return;
    // "Ford Motor Company" read first as a participant's employer: its head reads the same name again.
    if (parts.some((p) => p.from === from && p.to === to)) return;
    // "Adamis Pharmaceuticals Corporation": a second head right after the first makes the name read at the first one longer.
    const shorter = parts.at(-1);
    if (shorter?.from === from && shorter.to === to - 1) parts.pop();
    parts.push({ from, to, type: 'organization', titled: false });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const company = ctx.headline[i] === 1 ? (listedNameBeforeLegalForm(ctx, i) ?? employerOnParticipantLine(ctx, i)) : undefined;
    // A roster line's employer is named on purpose, as a listed name is.
    const rosterEmployer = ctx.headline[i] === 1 && !company ? employerOnRosterLine(ctx, i) : undefined;
    if (rosterEmployer && !parts.some((p) => p.from < rosterEmployer[1] && rosterEmployer[0] < p.to)) {
      parts.push({ from: rosterEmployer[0], to: rosterEmployer[1], type: 'organization', titled: false, listed: true });
      i = Math.max(i, rosterEmployer[1] - 1);
      continue;
    }
    if (company && !parts.some((p) => p.from < company[1] && company[0] < p.to)) {
      parts.push({ from: company[0], to: company[1], type: 'organization', titled: false });
      i = Math.max(i, company[1] - 1);
      continue;
    }
    if (ctx.headline[i] !== 1 || !t?.upper || (!ORG_LEADS.has(t.key) && !ORG_HEADS.has(t.key)) || !isOrgWord(ctx, i)) continue;
    const link = tokens[i + 1]?.key;
    if (ORG_LEADS.has(t.key) && (link === 'for' || link === 'of' || link === 'on') && isOrgWord(ctx, i + 2)) {
      const start = startOfListedName(ctx, i, parts.at(-1)?.to ?? 0, orgWord);
      let end = i + 2;
      while (end < tokens.length && end - i < 7 && isOrgWord(ctx, end) && !tokens[end - 1]?.possessive) end += 1;
      // "Institute of Museum and Library Services" in a list line: "and" adds a field when a head closes the name.
      if (tokens[end]?.key === 'and') {
        let more = end + 1;
        while (more < tokens.length && more - i < 9 && isOrgWord(ctx, more)) more += 1;
        // "Center for Democracy and Technology" ending a participant's line: the item holds one body, so "and" adds a field.
        // … unless a person's given name opens what follows "and" ("…, Center for Harbours and Tom Orr").
        const endsItem = tokens[start - 1]?.key === ',' && (!tokens[more] || tokens[more]?.kind === 'break') && !lookUpWord(tokens[end + 1]?.key ?? '').given;
        if (
          more > end + 1 &&
          (ORG_HEADS.has(tokens[more - 1]?.key ?? '') ||
            (endsItem && more - end <= 3 && tokens.slice(end + 1, more).every((w, k) => ctx.covered[end + 1 + k] === -1 && !lookUpWord(w.key).org)))
        )
          end = more;
        else end = endAsWrittenInProse(ctx, start, end);
      }
      // "American Association of People with Disabilities" in a list line.
      const withField = endOfMembersWith(tokens, end);
      if (withField > end && ctx.headline[withField - 1] === 1 && ctx.covered[withField - 1] === -1) end = withField;
      // "Ann Vell, University of California, Los Angeles": the campus ending the line is part of the name.
      end = endOfCampus(tokens, start, end);
      accept(start, end);
      i = end - 1;
    } else if (ORG_HEADS.has(t.key)) {
      let start = i;
      while (start > 0 && i - start < 4 && isOrgWord(ctx, start - 1) && !tokens[start - 1]?.possessive) start -= 1;
      // A run back to the item's comma holds the whole name: a shorter name found inside it was a cut ("Brandeis University" of "Brandeis University Community Living Policy Center").
      const listed = startOfListedRun(ctx, start, 0, orgWord);
      if (listed < start) {
        while ((parts.at(-1)?.from ?? -1) >= listed) parts.pop();
        start = listed;
      }
      // "American Foundation for the Blind" in a list line: the field after "the" ends the name.
      const end = endOfFieldAfterThe(tokens, i + 1);
      // "United States District Court for the Eastern District of Louisiana" closing a heading line.
      const served = endOfHeadingRemitAcrossThe(ctx, i + 1);
      // "the Ukraine Donor Coordination Platform Steering Committee": a registered name opens the body's,
      // when what follows is a name of its own ("the United Nations Agencies for …" is no body of its own).
      const placed = i + 1 - start >= 2 ? startWithPlaceBefore(ctx, start) : start;
      // "the Senate Armed Services Committee": a name of generic words after the registered one stays cut, as before.
      const opening = placed < start && isGenericOrg(ctx, placed, i + 1) ? start : placed;
      if (served > i + 1) accept(startWithPlaceBefore(ctx, start), served);
      else if (end > i + 1 && ctx.headline[end - 1] === 1 && ctx.covered[end - 1] === -1) accept(opening, end);
      // "Writers Guild of America": the prose writes the head's "of" and what follows.
      else accept(opening, endAsWrittenInProse(ctx, start, i + 1));
    }
  }
  return parts;
}
