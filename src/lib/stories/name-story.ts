import { isIndexableWord, stem } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';
import { pickEventPhrase, readProse } from './event-phrase.ts';
import { describeTrip } from './describe-trip.ts';
import { pickOpeningEvent } from './opening-event.ts';
import { isRelationNoun } from './relation-noun.ts';
import { dropAttendees } from './drop-attendees.ts';
import { isMinorityAddition } from './subject-is-event.ts';
import { pickNamedGathering } from './named-gathering.ts';
import { pickGatheringPlace } from './gathering-place.ts';
import { dropHomeCountry } from './drop-home-country.ts';
import { formatStoryPeriod } from './story-period.ts';
import { findStoryCase } from './case-name.ts';
import { pickSubject } from './story-subject.ts';
import { nameBodyOfPlaces } from './body-of-places.ts';
import { nameEventOf } from './event-of.ts';

/** What naming a story needs besides its members. */
export interface NamingSettings {
  /** Display name of an entity id; the id in words when absent. */
  entityName?: ((id: string) => string | undefined) | undefined;
  /** Type of an entity id (`person`, `place`, …), when known. */
  entityType?: ((id: string) => string | undefined) | undefined;
  locale: string;
  timeZone: string;
}

/** An entity id in words, for entities without a display name: "tyre-nichols" → "Tyre Nichols". */
export function humaniseId(id: string): string {
  return id
    .split('-')
    .map((word) => (word ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(' ');
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The places the headline of article `index` names, in the order it names them. */
function placesOf(
  index: number | undefined,
  articles: readonly ArticleRecord[],
  table: FeatureTable,
  settings: NamingSettings,
  nameOf: (key: number) => string,
): string[] {
  const title = articles[index ?? -1]?.title.toLowerCase() ?? '';
  const keys = table.features[index ?? -1]?.titleEntities ?? [];
  return keys
    .filter((key) => settings.entityType?.(table.entityIds[key] ?? '') === 'place')
    .map(nameOf)
    .map((name) => ({ name, at: title.indexOf(name.toLowerCase()) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ name }) => name);
}

/** Two names in the order the headlines that name both mostly put them ("Turkey and Syria"). */
function inHeadlineOrder(names: string[], members: readonly number[], articles: readonly ArticleRecord[]): string[] {
  const [a, b] = names.map((name) => name.toLowerCase());
  if (names.length !== 2 || !a || !b) return names;
  let votes = 0;
  for (const index of members) {
    const title = articles[index]?.title.toLowerCase() ?? '';
    const [at, bt] = [title.indexOf(a), title.indexOf(b)];
    if (at >= 0 && bt >= 0) votes += at < bt ? 1 : -1;
  }
  return votes < 0 ? [names[1]!, names[0]!] : names;
}

/**
 * The name of a story, the way a wire editor names a running story: who or what it is about, what
 * happened, and when ("Maui wildfires, August 2023", "Israel and Hamas terrorist attacks,
 * October–November 2023"). Built from the entities its headlines share and the event words they
 * repeat (see `pickSubject`, `pickEventPhrase`); never one member's headline.
 */
export function nameStory(members: readonly number[], articles: readonly ArticleRecord[], table: FeatureTable, settings: NamingSettings): string {
  const first = articles[members[0] ?? 0];
  const last = articles[members.at(-1) ?? 0];
  if (!first || !last) return '';
  // Words of every entity the headlines name belong to names, not to the event.
  const nameStems = new Set<string>();
  for (const index of members) {
    for (const key of table.features[index]?.titleEntities ?? []) for (const word of (table.entityIds[key] ?? '').split('-')) nameStems.add(stem(word));
  }
  const nameOf = (key: number): string => {
    const id = table.entityIds[key] ?? '';
    return settings.entityName?.(id) ?? humaniseId(id);
  };
  const typeOfKey = (key: number): string | undefined => settings.entityType?.(table.entityIds[key] ?? '');
  const candidateKeys = nameBodyOfPlaces(pickSubject(members, table, true, settings.entityType), members, table, typeOfKey);
  const candidates = candidateKeys.map(nameOf);
  const subjectStems = new Set<string>();
  for (const name of candidates) {
    const words = wordsOf(name);
    for (const word of words) {
      nameStems.add(stem(word));
      subjectStems.add(stem(word));
    }
    // "AI" is "Artificial Intelligence" again, and "FDA" is "Food and Drug Administration" (its function words left out).
    if (words.length > 1) {
      nameStems.add(words.map((word) => word[0]).join(''));
      nameStems.add(
        words
          .filter((word) => isIndexableWord(word))
          .map((word) => word[0])
          .join(''),
      );
    }
  }
  const word = pickEventPhrase({ members, articles, table, nameStems, subjectStems });
  // "Anniversary" names nothing without what it is the anniversary of: "alliance anniversary".
  const leads = (): string[] => articles.map((article) => article.summary);
  const shared = nameEventOf(word, readProse(members, articles), nameStems, leads) ?? word;
  // A story told in readouts and joint statements is named by what its opening article announces
  // ("visit"); so is one whose shared word names only a standing relation ("partnership").
  const standing = isRelationNoun(shared.split(' ').at(-1) ?? '');
  // A journey its headlines all call "travel" is still told as the opening headline announces it
  // ("Gordon’s travel to Guatemala"): the opening event is read when it is the shared word too.
  const read = (): ReturnType<typeof pickOpeningEvent> => pickOpeningEvent({ members, articles, table, nameStems, prose: readProse(members, articles) });
  const journey = shared && !standing && candidates.length ? read() : undefined;
  // A thread whose first headline announces someone's journey ("Biden’s Travel to the United
  // Kingdom and Ireland") is that journey, whatever word its later documents share (the
  // "agreement" whose anniversary the trip marked).
  const owned = journey?.owner !== undefined && journey.headline === first.title;
  const opening =
    journey && (owned || (journey.word === shared && !shared.includes(' '))) && journey.preposition === 'to'
      ? journey
      : (shared && !standing) || !candidates.length
        ? undefined
        : read();
  const phrase = opening && standing ? '' : shared;
  const event = phrase || opening?.word || '';
  const subjectKeys = dropHomeCountry(event || candidates.length ? candidateKeys : pickSubject(members, table, false, settings.entityType), table, typeOfKey);
  const subject = inHeadlineOrder(subjectKeys.map(nameOf), members, articles);
  const typeOf = new Map(subjectKeys.map((key) => [nameOf(key), settings.entityType?.(table.entityIds[key] ?? '')]));
  const trip =
    opening &&
    describeTrip(
      opening,
      subject.map((name) => ({ name, type: typeOf.get(name) })),
      placesOf(members[0], articles, table, settings, nameOf),
    );
  // A court case's parties are named as the headlines cite the case ("Roe v. Wade").
  const who = findStoryCase(members, articles) ?? dropAttendees(subject, event, typeOf, members, articles).join(' and ');
  // A subject that says what happened ("Elections") takes no word only a minority of headlines use.
  const said = who && isMinorityAddition(subject, typeOf.get(subject[0] ?? ''), event, members, articles, table) ? '' : event;
  const what = trip || (who ? [who, said].filter(Boolean).join(' ') : event);
  const period = formatStoryPeriod(first.published, last.published, settings.locale, settings.timeZone);
  // Readouts whose headlines name no occasion often share it in their leads ("at the NATO Summit"):
  // the gathering, held in the subject's places, names the story. It also names it better than a
  // word for a standing relation ("G20 partnership"): the summit is what happened.
  const gathering = event && !isRelationNoun(event.split(' ').at(-1) ?? '') ? undefined : pickNamedGathering(members, articles, table, nameStems);
  if (gathering) {
    const places = subject.every((name) => typeOf.get(name) === 'place') ? subject : [];
    const named = places.length ? `${gathering} in ${places.join(' and ')}` : gathering;
    return `${named[0]!.toUpperCase()}${named.slice(1)}, ${period}`;
  }
  // A summit named by the place that hosts it ("summit at Camp David") is called so, with the
  // parties when they are few: "Camp David summit with Japan and South Korea".
  const host = !trip && said ? pickGatheringPlace(said, members, articles, nameStems) : undefined;
  if (host) {
    const parties = who && subject.length <= 2 ? ` with ${who}` : '';
    return `${host} ${said}${parties}, ${period}`;
  }
  if (!what) return period;
  return `${what[0]!.toUpperCase()}${what.slice(1)}, ${period}`;
}
