/** Registered names in text: the scan over the token trie and the context rules that decide whether a match counts (ambiguity, demonyms, home institutions, department lists). */
import type { CompiledAlias, TokenTrie, TrieNode } from './registry.ts';
import type { Token } from './tokenise.ts';
import type { AmbiguityRule, ArticleText } from './types.ts';
import { isMonth, isWeekday, lookUpWord, TITLE_DOMAIN_WORDS, TITLE_WORDS } from './lexicon.ts';
import { followsGivenNameAndInitial } from './surname-after-initial.ts';
import { followsAnotherGivenName } from './surname-of-another.ts';
import { opensLawName } from './person-in-law-name.ts';
import { isInsideLawName } from './body-inside-law-name.ts';
import { opensEventName } from './place-in-event-name.ts';
import { isDeniedDemonym } from './denied-demonym.ts';
import { isSentenceStart } from './name-spans.ts';

// Walks the tokens of a text through the token trie: longest registered name first, whole words only.

/** What the scanner needs from a registry. */
export interface NameMatcher {
  trie: TokenTrie;
  /** Entity id by alias entity index. */
  ids: readonly string[];
  /** Ambiguity rule by alias entity index. */
  rules: readonly (AmbiguityRule | undefined)[];
  /** Ambiguity rule by entity id. */
  rulesById: ReadonlyMap<string, AmbiguityRule>;
  /** True for keys of exact acronyms in the registry ("us", "rok"). */
  isAcronym: (key: string) => boolean;
  /** Place names and demonyms by their last key ("korea" → "South Korea", "North Korea", "Korea"). */
  placesByLastKey: ReadonlyMap<string, readonly PlaceName[]>;
  /** The country a registered place lies in or a national institution belongs to, by id ("washington-dc", "us-department-of-state" → "united-states"). */
  countryOf: ReadonlyMap<string, string>;
  /** Places that are no state's: seas, straits and regions of several states ("middle-east"). */
  stateless: ReadonlySet<string>;
  /** The country that leads copy naming no country (`Gazetteer.home`). */
  home?: string | undefined;
  /** True for the alias entity indices of people. */
  isPerson: (entity: number) => boolean;
}

/** One name of a place, as token keys. */
export interface PlaceName {
  id: string;
  keys: readonly string[];
}

/** Ids of the places whose full name (not only its last word: "Strip" is not "Gaza Strip") ends at token `end`. */
function placesEndingAt(matcher: NameMatcher, tokens: readonly Token[], end: number): string[] {
  const names = matcher.placesByLastKey.get(tokens[end]?.key ?? '');
  if (!names) return [];
  return names.filter((n) => n.keys.every((key, i) => tokens[end - n.keys.length + 1 + i]?.key === key)).map((n) => n.id);
}

/** One raw hit of the scanner. */
export interface RawMatch {
  alias: CompiledAlias;
  from: number;
  to: number;
  /** Other countries' institutions of the same name, accepted at the same words ("Democratic Party"): the home rule picks among them. */
  namesakes?: CompiledAlias[];
}

const UPPER_INITIAL = /^\p{Lu}/u;

/** True when the text tokens have the case the alias asks for. */
function casesMatch(alias: CompiledAlias, tokens: readonly Token[], from: number): boolean {
  if (alias.caseMode === 'any') return true;
  for (let k = 0; k < alias.pattern.length; k++) {
    const token = tokens[from + k];
    const want = alias.pattern[k];
    if (!token || want === undefined) return false;
    if (token.kind !== 'word') continue;
    if (alias.caseMode === 'exact') {
      if (token.core !== want) return false;
    } else if (!token.upper && UPPER_INITIAL.test(want)) return false;
  }
  return true;
}

/** True when the alias may stand at tokens [from, to) in this context. */
function accepts(matcher: NameMatcher, ctx: MatchContext, lookup: RuleLookup, alias: CompiledAlias, from: number, to: number): boolean {
  if (alias.wordLike && isShouted(ctx, from, matcher.isAcronym)) return false;
  if (alias.demonym && !modifiesStateActor(ctx.tokens, to)) return false;
  // "First Lady Jill Biden": a registered surname after another given name is another person's.
  if (alias.conditional && followsAnotherGivenName(ctx.tokens, from, ctx.headline)) return false;
  // "the Protection of Lawful Commerce in Arms Act": a department's everyday short form is a word of the law's name.
  if (alias.rule !== undefined && ctx.headline[from] !== 1 && isInsideLawName(ctx.tokens, from, to)) return false;
  // "the John Lewis Voting Rights Advancement Act" names a law, not the person.
  if (matcher.isPerson(alias.entity) && opensLawName(ctx.tokens, from, to)) return false;
  // "Lisa O. Monaco": a one-word place after a given name and an initial is a surname.
  if (to - from === 1 && followsGivenNameAndInitial(ctx.tokens, from) && lookup.placesEndingAt(from).includes(matcher.ids[alias.entity] ?? '')) return false;
  // "Vietnam War veteran": a place inside a war's or a pact's name is no tag.
  if (!alias.demonym && opensEventName(ctx.tokens, from, to, ctx.headline) && lookup.placesEndingAt(to - 1).includes(matcher.ids[alias.entity] ?? ''))
    return false;
  const rule = alias.rule ?? (alias.entity >= 0 ? matcher.rules[alias.entity] : undefined);
  if (rule === undefined) return true;
  if (!isRejectedByRule(rule, ctx, from, to, lookup)) return true;
  ctx.rejected.add(alias.entity);
  return false;
}

/** Finds registered names (and blocking phrases) in `ctx.tokens`, longest first, left to right. */
export function scanNames(matcher: NameMatcher, ctx: MatchContext): RawMatch[] {
  const { tokens } = ctx;
  const found: RawMatch[] = [];
  const rootNext = matcher.trie.root.next;
  if (!rootNext) return found;
  const lookup: RuleLookup = {
    isRegistered: (i) => rootNext.has(tokens[i]?.key ?? ''),
    placesEndingAt: (i) => placesEndingAt(matcher, tokens, i),
  };
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i];
    let node = start && start.kind === 'word' ? rootNext.get(start.key) : undefined;
    let best: RawMatch | undefined;
    let demonym: RawMatch | undefined;
    let j = i;
    while (node) {
      for (const alias of node.aliases ?? []) {
        if (alias.demonym && casesMatch(alias, tokens, i)) demonym = { alias, from: i, to: j + 1 };
        const longer = !best || j + 1 > best.to;
        const stronger = best !== undefined && j + 1 === best.to && alias.priority > best.alias.priority;
        const namesake = !longer && !stronger && best !== undefined && j + 1 === best.to && alias.home !== undefined && best.alias.home !== undefined;
        if ((longer || stronger || namesake) && casesMatch(alias, tokens, i) && accepts(matcher, ctx, lookup, alias, i, j + 1)) {
          if (namesake && best) best.namesakes = [...(best.namesakes ?? []), alias];
          else best = { alias, from: i, to: j + 1 };
        }
      }
      j += 1;
      const next = tokens[j];
      if (!next || next.kind === 'break' || !node.next) break;
      node = node.next.get(next.key);
    }
    // A demonym counts as evidence of the article's country even where it names no state ("American families"),
    // but not where it is denied ("non-Indian families" says nothing of India).
    if (demonym && ctx.demonyms && (!best || best.to <= demonym.to) && !isDeniedDemonym(tokens, i)) {
      ctx.demonyms.set(demonym.alias.entity, (ctx.demonyms.get(demonym.alias.entity) ?? 0) + 1);
    }
    if (best) {
      found.push(best);
      i = best.to;
    } else i += 1;
  }
  return found;
}

/** True when the word keys spell a registered name exactly (any alias, short forms of people aside). */
export function isRegisteredName(matcher: NameMatcher, keys: readonly string[]): boolean {
  return registeredIdOf(matcher, keys) !== undefined;
}

/** The id of the entity that exactly `keys` name unconditionally in the registry, if any. */
export function registeredIdOf(matcher: NameMatcher, keys: readonly string[]): string | undefined {
  let node = matcher.trie.root;
  for (const key of keys) {
    const next = node.next?.get(key);
    if (!next) return undefined;
    node = next;
  }
  const alias = node.aliases?.find((a) => a.entity >= 0 && !a.conditional);
  return alias ? matcher.ids[alias.entity] : undefined;
}

// Decides whether a registered name, in its context, means something else.

/** What the checks can see around a match. */
export interface MatchContext {
  tokens: readonly Token[];
  /** 1 for tokens in a title-cased or all-caps heading, where capitals say nothing. */
  headline: Uint8Array;
  /** Every word key in the article. */
  articleKeys: () => ReadonlySet<string>;
  /** Entity indices for which a rule rejected a mention in this article. */
  rejected: Set<number>;
  /** Demonyms seen, by entity index, whether or not they named the state ("American families" counts here). */
  demonyms?: Map<number, number>;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'coach', 'miss', 'mx']);
const SKIPPED_BEFORE = new Set([',', '-']);

/** The word before `from`, skipping one comma or hyphen ("Atlanta, Georgia", "D-Georgia"). */
function wordBefore(tokens: readonly Token[], from: number): Token | undefined {
  let prev = tokens[from - 1];
  if (prev?.kind === 'punct' && SKIPPED_BEFORE.has(prev.key)) prev = tokens[from - 2];
  return prev?.kind === 'word' ? prev : undefined;
}

/** True when the name reads as part of a person's name ("Chad Smith", "Michael Jordan"). */
function looksLikePersonName(ctx: MatchContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  const last = tokens[to - 1];
  const next = tokens[to];
  if (next?.kind === 'word' && next.upper && !last?.possessive) {
    const k = next.key;
    const info = lookUpWord(k);
    // In a title-cased line every word is capitalised: only a name-like next word counts there.
    const nameLike = ctx.headline[to] !== 1 || (!info.common && !info.plain && !info.function);
    if (nameLike && !TITLE_WORDS.has(k) && !TITLE_DOMAIN_WORDS.has(k) && !isMonth(k) && !isWeekday(k)) return true;
  }
  const prev = tokens[from - 1];
  if (prev?.kind === 'word' && prev.upper && ctx.headline[from - 1] !== 1) {
    const info = lookUpWord(prev.key);
    if (HONORIFICS.has(prev.key) || (info.given && !info.common && !info.place)) return true;
  }
  return false;
}

/** True when the article contains one of the words that settle the ambiguity for the entity. */
function hasClue(rule: AmbiguityRule, ctx: MatchContext): boolean {
  const keys = ctx.articleKeys();
  return (rule.unless ?? []).some((k) => keys.has(k));
}

/** True after "Town," ("Dalton, Georgia"): a capitalised word that is not itself a registered name, then a comma. */
function followsTownComma(ctx: MatchContext, from: number, isRegistered: (i: number) => boolean): boolean {
  const comma = ctx.tokens[from - 1];
  const town = ctx.tokens[from - 2];
  return comma?.key === ',' && town?.kind === 'word' && town.upper && !town.allCaps && !isRegistered(from - 2);
}

/** What the rules may ask the registry about the tokens around a match. */
export interface RuleLookup {
  /** True when a registered name starts at token i. */
  isRegistered: (i: number) => boolean;
  /** Ids of the places whose name or demonym ends at token i. */
  placesEndingAt: (i: number) => readonly string[];
}

const NO_LOOKUP: RuleLookup = { isRegistered: () => false, placesEndingAt: () => [] };

/** True when the word before `from` (an article "the" skipped) ends the name of a place other than `home`. */
function followsOtherPlace(ctx: MatchContext, from: number, home: string, lookup: RuleLookup): boolean {
  const prev = ctx.tokens[from - 1];
  if (prev?.kind !== 'word' || !prev.upper) return false;
  return lookup.placesEndingAt(from - 1).some((id) => id !== home);
}

/** True for a post's domain: "Secretary of (the) X", "X Secretary". */
function isInTitle(tokens: readonly Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (next?.kind === 'word' && (next.key === 'secretary' || next.key === 'secretaries' || next.key === 'secretary-designate')) return true;
  let k = from - 1;
  if (tokens[k]?.key === 'the') k -= 1;
  return tokens[k]?.key === 'of' && TITLE_WORDS.has(tokens[k - 1]?.key ?? '');
}

/** True inside a list of names ("Seoul, Washington and Tokyo"), where a comma separates places instead of nesting them. */
function isInList(tokens: readonly Token[], from: number, to: number): boolean {
  const next = tokens[to];
  const after = tokens[to + 1];
  if ((next?.key === 'and' || next?.key === 'or' || next?.key === ',') && after?.kind === 'word' && after.upper) return true;
  return tokens[from - 3]?.key === ',';
}

/**
 * True when the word at `k` is "for" and a lowercase word follows it: the link then opens no other
 * body's name ("shutting down Congress for three weeks", "sent to Congress for a vote"), as it does
 * before a capitalised one ("Congress for Democracy and Progress"). "Of" keeps its rule: "the Supreme
 * Court of the state of …" is that state's.
 */
function isLinkToLowercase(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]?.key === 'for' && next?.kind === 'word' && !next.upper;
}

/** True when `rule` says the match at tokens [from, to) is not the entity. */
function isRejectedByRule(rule: AmbiguityRule, ctx: MatchContext, from: number, to: number, lookup: RuleLookup = NO_LOOKUP): boolean {
  const afterTown = (rule.notAfterTownComma || rule.onlyAfterTownComma) && followsTownComma(ctx, from, lookup.isRegistered);
  if (rule.notAfterTownComma && afterTown && !hasClue(rule, ctx)) return true;
  if (rule.onlyAfterTownComma && (!afterTown || isInList(ctx.tokens, from, to))) return true;
  if (rule.notAfterPlaceOtherThan && followsOtherPlace(ctx, from, rule.notAfterPlaceOtherThan, lookup)) return true;
  if (rule.notInTitle && isInTitle(ctx.tokens, from, to)) return true;
  const before = wordBefore(ctx.tokens, from);
  if (rule.notAfter && before && rule.notAfter.includes(before.key)) return true;
  // A capital that only opens the sentence or sits in a headline says nothing ("But House Republicans …").
  const touching = ctx.tokens[from - 1];
  const capitalised = touching?.kind === 'word' && touching.upper && ctx.headline[from - 1] !== 1 && !isSentenceStart(ctx.tokens, from - 1);
  if (rule.notAfterCapitalisedExcept && capitalised && !rule.notAfterCapitalisedExcept.includes(touching.key)) return true;
  const beforeThe = before?.key === 'the' ? wordBefore(ctx.tokens, from - 1) : before;
  if (rule.notAfterWithThe && beforeThe && rule.notAfterWithThe.includes(beforeThe.key)) return true;
  const after = ctx.tokens[to];
  if (rule.notBefore && after && after.kind !== 'break' && rule.notBefore.includes(after.key) && !isLinkToLowercase(ctx.tokens, to)) return true;
  if (rule.runsOnOnlyInto && after?.kind === 'word' && after.upper && !rule.runsOnOnlyInto.includes(after.key)) return true;
  if (rule.personName && looksLikePersonName(ctx, from, to)) return true;
  if (rule.notInArticlesWith) {
    const keys = ctx.articleKeys();
    if (rule.notInArticlesWith.some((k) => keys.has(k)) && !hasClue(rule, ctx)) return true;
  }
  return false;
}

/** True when an all-caps word-like acronym ("US", "WHO") sits among other all-caps words ("JOIN US"). */
function isShouted(ctx: MatchContext, at: number, isAcronym: (key: string) => boolean): boolean {
  const { tokens } = ctx;
  const caps = (t: Token | undefined): boolean | undefined => {
    if (!t || t.kind === 'break') return undefined;
    if (t.kind !== 'word') return undefined;
    return t.allCaps && !isAcronym(t.key);
  };
  const prev = caps(tokens[at - 1]);
  const next = caps(tokens[at + 1]);
  if (prev === undefined && next === undefined) return false;
  return (prev ?? true) && (next ?? true);
}

// The demonym rule: "Russian troops", "the French government" and "Chinese officials" name the country; "(In French.)", "Palestinian Americans", "Spanish speakers" and "Russians" do not.

/** Nouns for a state, its people in office, its forces and its institutions. */
const STATE_ACTORS = new Set([
  'government',
  'governments',
  'administration',
  'authorities',
  'authority',
  'state',
  'regime',
  'officials',
  'official',
  'leader',
  'leaders',
  'leadership',
  'president',
  'presidency',
  'prime',
  'premier',
  'minister',
  'ministers',
  'ministry',
  'ministries',
  'chancellor',
  'king',
  'queen',
  'emir',
  'crown',
  'monarch',
  'emperor',
  'cabinet',
  'counterpart',
  'counterparts',
  'delegation',
  'embassy',
  'embassies',
  'consulate',
  'ambassador',
  'envoy',
  'diplomat',
  'diplomats',
  'negotiators',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'side',
  'parliament',
  'legislature',
  'lawmakers',
  'legislators',
  'congress',
  'senate',
  'court',
  'courts',
  'judiciary',
  'military',
  'army',
  'navy',
  'forces',
  'troops',
  'soldiers',
  'marines',
  'police',
  'guard',
  'guards',
  'intelligence',
  'coast',
  'warships',
  'jets',
  'aircraft',
  'missile',
  'missiles',
  'drones',
  'nuclear',
  'invasion',
  'aggression',
  'occupation',
  'attack',
  'attacks',
  'strikes',
  'war',
  'foreign',
  'defense',
  'defence',
  'interior',
  'security',
  'secretary',
  'general',
  'commander',
  'media',
  'agency',
  'central',
  'airstrikes',
  'shelling',
  'bombardment',
  'communist',
  'junta',
  'sanctions',
  'economy',
  'territory',
  'border',
  'sovereignty',
  'independence',
  'elections',
  'election',
  'constitution',
  'republic',
  'kingdom',
  'federation',
]);

/** Adjectives that may stand between the demonym and the actor ("Russian armed forces", "Chinese state media"). */
const MODIFIERS = new Set([
  'armed',
  'special',
  'senior',
  'top',
  'federal',
  'national',
  'regional',
  'local',
  'provincial',
  'naval',
  'air',
  'former',
  'new',
  'then',
  'acting',
  'deputy',
  'vice',
  'supreme',
  'military',
  'state',
  'occupying',
  'occupation',
  'full-scale',
  'brutal',
  'unprovoked',
  'illegal',
  'continued',
  'ongoing',
  'latest',
  'democratically',
  'elected',
  'transitional',
  'interim',
  'royal',
  'imperial',
  'high',
]);

/** Nouns after a demonym that make it a language, an ethnicity or a diaspora, never the state. */
const NOT_STATE = new Set([
  'american',
  'americans',
  'language',
  'languages',
  'speakers',
  'speaking',
  'translation',
  'version',
  'descent',
  'origin',
  'heritage',
  'community',
  'communities',
  'diaspora',
  'ancestry',
  'cuisine',
  'food',
  'restaurant',
  'restaurants',
  'students',
  'immigrants',
  'refugees',
  'migrants',
]);

// Sectors that are not the state ("Philippine labor leaders", "Korean business leaders"), read
// before the words after them so a title-cased headline ("… Philippine Labor Leaders") reads the
// same; but a sector's ministry or minister is the state ("Japanese Industry Minister").
const SECTORS = new Set(['labor', 'labour', 'business', 'workers', 'worker', 'youth', 'faith', 'union', 'unions', 'industry', 'companies', 'firms']);

// The offices that make a sector the state's own: "Labor Ministry", "Industry Minister"; "labor leaders" are not.
const SECTOR_OFFICES = new Set(['minister', 'ministers', 'ministry', 'ministries', 'department', 'secretary', 'agency', 'bureau']);

/** True when an office of the state follows the sector word at `k`, across capitalised words and "and" ("Youth and Sports Minister"). */
function sectorOfState(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 3; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') return false;
    if (SECTOR_OFFICES.has(t.key)) return true;
    if (t.key !== 'and' && !t.upper) return false;
  }
  return false;
}

/** True when the demonym ending at token `to` (exclusive) modifies a state actor. */
function modifiesStateActor(tokens: readonly Token[], to: number): boolean {
  const demonym = tokens[to - 1];
  if (demonym?.possessive) return false;
  let k = to;
  // "Russian-installed authorities", "Chinese-flagged vessels": a hyphenated modifier is one word here.
  if (tokens[k]?.key === '-' && tokens[k]?.start === demonym?.end) {
    const joined = tokens[k + 1];
    if (!joined || joined.kind !== 'word' || NOT_STATE.has(joined.key) || (SECTORS.has(joined.key) && !sectorOfState(tokens, k + 1))) return false;
    k += 2;
  }
  for (let seen = 0; seen < 5; seen++, k++) {
    const t = tokens[k];
    if (!t || (t.kind !== 'word' && t.key !== ',')) return false;
    if (t.key === ',' && tokens[k + 1]?.upper) continue;
    if (NOT_STATE.has(t.key)) return false;
    if (SECTORS.has(t.key)) return sectorOfState(tokens, k);
    // "Russian and Chinese officials": the actor follows the second demonym.
    if ((t.key === 'and' || t.key === 'or') && tokens[k + 1]?.upper) continue;
    if (STATE_ACTORS.has(t.key)) return true;
    // Capitalised words run on to the institution's head ("Canadian Space Agency").
    if (!MODIFIERS.has(t.key) && !t.upper) return false;
  }
  return false;
}

// National institutions in context: "the Supreme Court" is the United States' only where the United States leads the article.

/** What the home rule sees of an article besides its matches. */
export interface HomeEvidence {
  /** Demonyms seen per place id, state actor or not ("American families"). */
  demonyms: ReadonlyMap<string, number>;
  /** Place ids named in the headline. */
  inTitle: ReadonlySet<string>;
  /** First tokens of the names the speaker calls its own ("my National Security Council"): they are the home's (`isSpeakersOwnBody`). */
  own?: ReadonlySet<number>;
}

/**
 * Drops generic national names ("Supreme Court", "National Security Council") in articles where
 * another place is named more often than the institution's country and the headline does not
 * name that country: a Seoul story's "National Security Council" is South Korea's, and stays
 * untagged rather than tagged as the wrong one. Where the country that leads has an institution of
 * the same name, the name is that one's: a Seoul story's "Democratic Party" is South Korea's.
 */
export function keepHomeInstitutions(
  raw: RawMatch[],
  idOf: (m: RawMatch) => string,
  isPlace: (id: string) => boolean,
  gather: () => HomeEvidence,
  countryOf: ReadonlyMap<string, string> = new Map(),
  unnamedHome?: string,
  stateless: ReadonlySet<string> = new Set(),
): RawMatch[] {
  if (!raw.some((m) => m.alias.home !== undefined)) return raw;
  const evidence = gather();
  const counts = new Map<string, number>(evidence.demonyms);
  for (const m of raw) {
    // "the District of Columbia" in nominees' biographies is the United States at home, not another country leading.
    const id = countryOf.get(idOf(m)) ?? idOf(m);
    // "the Middle East", "the Indo-Pacific": a region of several states leads no state's institutions.
    if (isPlace(idOf(m)) && !m.alias.demonym && !stateless.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    // "USAID", "the U.S. Department of Commerce": an institution named by a name its country's home rule does not hold back shows where the copy is at home.
    else if (!isPlace(idOf(m)) && countryOf.has(idOf(m)) && m.alias.home === undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const top = Math.max(0, ...counts.values());
  // Copy that names no country is at home in the gazetteer's country ("the Senate"), not in every country ("Churchill's War Cabinet").
  const leads = (home: string) => evidence.inTitle.has(home) || (top > 0 ? (counts.get(home) ?? 0) >= top : home === unnamedHome);
  // Where two countries' institutions share the name and both lead, the headline's country, then the one named more, has it.
  const titled = (a: CompiledAlias): number => Number(a.home !== undefined && evidence.inTitle.has(a.home));
  const named = (a: CompiledAlias): number => (a.home === undefined ? 0 : (counts.get(a.home) ?? 0));
  const order = (a: CompiledAlias, b: CompiledAlias): number => titled(b) - titled(a) || named(b) - named(a);
  return raw.flatMap((m) => {
    if (m.alias.home === undefined) return [m];
    const home = evidence.own?.has(m.from) ? [m.alias, ...(m.namesakes ?? [])].find((a) => a.home === unnamedHome) : undefined;
    if (home) return [{ from: m.from, to: m.to, alias: home }];
    const [best, next] = [m.alias, ...(m.namesakes ?? [])].filter((a) => a.home !== undefined && leads(a.home)).sort(order);
    // Two countries that lead alike: the name stays untagged rather than tagged as the wrong one's.
    if (!best || (next && order(best, next) === 0)) return [];
    return [{ from: m.from, to: m.to, alias: best }];
  });
}

// Lists of departments under one head noun: "the Departments of State, Treasury, and Commerce" and "the State and Defense Departments" name three and two registered departments.

const HEADS = new Set(['departments', 'ministries']);
const SINGULAR: Readonly<Record<string, string>> = { departments: 'department', ministries: 'ministry' };

/** The longest registered alias reached by walking `tokens` from `start` below `node`. */
function walk(node: TrieNode | undefined, tokens: readonly Token[], start: number): { alias: CompiledAlias; to: number } | undefined {
  let best: { alias: CompiledAlias; to: number } | undefined;
  let k = start;
  while (node) {
    const alias = node.aliases?.find((a) => a.entity >= 0 && !a.demonym && !a.conditional);
    if (alias && k > start) best = { alias, to: k };
    const t = tokens[k];
    if (!t || t.kind === 'break' || !node.next) break;
    node = node.next.get(t.key);
    k += 1;
  }
  return best;
}

/** Index after a list separator (",", "and", ", and", "&") at `k`, or -1. */
function skipSeparator(tokens: readonly Token[], k: number): number {
  let at = k;
  if (tokens[at]?.key === ',') at += 1;
  if (tokens[at]?.key === 'and' || tokens[at]?.key === '&') at += 1;
  return at > k ? at : -1;
}

/** "Departments of A, B and C": one match per listed department, the heading joined to the first. */
function listAfterHead(trie: TokenTrie, tokens: readonly Token[], head: number): RawMatch[] {
  const singular = SINGULAR[tokens[head]?.key ?? ''] ?? '';
  const base = trie.root.next?.get(singular)?.next?.get('of');
  const found: RawMatch[] = [];
  let k = head + 2;
  for (;;) {
    const start = tokens[k]?.key === 'the' ? k + 1 : k;
    if (!tokens[start]?.upper) break;
    const hit = walk(base, tokens, k) ?? walk(base, tokens, start);
    if (!hit) break;
    found.push({ alias: hit.alias, from: found.length === 0 ? head : k, to: hit.to });
    const next = skipSeparator(tokens, hit.to);
    if (next < 0) break;
    k = next;
  }
  return found;
}

/** "the State and Defense Departments": one match per department named before the plural head. */
function listBeforeHead(trie: TokenTrie, tokens: readonly Token[], head: number): RawMatch[] {
  const singular = SINGULAR[tokens[head]?.key ?? ''] ?? '';
  const found: RawMatch[] = [];
  let end = head;
  for (;;) {
    let hit: RawMatch | undefined;
    for (let from = end - 1; from >= Math.max(0, end - 4) && !hit; from--) {
      if (tokens[from]?.kind !== 'word' || !tokens[from]?.upper) continue;
      const keys = [...tokens.slice(from, end).map((t) => t.key), singular];
      let node: TrieNode | undefined = trie.root;
      for (const key of keys) node = node?.next?.get(key);
      const alias = node?.aliases?.find((a) => a.entity >= 0);
      if (alias) hit = { alias, from, to: end };
    }
    if (!hit) break;
    found.unshift(hit);
    let k = hit.from - 1;
    if (tokens[k]?.key === 'and' || tokens[k]?.key === '&') k -= 1;
    else if (tokens[k]?.key !== ',') break;
    if (tokens[k]?.key === ',') k -= 1;
    end = k + 1;
  }
  if (found.length < 2) return [];
  const last = found[found.length - 1];
  if (last) last.to = head + 1;
  return found;
}

/** Every department named in a list under a plural head, in text order. */
function findDepartmentLists(trie: TokenTrie, tokens: readonly Token[]): RawMatch[] {
  const found: RawMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !t.upper || !HEADS.has(t.key)) continue;
    if (tokens[i + 1]?.key === 'of') found.push(...listAfterHead(trie, tokens, i));
    else found.push(...listBeforeHead(trie, tokens, i));
  }
  return found;
}

const LIST_HEADS = /Departments|Ministries/;

/** Scanner matches with the departments of lists ("the Departments of State and Defense") in place of what they overlap. */
export function withDepartmentLists(scanned: RawMatch[], trie: TokenTrie, tokens: readonly Token[], article: ArticleText): RawMatch[] {
  // Most articles list no departments: a plain text search spares them the token walk.
  if (![article.title, article.summary ?? '', article.body].some((text) => LIST_HEADS.test(text))) return scanned;
  const listed = findDepartmentLists(trie, tokens);
  if (listed.length === 0) return scanned;
  const overlaps = (m: RawMatch) => listed.some((l) => m.from < l.to && l.from < m.to);
  return [...scanned.filter((m) => !overlaps(m)), ...listed].sort((a, b) => a.from - b.from);
}
