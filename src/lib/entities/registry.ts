/** The entity registry: built-in gazetteer + entity files + article tags, compiled once into a name matcher. */
import type { Entity } from '../types';
import { slugify } from '../slugify';
import { compileAlias } from './compile-alias';
import { getBuiltinGazetteer } from './gazetteer/index';
import { nameWords, personNameKey, personShortForms, type PersonNameKey } from './person-short-forms';
import { tokenize } from './tokenize';
import type { NameMatcher, PlaceName } from './scan-names';
import { TokenTrie } from './token-trie';
import type { AmbiguityRule, Gazetteer, MatchHints } from './types';

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
  gazetteer?: Gazetteer | false;
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
  const gazetteer = input.gazetteer === false ? undefined : (input.gazetteer ?? getBuiltinGazetteer());
  const entities = new Map<string, Entity>();
  const fromFile = new Set<string>();
  for (const entity of gazetteer?.entities ?? []) entities.set(entity.id, entity);
  for (const file of input.files ?? []) {
    entities.set(file.id, mergeEntity(entities.get(file.id), file));
    fromFile.add(file.id);
  }
  const tagTopics = new Set<string>();
  for (const tag of input.tags ?? []) {
    const id = slugify(tag);
    if (id === '' || entities.has(id)) continue;
    entities.set(id, { id, name: tag.trim(), type: 'topic', aliases: [] });
    tagTopics.add(id);
  }
  return {
    entities,
    matcher: compileMatcher(entities, fromFile, tagTopics, gazetteer),
    peopleBySurname: indexPeople(entities),
  };
}

/** Indexes registered people by surname. */
function indexPeople(entities: ReadonlyMap<string, Entity>): Map<string, (PersonNameKey & { id: string })[]> {
  const index = new Map<string, (PersonNameKey & { id: string })[]>();
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const key = personNameKey(nameWords(tokenize(name)));
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
  for (const entity of entities.values()) {
    if (tagTopics.has(entity.id)) continue;
    const index = ids.length;
    ids.push(entity.id);
    const hints: MatchHints | undefined = gazetteer?.hints.get(entity.id);
    rules.push(hints?.rule);
    const priority = fromFile.has(entity.id) ? FILE_PRIORITY : BUILTIN_PRIORITY;
    const shortRule = hints?.short ? mergeRules(hints.rule, hints.short.rule) : undefined;
    const shortNames = new Set(hints?.short?.names ?? []);
    const demonyms = new Set(hints?.demonyms ?? []);
    const generic = new Set(hints?.home?.generic ?? []);
    for (const name of new Set([entity.name, ...entity.aliases, ...shortNames])) {
      const caseMode = hints?.exact?.includes(name) ? 'exact' : undefined;
      const demonym = demonyms.has(name);
      const alias = compileAlias(name, index, {
        caseMode, priority, demonym,
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
  return { trie, ids, rules, rulesById, isAcronym: (key) => acronyms.has(key), placesByLastKey };
}
