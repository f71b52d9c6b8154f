import { slugify } from '../../src/lib/slugify.ts';
import type { EntityType } from '../../src/lib/types.ts';
import { capitalise, createPseudoWords } from './pseudo-words.ts';

/** An entity of a synthetic archive: kebab-case id, display name, type. */
export interface SyntheticEntity {
  id: string;
  name: string;
  type: EntityType;
}

const TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'person', 'topic', 'place', 'event'];
const ORGANISATION_WORDS = ['Council', 'Agency', 'Party', 'Bank', 'Institute', 'Command'];

/**
 * The `count` entities of a synthetic archive, most often named first (index = Zipf rank).
 * Names end in a consonant, so they never collide with the archive's ordinary words.
 */
export function createSyntheticEntities(count: number, seed: number): SyntheticEntity[] {
  const words = createPseudoWords(count * 2, seed ^ 0x51ed27, 'nrkl').map(capitalise);
  const entities: SyntheticEntity[] = [];
  const taken = new Set<string>();
  for (let k = 0; k < count; k++) {
    const type = TYPES[k % TYPES.length] ?? 'topic';
    const first = words[2 * k] ?? 'Nameless';
    const second = words[2 * k + 1] ?? 'Nameless';
    const name =
      type === 'person'
        ? `${first} ${second}`
        : type === 'organization'
          ? `${first} ${ORGANISATION_WORDS[k % ORGANISATION_WORDS.length]}`
          : type === 'event'
            ? `${first} Summit`
            : first;
    let id = slugify(name);
    while (taken.has(id)) id += '-x';
    taken.add(id);
    entities.push({ id, name, type });
  }
  return entities;
}
