import { buildStoryTimeline, type Story, type StoryTimelineEntry } from '../stories/index.ts';
import type { ArticleRecord, Entity } from '../types.ts';
import { MONTH_NAMES } from '../text/calendar-words.ts';
import { isWholeWordAt } from '../text/whole-word.ts';

type EventEntry = Extract<StoryTimelineEntry, { kind: 'event' }>;

// A person is often named by surname alone ("President Biden"), but not when the surname is also a month.
const MONTHS = new Set(MONTH_NAMES);

/** The forms of an entity's name a sentence may use: name, aliases and, for a person, the surname. */
function nameForms(entity: Entity): string[] {
  const forms = [entity.name, ...entity.aliases];
  const surname = entity.name.split(/\s+/).at(-1) ?? '';
  if (entity.type === 'person' && surname !== entity.name && surname.length > 2 && !MONTHS.has(surname.toLowerCase())) forms.push(surname);
  return forms.filter((form) => form.trim() !== '');
}

// Forms found once per entity: an entity page tests every sentence of its newest articles.
const formsOf = new WeakMap<Entity, string[]>();

/** Whether `sentence` names the entity in one of its forms, as a whole word and with its capitals. */
export function sentenceNames(sentence: string, entity: Entity): boolean {
  let forms = formsOf.get(entity);
  if (!forms) formsOf.set(entity, (forms = nameForms(entity)));
  // A plain search, then a look at the characters either side: a regular expression with
  // lookbehind tries every position of every sentence, which an archive's entity pages felt.
  for (const form of forms) {
    for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
      if (isWholeWordAt(sentence, at, form.length)) return true;
    }
  }
  return false;
}

// The entity page lists the articles themselves; an event about someone else that happens to sit
// in the same article is not part of this entity's timeline.
/** The dated events of an entity's newest articles whose sentence names the entity, oldest first. */
export function buildEntityTimeline(entity: Entity, newest: readonly ArticleRecord[], timeZone: string): EventEntry[] {
  // The story timeline only reads the member ids, so an entity's recent articles form one.
  const pseudo = { id: entity.id, articleIds: [...newest].reverse().map((a) => a.id) } as Story;
  return buildStoryTimeline(pseudo, newest, timeZone).filter((entry): entry is EventEntry => entry.kind === 'event' && sentenceNames(entry.sentence, entity));
}
