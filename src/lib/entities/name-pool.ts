/** One entity's mentions pooled across articles, and how two pools of one entity merge. */
import type { ConfidentEntity } from './select-confident.ts';
import type { PersonNameKey } from './person-names.ts';

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
  /** For people: places where the archive writes them where only a place goes (`isWrittenAsPlace`). */
  placeSpots: number;
  /** For a code of capitals and digits: places where the archive writes it before its members' word (`isBeforeMemberWord`). */
  memberSpots: number;
}

/** Adds `pool`'s mentions to `target`; with `shortForms`, its names only become variants, never the name shown. */
export function mergeInto(target: Pool, pool: Pool, shortForms = false): void {
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
