/** Institutions of the built-in gazetteer (legislatures, courts, departments, agencies) as entities and matching hints. */
import type { Entity, EntityType } from '../../types';
import { GENERIC_ORG_WORDS } from '../lexicon';
import type { AmbiguityRule, MatchHints } from '../types';

/** One institution as the gazetteer lists it. */
export interface Institution {
  id: string;
  name: string;
  aliases: string[];
  /** Defaults to `organization`. */
  type?: EntityType;
  /** Context in which every name of it means something else. */
  rule?: AmbiguityRule;
  /** Short forms ("Treasury", "Commerce") that count only where `shortRule` allows. */
  short?: string[];
  shortRule?: AmbiguityRule;
  /** Every name (acronyms aside) counts only where the home country leads the article ("Democrats"). */
  national?: boolean;
  /** Names, acronyms too, that other bodies or everyday words share ("Labour", "DPP", "National Assembly"): they count only where the home country leads the article. */
  homeNames?: string[];
  /** Names of generic words that only this country's body bears ("State Department"): they count wherever they are written. */
  ownNames?: string[];
}

/** Where a group of institutions belongs. */
export interface InstitutionHome {
  /** The country's entity id: the names do not count right after another country's name ("Japan Coast Guard"). */
  country: string;
  /** Ways the country prefixes its institutions' names ("U.S.", "United States"). */
  prefixes: readonly string[];
}

const ACRONYM = /^[A-Z][A-Za-z]*[A-Z]$/;

/** True for a name made only of words any country's institution could have ("Supreme Court", "Treasury"). */
function isGenericName(name: string): boolean {
  if (ACRONYM.test(name)) return false;
  return name.split(/[\s,]+/).every((w) => GENERIC_ORG_WORDS.has(w.toLowerCase()));
}

/** Entities and hints for a list of institutions of one country (or of none). */
export function buildInstitutions(list: readonly Institution[], home?: InstitutionHome): { entities: Entity[]; hints: Map<string, MatchHints> } {
  const entities: Entity[] = [];
  const hints = new Map<string, MatchHints>();
  for (const institution of list) {
    const names = new Set([...institution.aliases, ...(institution.short ?? [])]);
    // "U.S. Coast Guard" and "United States Department of Agriculture" are the institution's names, not the country's.
    for (const name of home ? [institution.name, ...institution.aliases] : []) {
      const bare = home?.prefixes.reduce((n, p) => (n.startsWith(`${p} `) ? n.slice(p.length + 1) : n), name) ?? name;
      if (ACRONYM.test(bare)) continue;
      for (const prefix of home?.prefixes ?? []) names.add(`${prefix} ${bare}`);
    }
    names.delete(institution.name);
    entities.push({ id: institution.id, name: institution.name, type: institution.type ?? 'organization', aliases: [...names] });
    const rule: AmbiguityRule | undefined = home ? { notAfterPlaceOtherThan: home.country, ...institution.rule } : institution.rule;
    const hint: MatchHints = {};
    if (rule) hint.rule = rule;
    if (institution.short) hint.short = { names: institution.short, rule: institution.shortRule ?? {} };
    if (home) {
      const generic = [institution.name, ...names].filter(
        (n) => (institution.national && !ACRONYM.test(n)) || (isGenericName(n) && !institution.ownNames?.includes(n)) || institution.homeNames?.includes(n),
      );
      hint.home = { country: home.country, generic };
    }
    if (hint.rule || hint.short || hint.home) hints.set(institution.id, hint);
  }
  return { entities, hints };
}
