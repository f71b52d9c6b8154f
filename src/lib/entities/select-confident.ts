/** The cross-article rule: which unregistered names become entities, and how their mentions pool across articles. */
import type { Entity } from '../types.ts';
import { slugify } from '../slugify.ts';
import { givenNamesAgree, nameWords, personNameKey, type PersonNameKey } from './person-names.ts';
import { indexNamesByWord, readNameInOthers } from './name-owners.ts';
import { patronymicNameKey } from './patronymic-names.ts';
import { endsWithName, isDescriptiveTail } from './org-tails.ts';
import { areSpellingsOfOneName, isCutBeforeParticle, spellingKeys, wordsOfName } from './name-variants.ts';
import { MIN_STYLED_ARTICLES } from './styled-alone.ts';
import { lookUpWord } from './lexicon.ts';
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

/** Applies "confident when in the title or summary, or named at least twice in an article, or in at least two articles". */
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
    pool.confident ||= c.inTitle || c.inSummary || c.count >= minCount || c.introduced;
    pool.introduced ||= c.introduced;
    pool.bodyPlaces += c.bodyPlaces;
    if (c.styledAlone) pool.styled.add(articleId);
  }
  joinAcronyms(pools);
  joinNameVariants(pools);
  const cutOrgs = joinOrganisationTails(pools, (p) => p.confident || p.entity.articles.length >= minArticles);
  const partsOfNames = readPeopleInOtherNames(pools);
  readBodiesWrittenAsPeople(pools);
  const order = new Map(perArticle.map((a, i) => [a.articleId, i]));
  const lowercase = rule.lowercaseUses ?? new Map<string, number>();
  const confident = [...new Set(pools.values())]
    .filter((p) => (p.confident || p.entity.articles.length >= minArticles) && !isSurnameAlone(p, bySurname) && !partsOfNames.has(p) && !cutOrgs.has(p))
    .map((p) => ({ p, e: finish(p, order) }))
    .filter(({ p, e }) => !isEverydayPhrase(e.name, p.forms.get(e.name) ?? 0, lowercase))
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

// How the cross-article rule merges pools of one entity's mentions: surnames, acronyms, and ids that must not collide.

/** The mentions of one entity gathered across articles. */
export interface Pool {
  entity: ConfidentEntity;
  confident: boolean;
  forms: Map<string, number>;
  seen: Set<string>;
  /** For people: surname and given name of the first full form. */
  person: PersonNameKey | undefined;
  /** For people: named after a title or before a speech verb somewhere. */
  introduced: boolean;
  /** For people: articles that name them by one word after a one-holder title or a style (`isStyledAlone`). */
  styled: Set<string>;
  /** For people: places where the archive writes them where only a body goes (`isWrittenAsBody`). */
  bodyPlaces: number;
}

/**
 * A "person" the archive never introduces (no title, no speech verb, no style) but writes where only
 * a body goes ("a member of Phi Beta Kappa") is that body; one whose first word is a given name
 * ("Freddie Mac") needs two such places, as one list may hold people and bodies together.
 */
function readBodiesWrittenAsPeople(pools: ReadonlyMap<string, Pool>): void {
  for (const pool of new Set(pools.values())) {
    const e = pool.entity;
    if (e.type !== 'person' || pool.bodyPlaces === 0 || pool.introduced || pool.styled.size > 0) continue;
    const given = lookUpWord(wordsOfName(e.name)[0] ?? '').given;
    if (pool.bodyPlaces >= (given ? 2 : 1)) e.type = 'organization';
  }
}

/**
 * A person known only by one word across the archive ("Senator Tuberville"): no full name to join,
 * so no tag; an editor would not file a page under a bare surname. A name styled by a one-holder
 * title or a style in several articles ("President Eisenhower", "Lady Gaga") is that person all the
 * same, unless two people of the archive carry that surname ("President Clinton" beside Bill and
 * Hillary Clinton): it could be either, and it joined neither.
 */
function isSurnameAlone(pool: Pool, bySurname: ReadonlyMap<string, readonly Pool[]>): boolean {
  if (pool.entity.type !== 'person' || ![...pool.forms.keys()].every((form) => !/\s/u.test(form.trim()))) return false;
  const namesakes = (bySurname.get(pool.person?.surname ?? '') ?? []).filter((p) => p !== pool && p.person?.given);
  return pool.styled.size < MIN_STYLED_ARTICLES || namesakes.length >= 2;
}

/** Adds `pool`'s mentions to `target`; with `shortForms`, its names only become variants, never the name shown. */
function mergeInto(target: Pool, pool: Pool, shortForms = false): void {
  target.entity.count += pool.entity.count;
  for (const a of pool.entity.articles) {
    if (target.seen.has(a)) continue;
    target.seen.add(a);
    target.entity.articles.push(a);
  }
  if (shortForms) for (const form of pool.forms.keys()) target.entity.variants.push(form);
  else for (const [form, n] of pool.forms) target.forms.set(form, (target.forms.get(form) ?? 0) + n);
  target.confident ||= pool.confident;
}

/**
 * The full name a surname alone joins across the site: the only one that carries it, or the one
 * named at least twice as often as any other ("Netanyahu" → "Benjamin Netanyahu", not "Sara Netanyahu").
 */
function dominantFullName(same: readonly Pool[]): Pool | undefined {
  const full = same.filter((p) => p.person && p.person.given !== '').sort((a, b) => b.entity.count - a.entity.count);
  const [first, second] = full;
  if (!first) return undefined;
  return !second || first.entity.count >= 2 * second.entity.count ? first : undefined;
}

/** An organisation's acronym named on its own elsewhere ("DEA") joins the organisation whose acronym it is. */
function joinAcronyms(pools: Map<string, Pool>): void {
  const owners = new Map<string, Pool[]>();
  for (const pool of new Set(pools.values())) {
    if (pool.entity.type !== 'organization') continue;
    for (const v of pool.entity.variants) if (/^[A-Z][A-Z&]{1,9}$/.test(v)) owners.set(v, [...(owners.get(v) ?? []), pool]);
  }
  for (const [key, pool] of pools) {
    const owner = owners.get(pool.entity.name);
    if (pool.entity.type !== 'organization' || owner?.length !== 1 || !owner[0] || owner[0] === pool) continue;
    mergeInto(owner[0], pool);
    pools.set(key, owner[0]);
  }
}

/** The pool that stands first when two pools of one person meet: more mentions, then more articles, then the name that sorts first. */
function isLarger(a: Pool, b: Pool): boolean {
  const x = a.entity;
  const y = b.entity;
  return x.count !== y.count ? x.count > y.count : x.articles.length !== y.articles.length ? x.articles.length > y.articles.length : x.name < y.name;
}

/**
 * One person under two names joins into one pool: two spellings of a long name one letter apart
 * ("Tahnoun"/"Tahnoon bin Zayed Al Nahyan"), the smaller into the larger, and a name cut before the
 * particle of its surname into the one full name it begins ("Mohammed Shia" → "Mohammed Shia
 * al-Sudani"), as a short form only (`name-variants.ts`).
 */
function joinNameVariants(pools: Map<string, Pool>): void {
  const people = [...new Set(pools.values())].filter((p) => p.entity.type === 'person');
  const into = new Map<Pool, { target: Pool; shortForm: boolean }>();
  const bySpelling = new Map<string, { pool: Pool; words: string[] }[]>();
  const byCut = new Map<string, Set<Pool>>();
  for (const pool of people) {
    for (const form of pool.forms.keys()) {
      const words = wordsOfName(form);
      for (const key of spellingKeys(words)) bySpelling.set(key, [...(bySpelling.get(key) ?? []), { pool, words }]);
      for (let n = 2; n < words.length; n++) {
        if (!isCutBeforeParticle(words.slice(0, n), words)) continue;
        const key = words.slice(0, n).join(' ');
        byCut.set(key, (byCut.get(key) ?? new Set()).add(pool));
      }
    }
  }
  for (const list of bySpelling.values()) {
    for (const [i, a] of list.entries()) {
      for (const b of list.slice(i + 1)) {
        if (a.pool === b.pool || !areSpellingsOfOneName(a.words, b.words)) continue;
        const [small, large] = isLarger(a.pool, b.pool) ? [b.pool, a.pool] : [a.pool, b.pool];
        if (!into.has(small) && into.get(large)?.target !== small) into.set(small, { target: large, shortForm: false });
      }
    }
  }
  for (const pool of people) {
    const owners = [...(byCut.get(wordsOfName(pool.entity.name).join(' ')) ?? [])].filter((p) => p !== pool);
    if (into.has(pool) || owners.length !== 1 || !owners[0]) continue;
    into.set(pool, { target: owners[0], shortForm: true });
  }
  const rootOf = (pool: Pool): Pool => {
    let at = pool;
    for (let step = 0; step < into.size && into.has(at); step++) at = into.get(at)?.target ?? at;
    return at;
  };
  for (const [pool, { shortForm }] of into) {
    const target = rootOf(pool);
    if (target !== pool) mergeInto(target, pool, shortForm);
  }
  for (const [key, pool] of pools) if (into.has(pool)) pools.set(key, rootOf(pool));
}

/**
 * An organisation named by a field and a head only ("Cancer Institute") joins the one longer
 * organisation of the archive whose name ends in it ("National Cancer Institute"), as a short form;
 * when several do ("Law Center"), it could be any of them and is dropped (returned). Only when the
 * longer names are tagged (`isTagged`) and used in more articles: otherwise the short one is a
 * name of its own ("Job Corps" beside its centres named once each).
 */
function joinOrganisationTails(pools: Map<string, Pool>, isTagged: (pool: Pool) => boolean): Set<Pool> {
  const orgs = [...new Set(pools.values())].filter((p) => p.entity.type === 'organization');
  const byLast = new Map<string, { pool: Pool; words: string[] }[]>();
  for (const pool of orgs) {
    const words = wordsOfName(pool.entity.name);
    const last = words[words.length - 1] ?? '';
    byLast.set(last, [...(byLast.get(last) ?? []), { pool, words }]);
  }
  const cut = new Set<Pool>();
  const into = new Map<Pool, Pool>();
  for (const pool of orgs) {
    const words = wordsOfName(pool.entity.name);
    if (!isDescriptiveTail(words)) continue;
    const ending = (byLast.get(words[1] ?? '') ?? []).filter((o) => o.pool !== pool && isTagged(o.pool) && endsWithName(o.words, words));
    // "MAGA House Freedom Caucus" is "House Freedom Caucus" again: only the shortest longer names count.
    const longer = ending.filter((o) => !ending.some((q) => q !== o && endsWithName(o.words, q.words)));
    // A short name the archive uses as often as its longer names is a name of its own ("Anti-Defamation League").
    const uses = longer.reduce((n, o) => n + o.pool.entity.articles.length, 0);
    if (longer.length === 0 || uses <= pool.entity.articles.length) continue;
    if (longer.length === 1 && longer[0]) into.set(pool, longer[0].pool);
    else cut.add(pool);
  }
  for (const [pool, target] of into) mergeInto(target, pool, true);
  for (const [key, pool] of pools) {
    const target = into.get(pool);
    if (target) pools.set(key, target);
  }
  return cut;
}

/**
 * A "person" never styled, that the archive also writes as a place's or organisation's name joins
 * it ("Ann Arbor" the place, "Eli Lilly" the company); one never introduced either (no title, no
 * "said") also joins the one name it opens ("Avi Kwa Ame National Monument", "Eli Lilly and
 * Company"), and is no one when it is only the field of another name ("Coalition of Kaiser
 * Permanente Unions"). Returns the pools to drop. People a place or a body is named after are
 * introduced somewhere.
 */
function readPeopleInOtherNames(pools: Map<string, Pool>): Set<Pool> {
  const byWord = indexNamesByWord(
    [...new Set(pools.values())].filter((p) => p.entity.type !== 'person').map((p) => ({ name: p.entity.name.toLowerCase(), owner: p })),
  );
  const joined = new Map<Pool, Pool>();
  const inside = new Set<Pool>();
  for (const [key, pool] of pools) {
    if (pool.entity.type !== 'person' || pool.styled.size > 0 || !pool.entity.name.includes(' ')) continue;
    let target = joined.get(pool);
    if (!target) {
      const reading = readNameInOthers(pool.entity.name, byWord, (p) => p.entity.name, pool.introduced);
      if (reading && 'inside' in reading) inside.add(pool);
      if (!reading || !('joins' in reading)) continue;
      target = reading.joins;
      mergeInto(target, pool, true);
      joined.set(pool, target);
    }
    pools.set(key, target);
  }
  return inside;
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
