import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';
import { pickEventPhrase } from './event-phrase.ts';
import { joinSubjectNames } from './join-subject-names.ts';
import { readProse } from './story-prose.ts';
import type { ArchiveText } from './archive-text.ts';
import { collectNameStems, inHeadlineOrder, inHeadlineOrderOf, humaniseId } from './name-words.ts';
import { listLaterLegs } from './journey-legs.ts';
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
import { nameParticipantsMeeting } from './leaders-meeting.ts';
import { nameEventAgent } from './event-agent.ts';

/** What naming a story needs besides its members. */
export interface NamingSettings {
  /** Display name of an entity id; the id in words when absent. */
  entityName?: ((id: string) => string | undefined) | undefined;
  /** Type of an entity id (`person`, `place`, …), when known. */
  entityType?: ((id: string) => string | undefined) | undefined;
  locale: string;
  timeZone: string;
  /** What naming reads across the archive, read once per archive. */
  archive: ArchiveText;
}

/**
 * The name of a story, the way a wire editor names a running story: who or what it is about, what
 * happened, and when ("Maui wildfires, August 2023", "Hamas’s terrorist attacks against Israel,
 * October–November 2023"). Built from the entities its headlines share and the event words they
 * repeat (see `pickSubject`, `pickEventPhrase`); never one member's headline.
 */
export function nameStory(members: readonly number[], articles: readonly ArticleRecord[], table: FeatureTable, settings: NamingSettings): string {
  const first = articles[members[0] ?? 0];
  const last = articles[members.at(-1) ?? 0];
  if (!first || !last) return '';
  const nameOf = (key: number): string => {
    const id = table.entityIds[key] ?? '';
    return settings.entityName?.(id) ?? humaniseId(id);
  };
  const typeOfKey = (key: number): string | undefined => settings.entityType?.(table.entityIds[key] ?? '');
  const candidateKeys = nameBodyOfPlaces(pickSubject(members, table, true, settings.entityType), members, table, typeOfKey);
  const candidates = candidateKeys.map(nameOf);
  // Words of every entity the headlines name belong to names, not to the event.
  const { nameStems, subjectStems } = collectNameStems(members, table, candidates);
  const archive = settings.archive;
  // The members' prose, read once for every rule below.
  const prose = readProse(members, articles);
  const word = pickEventPhrase({ members, articles, table, nameStems, subjectStems, prose });
  // "Anniversary" names nothing without what it is the anniversary of: "alliance anniversary".
  const shared = nameEventOf(word, prose, nameStems, () => archive.leads()) ?? word;
  // A story told in readouts and joint statements is named by what its opening article announces
  // ("visit"); so is one whose shared word names only a standing relation ("partnership").
  const standing = isRelationNoun(shared.split(' ').at(-1) ?? '');
  // A journey its headlines all call "travel" is still told as the opening headline announces it
  // ("Gordon’s travel to Guatemala"): the opening event is read when it is the shared word too.
  const read = (): ReturnType<typeof pickOpeningEvent> => pickOpeningEvent({ members, articles, table, nameStems, prose });
  const journey = shared && !standing && candidates.length ? read() : undefined;
  // A thread that opens with someone's journey ("Biden’s Travel to the United Kingdom and Ireland"),
  // in its first headline or one out within two days of it (the only ones `pickOpeningEvent`
  // reads), is that journey, whatever word its other documents share (the "agreement" whose
  // anniversary the trip marked, the "delegation" the traveller led).
  const owned = journey?.owner !== undefined;
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
  const headlineOf = (index: number): string => articles[index]?.title ?? '';
  const headlines = members.map(headlineOf);
  const placesOf = (index: number): string[] =>
    inHeadlineOrderOf(headlineOf(index), (table.features[index]?.titleEntities ?? []).filter((key) => typeOfKey(key) === 'place').map(nameOf));
  const trip =
    opening &&
    describeTrip(
      opening,
      subject.map((name) => ({ name, type: typeOf.get(name) })),
      placesOf(members[0] ?? -1),
      // The traveller's full name, as the journey's own headline gives it.
      (table.features[members.find((index) => headlineOf(index) === opening.headline) ?? -1]?.titleEntities ?? [])
        .filter((key) => typeOfKey(key) === 'person')
        .map(nameOf),
      listLaterLegs(members, headlineOf, placesOf, opening.owner),
    );
  // A court case's parties are named as the headlines cite the case ("Roe v. Wade").
  const who =
    findStoryCase(members, articles) ??
    joinSubjectNames(dropAttendees(subject, event, typeOf, members, articles), headlines, (name) => typeOf.get(name) === 'place');
  // A subject that says what happened ("Elections") takes no word only a minority of headlines use.
  const said = who && isMinorityAddition(subject, typeOf.get(subject[0] ?? ''), event, members, articles, table) ? '' : event;
  // A body's participants ("G7 leaders") say who met: the story is their meeting.
  const met = who && said ? nameParticipantsMeeting(said, members, articles, table, archive, prose) : undefined;
  // Who did it to the subject, when the headlines say so ("Hamas’s terrorist attacks against Israel").
  const others = [...new Set(members.flatMap((index) => table.features[index]?.titleEntities ?? []))].filter((key) => !subjectKeys.includes(key)).map(nameOf);
  const done = !trip && !met && subject.length === 1 && who === subject[0] ? nameEventAgent(said, who, others, headlines) : undefined;
  const what = trip || done || (who ? [who, met ?? said].filter(Boolean).join(' ') : event);
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
  const host = !trip && said ? pickGatheringPlace(said, members, articles, nameStems, archive) : undefined;
  if (host) {
    const parties = who && subject.length <= 2 ? ` with ${who}` : '';
    return `${host} ${said}${parties}, ${period}`;
  }
  if (!what) return period;
  return `${what[0]!.toUpperCase()}${what.slice(1)}, ${period}`;
}
