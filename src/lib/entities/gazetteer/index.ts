/** The built-in gazetteer: countries, international organisations, institutions and regions, blockers and hints. */
import type { MatchHints } from '../types';
import type { Gazetteer } from '../types';
import { BUILTIN_HINTS } from './ambiguity';
import { buildBlockers } from './blockers';
import { buildCountryGazetteer } from './countries';
import { buildInstitutions } from './institution';
import { NATIONAL_INSTITUTIONS } from './national-institutions';
import { buildOrganizationEntities } from './organizations';
import {
  US_AGENCIES,
  US_APPEALS_COURTS,
  US_DEPARTMENTS,
  US_DISTRICT_COURTS,
  US_EXECUTIVE_OFFICE,
  US_LEGISLATURE_AND_COURTS,
  US_PARTIES,
} from './us-institutions';
import { ARMED_GROUPS, GEOGRAPHY, LEGISLATURES, REGIONS } from './world-institutions';

const US_HOME = { country: 'united-states', prefixes: ['U.S.', 'US', 'United States'] };

let cached: Gazetteer | undefined;

/** The built-in gazetteer, built once per process. */
export function getBuiltinGazetteer(): Gazetteer {
  if (cached) return cached;
  const countries = buildCountryGazetteer();
  const us = buildInstitutions(
    [...US_LEGISLATURE_AND_COURTS, ...US_APPEALS_COURTS, ...US_DISTRICT_COURTS, ...US_DEPARTMENTS, ...US_EXECUTIVE_OFFICE, ...US_AGENCIES, ...US_PARTIES],
    US_HOME,
  );
  const world = buildInstitutions([...LEGISLATURES, ...ARMED_GROUPS, ...REGIONS, ...GEOGRAPHY]);
  const parties = NATIONAL_INSTITUTIONS.map(({ home, list }) => buildInstitutions(list, home));
  const hints = new Map<string, MatchHints>([...us.hints, ...world.hints, ...parties.flatMap((p) => [...p.hints])]);
  for (const [id, demonyms] of countries.demonyms) if (demonyms.length > 0) hints.set(id, { demonyms });
  for (const [id, hint] of BUILTIN_HINTS) hints.set(id, { ...hints.get(id), ...hint });
  for (const { id } of GEOGRAPHY) hints.set(id, { ...hints.get(id), stateless: true });
  cached = {
    entities: [...countries.entities, ...buildOrganizationEntities(), ...us.entities, ...world.entities, ...parties.flatMap((p) => p.entities)],
    hints,
    blockers: buildBlockers(),
    home: US_HOME.country,
  };
  return cached;
}
