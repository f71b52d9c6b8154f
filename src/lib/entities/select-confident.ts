/** The cross-article rule: which unregistered names become entities, and how their mentions pool across articles. */
import type { Entity } from '../types.ts';
import { slugify } from '../slugify.ts';
import { givenNamesAgree, isOnlyAGivenName, nameWords, personNameKey, type PersonNameKey } from './person-names.ts';
import { patronymicNameKey } from './patronymic-names.ts';
import type { Pool } from './name-pool.ts';
import { dominantFullName, isSurnameAlone } from './surname-alone.ts';
import { joinOrdinalEditions } from './ordinal-editions.ts';
import { splitListedBodies } from './listed-bodies.ts';
import { isWrittenInSentenceCase } from './sentence-case-phrase.ts';
import { joinAcronyms } from './join-acronyms.ts';
import { joinNameVariants } from './join-name-variants.ts';
import { joinOrganisationTails } from './join-org-tails.ts';
import { joinUnitNames } from './join-unit-names.ts';
import { readPeopleInOtherNames } from './people-in-other-names.ts';
import { readPeopleWrittenAsOthers } from './people-written-as-others.ts';
import { isCodeWord } from './group-codes.ts';
import { isInstitutionByHead } from './institution-by-head.ts';
import { CAPITAL_NAMES } from './gazetteer/countries.ts';
import { KIND_OTHER_NUMBER_USES } from './kinds-in-other-number.ts';
import { tokeniseWithOffsets } from './tokenise.ts';
import type { CandidateType, UnregisteredCandidate } from './types.ts';

// The cross-article rule that turns unregistered names into entity tags.

/** The unregistered names found in one article. */
export interface ArticleCandidates {
  articleId: string;
  candidates: readonly UnregisteredCandidate[];
}

/** An unregistered entity confident enough to tag. */
export interface ConfidentEntity {
  id: string;
  name: string;
  type: CandidateType;
  /** Mentions over all articles. */
  count: number;
  /** Ids of the articles that name it, in input order. */
  articles: string[];
  /** Other forms seen ("Blinken", "KCNA"). */
  variants: string[];
}

/** Thresholds of the rule; the defaults are the site's editorial rule. */
export interface ConfidenceRule {
  /** Mentions in one article that make it confident there (default 2). */
  minCount?: number;
  /** Articles that make it confident everywhere (default 2). */
  minArticles?: number;
  /** How often the archive writes each candidate name all in lowercase (`countCandidateLowercaseUses`); none when absent. */
  lowercaseUses?: ReadonlyMap<string, number>;
  /** How often the archive writes each organisation's name with its last word in the other number (`countCandidateOtherNumberUses`); none when absent. */
  otherNumberUses?: ReadonlyMap<string, number>;
}

/**
 * A name the archive writes in lowercase at least twice and at least as often as capitalised
 * ("Mental Health", "Makes Historic Investments" from title-cased headlines) is an everyday phrase.
 */
function isEverydayPhrase(name: string, named: number, lowercaseUses: ReadonlyMap<string, number>): boolean {
  const lower = lowercaseUses.get(name) ?? 0;
  return lower >= 2 && lower >= named;
}

/** Surname and given name of a person candidate's name. */
function keyOf(name: string): PersonNameKey | undefined {
  const tokens = tokeniseWithOffsets(name);
  return patronymicNameKey(tokens) ?? personNameKey(nameWords(tokens));
}

/**
 * True for a person's full name that opens with a word that is only a given name ("Gareth
 * Southgate", "Céline Dion"): copy writes a name in full to name someone on purpose, even once.
 * Unlike `opensWithOnlyAGivenName` (classify-names.ts), a given name that is also a plain word counts
 * ("Jimmy Kimmel"): the words are already read as a person's, so the verb "jimmy" is no risk here.
 */
function isGivenFullName(c: UnregisteredCandidate): boolean {
  if (c.type !== 'person') return false;
  const words = nameWords(tokeniseWithOffsets(c.name));
  return words.length >= 2 && isOnlyAGivenName(words[0]);
}

/** True for a place found in the copy that is a country's capital ("Doha", "Damascus"): where talks or attacks happen, worth a tag even named once. */
function isCapital(c: UnregisteredCandidate): boolean {
  return c.type === 'place' && CAPITAL_NAMES.has(c.name);
}

/** Applies "confident when in the title or summary, named at least twice in an article, introduced, a given name and a surname, a capital, an institution by its head, or in at least two articles". */
export function selectConfidentEntities(perArticle: readonly ArticleCandidates[], rule: ConfidenceRule = {}): ConfidentEntity[] {
  const minCount = rule.minCount ?? 2;
  const minArticles = rule.minArticles ?? 2;
  const pools = new Map<string, Pool>();
  const bySurname = new Map<string, Pool[]>();
  const keys = new Map<string, PersonNameKey | undefined>();
  const keyFor = (name: string): PersonNameKey | undefined => {
    if (!keys.has(name)) keys.set(name, keyOf(name));
    return keys.get(name);
  };
  const poolFor = (c: UnregisteredCandidate): Pool => {
    const id = `${c.type}:${c.id}`;
    let pool = pools.get(id);
    const key = c.type === 'person' ? keyFor(c.name) : undefined;
    if (!pool && key) {
      const same = bySurname.get(key.surname) ?? [];
      if (key.given !== '') pool = same.find((p) => p.person && givenNamesAgree(p.person.given, key.given));
      else pool = dominantFullName(same);
    }
    if (!pool) {
      pool = {
        entity: { id: c.id, name: c.name, type: c.type, count: 0, articles: [], variants: [] },
        confident: false,
        forms: new Map(),
        seen: new Set(),
        person: key,
        introduced: false,
        styled: new Set(),
        bodyPlaces: 0,
        placeSpots: 0,
        memberSpots: 0,
      };
      if (key) bySurname.set(key.surname, [...(bySurname.get(key.surname) ?? []), pool]);
    }
    pools.set(id, pool);
    return pool;
  };
  // Full names first, so one-word surnames can join them (the sort is stable).
  const ordered = perArticle
    .flatMap((a) => a.candidates.map((c) => ({ articleId: a.articleId, c })))
    .sort((x, y) => Number(y.c.name.includes(' ')) - Number(x.c.name.includes(' ')));
  for (const { articleId, c } of ordered) {
    const pool = poolFor(c);
    const e = pool.entity;
    e.count += c.count;
    if (!pool.seen.has(articleId)) {
      pool.seen.add(articleId);
      e.articles.push(articleId);
    }
    for (const v of c.variants) if (!e.variants.includes(v)) e.variants.push(v);
    pool.forms.set(c.name, (pool.forms.get(c.name) ?? 0) + c.count);
    pool.confident ||= c.inTitle || c.inSummary || c.count >= minCount || c.introduced || isGivenFullName(c) || isCapital(c) || isInstitutionByHead(c);
    pool.introduced ||= c.introduced;
    pool.bodyPlaces += c.bodyPlaces;
    pool.placeSpots += c.placeSpots;
    pool.memberSpots += c.memberSpots;
    if (c.styledAlone) pool.styled.add(articleId);
  }
  joinAcronyms(pools);
  joinOrdinalEditions(pools);
  splitListedBodies(pools);
  joinNameVariants(pools);
  joinUnitNames(pools);
  // Tagged: confident by its own evidence, or named in enough articles.
  const isTagged = (p: Pool): boolean => p.confident || p.entity.articles.length >= minArticles;
  const cutOrgs = joinOrganisationTails(pools, isTagged);
  const partsOfNames = readPeopleInOtherNames(pools);
  readPeopleWrittenAsOthers(pools);
  const order = new Map(perArticle.map((a, i) => [a.articleId, i]));
  const lowercase = rule.lowercaseUses ?? new Map<string, number>();
  const confident = [...new Set(pools.values())]
    .filter((p) => isTagged(p) && !isSurnameAlone(p, bySurname) && !partsOfNames.has(p) && !cutOrgs.has(p))
    // A code the archive never writes before its members' word ("FY24", "CO2") names no group.
    .filter((p) => !isCodeWord(p.entity.name) || p.memberSpots > 0)
    .map((p) => ({ p, e: finish(p, order) }))
    .filter(({ p, e }) => !isEverydayPhrase(e.name, p.forms.get(e.name) ?? 0, lowercase))
    // "Tribally Sponsored Clean Energy", also written "Tribally sponsored clean energy": a phrase, no body.
    .filter(({ e }) => e.type !== 'organization' || !isWrittenInSentenceCase(e.name, e.variants))
    // "Disaster Recovery Center", also written "Disaster Recovery Centers": a kind of thing, no one body.
    .filter(({ e }) => e.type !== 'organization' || (rule.otherNumberUses?.get(e.name) ?? 0) < KIND_OTHER_NUMBER_USES)
    .map(({ e }) => e)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return withUniqueIds(confident);
}

/** Picks the name (most used of the fullest forms), its id, and sorts the article list. */
function finish(pool: Pool, order: ReadonlyMap<string, number>): ConfidentEntity {
  const words = (s: string): number => s.split(/\s+/).length;
  const forms = [...pool.forms.entries()];
  const most = Math.max(...forms.map(([f]) => Math.min(words(f), 2)));
  const [name] = forms.filter(([f]) => Math.min(words(f), 2) === most).sort((a, b) => b[1] - a[1])[0] ?? [pool.entity.name];
  const e = pool.entity;
  e.name = name;
  e.id = slugify(name);
  e.variants = [...new Set([...forms.map(([f]) => f), ...e.variants])].filter((v) => v !== name);
  e.articles.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return e;
}

/** Confident unregistered names as plain entities, for the index and entity pages. */
export function toEntities(confident: readonly ConfidentEntity[]): Entity[] {
  return confident.map((c) => ({ id: c.id, name: c.name, type: c.type, aliases: c.variants.filter((v) => v !== c.name) }));
}

/** Two entities never share an id: the later one of another type takes its type as a suffix ("shahid-organization"). */
function withUniqueIds(entities: ConfidentEntity[]): ConfidentEntity[] {
  const taken = new Set<string>();
  for (const e of entities) {
    if (taken.has(e.id)) e.id = `${e.id}-${e.type}`;
    for (let n = 2; taken.has(e.id); n++) e.id = `${e.id.replace(/-\d+$/, '')}-${n}`;
    taken.add(e.id);
  }
  return entities;
}
