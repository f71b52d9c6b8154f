/** The built-in gazetteer: countries and territories, international organisations, blockers and hints. */
import type { Gazetteer } from '../types';
import { BUILTIN_HINTS } from './ambiguity';
import { buildBlockers } from './blockers';
import { buildCountryEntities } from './countries';
import { buildOrganizationEntities } from './organizations';

let cached: Gazetteer | undefined;

/** The built-in gazetteer, built once per process. */
export function getBuiltinGazetteer(): Gazetteer {
  cached ??= {
    entities: [...buildCountryEntities(), ...buildOrganizationEntities()],
    hints: BUILTIN_HINTS,
    blockers: buildBlockers(),
  };
  return cached;
}
