/** Turns an alias string into the token keys and case pattern the matcher compares. */
import { tokenize } from './tokenize';
import type { AliasCase, AmbiguityRule } from './types';

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
  'us', 'who', 'it', 'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'me',
  'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'we', 'all', 'and', 'can', 'may', 'new', 'now',
  'one', 'our', 'out', 'see', 'was', 'way', 'why', 'yes', 'you', 'aid', 'art', 'car', 'man', 'act',
]);

/** The case mode an alias gets by default: exact for short all-caps acronyms, any for lowercase phrases. */
export function defaultCaseMode(alias: string): AliasCase {
  const tokens = tokenize(alias).filter((t) => t.kind === 'word');
  const only = tokens[0];
  if (tokens.length === 1 && only && only.allCaps && only.core.length <= 4) return 'exact';
  if (alias === alias.toLowerCase()) return 'any';
  return 'capitalised';
}

/** Compiles one alias; undefined when it has no words. */
export function compileAlias(
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
  const tokens = tokenize(alias.trim()).filter((t) => t.kind !== 'break');
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
