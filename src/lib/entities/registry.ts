/** The entity registry: built-in gazetteer + entity files + article tags, compiled once into a name matcher (aliases in a token trie). */
import type { Entity } from '../types.ts';
import { slugify } from '../slugify.ts';
import { getBuiltinGazetteer } from './gazetteer/index.ts';
import { nameWords, personNameKey, personShortForms, type PersonNameKey } from './person-names.ts';
import { tokeniseWithOffsets } from './tokenise.ts';
import type { NameMatcher, PlaceName } from './match-names.ts';
import type { AmbiguityRule, Gazetteer, MatchHints, AliasCase } from './types.ts';

// The entity registry: built-in gazetteer + entity files + article tags, compiled once into a name matcher.

/** Every entity the site can tag, and the compiled matcher for their names. */
export interface Registry {
  /** Entities by id. */
  readonly entities: ReadonlyMap<string, Entity>;
  /** Compiled names; internal to detection. */
  readonly matcher: NameMatcher;
  /** Registered people by lowercase surname, so short forms found in text join them. */
  readonly peopleBySurname: ReadonlyMap<string, readonly (PersonNameKey & { id: string })[]>;
}

/** What a registry is built from. */
export interface RegistryInput {
  /** Entities from `content/entities/*.md`; a file overrides the built-in entry with the same id. */
  files?: readonly Entity[];
  /** Article tags; each becomes a topic entity unless its slug is already an entity. */
  tags?: readonly string[];
  /** The built-in gazetteer, or `false` to leave it out (tests). Defaults to the shipped one. */
  gazetteer?: Gazetteer | false | undefined;
}

const BUILTIN_PRIORITY = 1;
const FILE_PRIORITY = 2;
const SHORT_FORM_PRIORITY = 0;

/** Merges an entity file into the built-in entry it overrides: file fields win, aliases add up. */
function mergeEntity(builtin: Entity | undefined, file: Entity): Entity {
  if (!builtin) return file;
  const aliases = new Set([...file.aliases, ...builtin.aliases]);
  if (builtin.name !== file.name) aliases.add(builtin.name);
  aliases.delete(file.name);
  return {
    ...file,
    aliases: [...aliases],
    wikidata: file.wikidata ?? builtin.wikidata,
  };
}

/** Builds the registry; call once per build and share it. */
export function buildRegistry(input: RegistryInput = {}): Registry {
  const { entities, fromFile, tagTopics, gazetteer } = collectEntities(input);
  return {
    entities,
    matcher: compileMatcher(entities, fromFile, tagTopics, gazetteer),
    peopleBySurname: indexPeople(entities),
  };
}

/** Every entity id `buildRegistry(input)` registers, without compiling its name matcher (which takes seconds). */
export function listEntityIds(input: RegistryInput = {}): Set<string> {
  return new Set(collectEntities(input).entities.keys());
}

// The registry's entities in precedence order: the built-in gazetteer, then entity files, then a topic per tag.
function collectEntities(input: RegistryInput) {
  const gazetteer = input.gazetteer === false ? undefined : (input.gazetteer ?? getBuiltinGazetteer());
  const entities = new Map<string, Entity>();
  const fromFile = new Set<string>();
  for (const entity of gazetteer?.entities ?? []) entities.set(entity.id, entity);
  for (const file of input.files ?? []) {
    entities.set(file.id, mergeEntity(entities.get(file.id), file));
    fromFile.add(file.id);
  }
  const tagTopics = addTagTopics(entities, input.tags ?? []);
  return { entities, fromFile, tagTopics, gazetteer };
}

/** Adds a topic entity for each tag whose slug is not an entity yet; returns the ids it added. */
export function addTagTopics(entities: Map<string, Entity>, tags: readonly string[]): Set<string> {
  const added = new Set<string>();
  for (const tag of tags) {
    const id = slugify(tag);
    if (id === '' || entities.has(id)) continue;
    entities.set(id, { id, name: tag.trim(), type: 'topic', aliases: [] });
    added.add(id);
  }
  return added;
}

/** Indexes registered people by surname. */
function indexPeople(entities: ReadonlyMap<string, Entity>): Map<string, (PersonNameKey & { id: string })[]> {
  const index = new Map<string, (PersonNameKey & { id: string })[]>();
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const key = personNameKey(nameWords(tokeniseWithOffsets(name)));
      if (!key || key.given === '') continue;
      const list = index.get(key.surname) ?? [];
      list.push({ ...key, id: entity.id });
      index.set(key.surname, list);
    }
  }
  return index;
}

/** Merges an entity's rule with the extra context its short forms need. */
function mergeRules(base: AmbiguityRule | undefined, extra: AmbiguityRule): AmbiguityRule {
  if (!base) return extra;
  const join = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a || b ? [...(a ?? []), ...(b ?? [])] : undefined);
  const merged: AmbiguityRule = { ...base, ...extra };
  for (const key of ['notAfter', 'notBefore', 'notInArticlesWith', 'unless'] as const) {
    const list = join(base[key], extra[key]);
    if (list) merged[key] = list;
  }
  return merged;
}

/** Compiles every name and alias (tag topics excepted) into one token trie. */
function compileMatcher(
  entities: ReadonlyMap<string, Entity>,
  fromFile: ReadonlySet<string>,
  tagTopics: ReadonlySet<string>,
  gazetteer: Gazetteer | undefined,
): NameMatcher {
  const trie = new TokenTrie();
  const ids: string[] = [];
  const rules: (AmbiguityRule | undefined)[] = [];
  const acronyms = new Set<string>();
  const placesByLastKey = new Map<string, PlaceName[]>();
  const countryOf = new Map<string, string>();
  const stateless = new Set<string>();
  const people = new Set<number>();
  for (const entity of entities.values()) {
    if (tagTopics.has(entity.id)) continue;
    const index = ids.length;
    ids.push(entity.id);
    if (entity.type === 'person') people.add(index);
    const hints: MatchHints | undefined = gazetteer?.hints.get(entity.id);
    rules.push(hints?.rule);
    if (hints?.within) countryOf.set(entity.id, hints.within);
    if (hints?.home) countryOf.set(entity.id, hints.home.country);
    if (hints?.stateless) stateless.add(entity.id);
    const priority = fromFile.has(entity.id) ? FILE_PRIORITY : BUILTIN_PRIORITY;
    const shortRule = hints?.short ? mergeRules(hints.rule, hints.short.rule) : undefined;
    const shortNames = new Set(hints?.short?.names ?? []);
    const demonyms = new Set(hints?.demonyms ?? []);
    const generic = new Set(hints?.home?.generic ?? []);
    for (const name of new Set([entity.name, ...entity.aliases, ...shortNames])) {
      const caseMode = hints?.exact?.includes(name) ? 'exact' : undefined;
      const demonym = demonyms.has(name);
      const alias = compileAlias(name, index, {
        caseMode,
        priority,
        demonym,
        rule: shortNames.has(name) ? shortRule : undefined,
        home: generic.has(name) ? hints?.home?.country : undefined,
      });
      if (!alias) continue;
      trie.add(alias);
      if (alias.caseMode === 'exact' && alias.keys.length === 1 && alias.keys[0]) acronyms.add(alias.keys[0]);
      const last = alias.keys[alias.keys.length - 1];
      if (entity.type === 'place' && last) placesByLastKey.set(last, [...(placesByLastKey.get(last) ?? []), { id: entity.id, keys: alias.keys }]);
    }
    if (entity.type === 'person') {
      for (const short of personShortForms(entity.name)) {
        const alias = compileAlias(short, index, { caseMode: 'capitalised', conditional: true, priority: SHORT_FORM_PRIORITY });
        if (alias) trie.add(alias);
      }
    }
  }
  for (const phrase of gazetteer?.blockers ?? []) {
    const alias = compileAlias(phrase, -1, { priority: BUILTIN_PRIORITY });
    if (alias) trie.add(alias);
  }
  const rulesById = new Map<string, AmbiguityRule>();
  ids.forEach((id, i) => {
    const rule = rules[i];
    if (rule) rulesById.set(id, rule);
  });
  return {
    trie,
    ids,
    rules,
    rulesById,
    isAcronym: (key) => acronyms.has(key),
    placesByLastKey,
    countryOf,
    stateless,
    home: gazetteer?.home,
    isPerson: (entity) => people.has(entity),
  };
}

// Turns an alias string into the token keys and case pattern the matcher compares.

/** An alias ready for the token trie. */
export interface CompiledAlias {
  /** Index of the entity in the matcher's id list; -1 for a blocking phrase. */
  entity: number;
  /** Token keys, the path in the trie. */
  keys: string[];
  /** Per token, the written form to compare case against. */
  pattern: string[];
  caseMode: AliasCase;
  /** A surname that only counts next to the full name or a title. */
  conditional: boolean;
  /** Higher wins when two aliases cover the same words (entity files beat the built-in gazetteer). */
  priority: number;
  /** An exact acronym that is also an English word ("US", "WHO"): ignored inside all-caps runs. */
  wordLike: boolean;
  /** A demonym: counts only where it modifies a state actor ("Russian troops"). */
  demonym: boolean;
  /** Context rule of this alias when it differs from its entity's (short forms such as "Treasury"). */
  rule: AmbiguityRule | undefined;
  /** A generic national name ("Supreme Court"): counts only where this country (entity id) leads the article. */
  home: string | undefined;
}

// Acronyms that spell ordinary words, so an all-caps headline can contain them by accident.
const WORD_ACRONYMS = new Set([
  'us',
  'who',
  'it',
  'am',
  'an',
  'as',
  'at',
  'be',
  'by',
  'do',
  'go',
  'he',
  'if',
  'in',
  'is',
  'me',
  'my',
  'no',
  'of',
  'on',
  'or',
  'so',
  'to',
  'up',
  'we',
  'all',
  'and',
  'can',
  'may',
  'new',
  'now',
  'one',
  'our',
  'out',
  'see',
  'was',
  'way',
  'why',
  'yes',
  'you',
  'aid',
  'art',
  'car',
  'man',
  'act',
]);

/** The case mode an alias gets by default: exact for short all-caps acronyms, any for lowercase phrases. */
function defaultCaseMode(alias: string): AliasCase {
  const tokens = tokeniseWithOffsets(alias).filter((t) => t.kind === 'word');
  const only = tokens[0];
  if (tokens.length === 1 && only && only.allCaps && only.core.length <= 4) return 'exact';
  if (alias === alias.toLowerCase()) return 'any';
  return 'capitalised';
}

/** Compiles one alias; undefined when it has no words. */
function compileAlias(
  alias: string,
  entity: number,
  options: {
    caseMode?: AliasCase | undefined;
    conditional?: boolean;
    priority?: number;
    demonym?: boolean;
    rule?: AmbiguityRule | undefined;
    home?: string | undefined;
  } = {},
): CompiledAlias | undefined {
  const tokens = tokeniseWithOffsets(alias.trim()).filter((t) => t.kind !== 'break');
  if (!tokens.some((t) => t.kind === 'word')) return undefined;
  const caseMode = options.caseMode ?? defaultCaseMode(alias);
  const first = tokens[0];
  return {
    entity,
    keys: tokens.map((t) => t.key),
    pattern: tokens.map((t) => (t.kind === 'word' ? t.core : t.key)),
    caseMode,
    conditional: options.conditional ?? false,
    priority: options.priority ?? 1,
    wordLike: caseMode === 'exact' && tokens.length === 1 && first !== undefined && WORD_ACRONYMS.has(first.key),
    demonym: options.demonym ?? false,
    rule: options.rule,
    home: options.home,
  };
}

// A trie over token keys: finds every registered name starting at a token in one walk.

/** One node: the aliases that end here and the next token keys. */
export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  aliases: CompiledAlias[] | undefined;
}

/** A token trie; build it once per registry and share it across articles. */
export class TokenTrie {
  readonly root: TrieNode = { next: new Map(), aliases: undefined };
  size = 0;

  /** Adds an alias under its token keys. */
  add(alias: CompiledAlias): void {
    let node = this.root;
    for (const key of alias.keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: undefined, aliases: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    node.aliases ??= [];
    const same = node.aliases.find(
      (a) =>
        a.entity === alias.entity &&
        a.caseMode === alias.caseMode &&
        a.conditional === alias.conditional &&
        a.demonym === alias.demonym &&
        a.rule === alias.rule &&
        a.home === alias.home,
    );
    if (same && same.pattern.join() === alias.pattern.join()) return;
    node.aliases.push(alias);
    this.size += 1;
  }
}
