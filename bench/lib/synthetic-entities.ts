import { ENTITY_TYPES } from '../../src/lib/entities/entity-types.ts';
import { buildCountryEntities } from '../../src/lib/entities/gazetteer/countries.ts';
import { writeFrontmatter } from '../../src/lib/frontmatter.ts';
import { slugify } from '../../src/lib/slugify.ts';
import type { EntityType } from '../../src/lib/types.ts';
import { CAPITAL_CITIES, GIVEN_NAMES, ORGANISATION_HEADS } from './name-parts.ts';
import { mulberry32, pick, type Random } from './prng.ts';
import { capitalise, createPseudoWords } from './pseudo-words.ts';

/** Where the site learns of a synthetic entity: its built-in gazetteer, an entity file, or the text alone. */
export type Registration = 'gazetteer' | 'file' | 'none';

/** An entity of a synthetic archive: the id the site gives it, display name, type, registration. */
export interface SyntheticEntity {
  id: string;
  name: string;
  type: EntityType;
  registered: Registration;
}

/** How names are made; only the count and seed are required. */
export interface SyntheticEntityOptions {
  /** Share of people and organisations, the most named first, that editors registered with an entity file. Default 0.1. */
  registeredShare?: number;
}

// Ten ranks in a row: 3 places, 5 people, 2 organisations, so the most named mix as in wire copy.
const TYPE_CYCLE: readonly EntityType[] = ['place', 'person', 'person', 'organization', 'place', 'person', 'organization', 'person', 'place', 'person'];

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The `count` entities of a synthetic archive, most often named first (index = Zipf rank). Places
 * are real countries (the gazetteer's ids) and capitals; people are a real given name and an
 * invented surname; organisations an invented word and a head ("Council"). Invented words end in a
 * consonant, so they never collide with the archive's ordinary words, which end in a vowel.
 */
export function createSyntheticEntities(count: number, seed: number, options: SyntheticEntityOptions = {}): SyntheticEntity[] {
  const random = mulberry32(seed ^ 0x51ed27);
  const countries = shuffled(buildCountryEntities(), random);
  const capitals = shuffled(CAPITAL_CITIES, random);
  const words = createPseudoWords(count, seed ^ 0x51ed27, 'nrkl').map(capitalise);
  const registeredShare = options.registeredShare ?? 0.1;
  const entities: SyntheticEntity[] = [];
  const taken = new Set<string>();
  let place = 0;
  let named = 0;
  for (let rank = 0; rank < count; rank++) {
    let type = TYPE_CYCLE[rank % TYPE_CYCLE.length] ?? 'person';
    if (type === 'place' && place >= countries.length + capitals.length) type = rank % 2 === 0 ? 'person' : 'organization';
    let entity: Omit<SyntheticEntity, 'registered'> & { registered?: Registration };
    if (type === 'place') {
      const country = countries[place];
      entity = country
        ? { id: country.id, name: country.name, type, registered: 'gazetteer' }
        : { id: '', name: capitals[place - countries.length] ?? 'Nowhere', type };
      place++;
    } else {
      const word = words[named++] ?? 'Nameless';
      const name = type === 'person' ? `${pick(random, GIVEN_NAMES)} ${word}` : `${word} ${pick(random, ORGANISATION_HEADS)}`;
      entity = { id: '', name, type };
    }
    const id = entity.id || slugify(entity.name);
    if (taken.has(id)) continue;
    taken.add(id);
    entities.push({ ...entity, id, registered: entity.registered ?? 'none' });
  }
  // Editors register the people and organisations they cover most.
  const people = entities.filter((e) => e.type === 'person' || e.type === 'organization');
  for (const e of people.slice(0, Math.round(people.length * registeredShare))) e.registered = 'file';
  return entities;
}

/** The Markdown of `content/entities/<id>.md` for an entity registered by file. */
export function formatEntityFile(entity: SyntheticEntity): string {
  const label = ENTITY_TYPES[entity.type].label.toLowerCase();
  return writeFrontmatter({ name: entity.name, type: entity.type }, `${/^[aeiou]/.test(label) ? 'An' : 'A'} ${label} this newsroom covers often.`);
}
