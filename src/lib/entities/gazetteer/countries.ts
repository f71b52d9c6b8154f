/** Builds place entities for every country and territory in the `world-countries` dataset. */
import countries from 'world-countries';
import type { Entity } from '../../types';
import { slugify } from '../../slugify';
import { COUNTRY_WIKIDATA } from './country-wikidata';
import { DEMONYM_OWNERS, DROPPED_ALIASES, EXTRA_ALIASES, EXTRA_DEMONYMS, NAME_OVERRIDES } from './country-extras';

type Country = (typeof countries)[number];

// Latin letters (with accents), spaces, apostrophes, hyphens and dots only: drops other scripts,
// inverted index forms ("Korea, Republic of") and parenthesised qualifiers.
const PROSE_NAME = /^\p{Lu}[\p{Script=Latin}\p{M} '’.-]*$/u;
const ISO_CODE = /^[A-Z]{2}$/;

/** True when a dataset spelling is usable as a name in English prose. */
function isProseName(name: string): boolean {
  return PROSE_NAME.test(name) && !ISO_CODE.test(name) && !DROPPED_ALIASES.has(name);
}

/** "Kittitian or Nevisian", "Antiguan, Barbudan" → each demonym on its own. */
function splitDemonyms(country: Country): string[] {
  const eng = country.demonyms['eng'];
  if (!eng) return [];
  return [eng.m, eng.f]
    .flatMap((d) => d.split(/,\s*|\s+or\s+/))
    .map((d) => d.trim())
    .filter((d) => d.length > 0);
}

/** The plural a demonym takes as a noun ("North Koreans"), or undefined when it has none ("British", "Chinese"). */
export function pluralizeDemonym(demonym: string): string | undefined {
  if (/(?:ese|ish|ch|sh|ss|s|x|z|y)$/.test(demonym) || demonym === 'Swiss') return undefined;
  return `${demonym}s`;
}

/** Which country a demonym belongs to, or undefined when it is shared and no owner is set. */
function demonymOwners(list: readonly Country[]): Map<string, string> {
  const byDemonym = new Map<string, Country[]>();
  for (const country of list) {
    for (const demonym of splitDemonyms(country)) {
      const holders = byDemonym.get(demonym) ?? [];
      if (!holders.includes(country)) holders.push(country);
      byDemonym.set(demonym, holders);
    }
  }
  const owners = new Map<string, string>();
  for (const [demonym, holders] of byDemonym) {
    const owner = DEMONYM_OWNERS[demonym];
    if (owner !== undefined) owners.set(demonym, owner);
    else if (holders.length === 1 && holders[0]) owners.set(demonym, holders[0].cca2);
    else {
      const independent = holders.filter((c) => c.independent);
      if (independent.length === 1 && independent[0]) owners.set(demonym, independent[0].cca2);
    }
  }
  return owners;
}

/** "Saint Lucia" → also "St. Lucia" and "St Lucia". */
function saintVariants(name: string): string[] {
  return name.startsWith('Saint ') ? [`St. ${name.slice(6)}`, `St ${name.slice(6)}`] : [];
}

/** Countries and territories as place entities, and which of their aliases are demonyms. */
export interface CountryGazetteer {
  entities: Entity[];
  /** Demonym aliases by entity id ("French", "Russians"). */
  demonyms: Map<string, string[]>;
}

/** Every country and territory as a place entity with its names, demonyms and Wikidata QID, and which names are demonyms. */
export function buildCountryGazetteer(): CountryGazetteer {
  const owners = demonymOwners(countries);
  const demonymsById = new Map<string, string[]>();
  const entities = countries.map((country) => {
    const name = NAME_OVERRIDES[country.cca2] ?? country.name.common;
    const names = new Set<string>([country.name.common, country.name.official]);
    for (const alt of country.altSpellings) names.add(alt);
    for (const extra of EXTRA_ALIASES[country.cca2] ?? []) names.add(extra);
    const demonyms = new Set<string>(EXTRA_DEMONYMS[country.cca2] ?? []);
    for (const [demonym, owner] of owners) {
      if (owner !== country.cca2) continue;
      demonyms.add(demonym);
      const plural = pluralizeDemonym(demonym);
      if (plural) demonyms.add(plural);
    }
    for (const d of demonyms) names.add(d);
    for (const n of [...names]) for (const v of saintVariants(n)) names.add(v);
    names.delete(name);
    const kept = new Set([...(EXTRA_ALIASES[country.cca2] ?? []), ...(EXTRA_DEMONYMS[country.cca2] ?? [])]);
    const aliases = [...names].filter((n) => isProseName(n) || kept.has(n));
    const id = slugify(name);
    demonymsById.set(
      id,
      aliases.filter((a) => demonyms.has(a)),
    );
    return { id, name, type: 'place' as const, aliases, wikidata: COUNTRY_WIKIDATA.get(country.cca2) };
  });
  return { entities, demonyms: demonymsById };
}

/** Every country and territory as a place entity with its names, demonyms and Wikidata QID. */
export function buildCountryEntities(): Entity[] {
  return buildCountryGazetteer().entities;
}

/** Names of sovereign states' capitals as the dataset spells them ("Doha", "Addis Ababa"); territories' capitals ("Hamilton", "Stanley") are towns' names too. */
export const CAPITAL_NAMES: ReadonlySet<string> = new Set(
  countries
    .filter((c) => c.independent)
    .flatMap((c) => c.capital ?? [])
    .filter(isProseName),
);
