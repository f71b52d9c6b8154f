import { DAY_MS } from '../time/index.ts';
import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';
import { announced } from './announced-event.ts';
import { canNameEvent } from './event-word-kind.ts';
import { findEventObject, isVerbNoun } from './event-object.ts';
import { tokens } from './event-words.ts';
import { wholeWord } from '../text/whole-word.ts';

// A kind of event is a word at least this many of the archive's headlines use ("visit", "trip",
// "summit")…
const MIN_KIND_HEADLINES = 5;
// …but not a template word on every kind of release ("statement", "readout", "meeting"): in at
// most this share of them (or twice the minimum, in a small archive).
const MAX_KIND_SHARE = 0.04;

// The documents of one event (a summit's statements and readouts) come out within this many ms of the first.
const ONE_EVENT_MS = 2 * DAY_MS;

/** The kind of event a story's opening headline announces, as it announces it. */
export interface OpeningEvent {
  /** The event word in lower case ("visit", "travel"). */
  word: string;
  /** The preposition after it ("of", "to"). */
  preposition: string;
  /** The headline that announces it. */
  headline: string;
  /** The name that owns it when the headline writes a possessive ("Biden" in "Biden’s Travel to"), or the traveller's ("Okafor" in "the Travel of Adviser Okafor to"). */
  owner?: string | undefined;
  /** The headline after the preposition "to": where a journey goes ("the Republic of Zandia"). */
  after?: string | undefined;
}

/** What the opening event is chosen from. */
export interface OpeningInput {
  members: readonly number[];
  articles: readonly ArticleRecord[];
  table: FeatureTable;
  /** Stems of the words of names, which never count as event words. */
  nameStems: ReadonlySet<string>;
  /** The members' prose (summaries and bodies). */
  prose: readonly string[];
}

/**
 * How rare a word is among the archive's headlines (its weight) if it is a kind of event: used by
 * at least a few headlines, yet not a template word on every kind of release; 0 otherwise.
 */
export function eventKindWeight(table: FeatureTable, stem: string): number {
  const weight = table.titleTermWeight[table.termKeys.get(stem) ?? -1] ?? 0;
  const headlines = weight > 0 ? table.documents / Math.exp(weight) : 0;
  return headlines < MIN_KIND_HEADLINES || headlines > Math.max(MAX_KIND_SHARE * table.documents, 2 * MIN_KIND_HEADLINES) ? 0 : weight;
}

// The prose writes a name's words in capitals and never in lower case ("the Republic of Korea", "Speaker of the House").
function partOfName(word: string, prose: readonly string[]): boolean {
  const any = wholeWord(word, 'giu');
  let capitalised = false;
  for (const text of prose) {
    for (const match of text.matchAll(any)) {
      if (match[0] === word) return false;
      capitalised = true;
    }
  }
  return capitalised;
}

/**
 * The kind of event a story's opening article announces ("on the Visit of President Lourenço of
 * Angola", "on President Biden's Travel to Poland"), for a story whose later articles (readouts of
 * the meetings, a joint statement) share no event word: a noun of the first headline, written as
 * an event is announced (a determiner or possessive before, a preposition after; never part of a
 * name such as "Camp David:", nor a word the prose writes only in capitals, "the Republic of"),
 * that can name an event (`canNameEvent`), and that the archive's headlines use now and then but
 * not on every kind of release. The rarest such word wins; when the first headline has none and the
 * story's articles all came out within two days (one event's documents), the next headline's.
 */
export function pickOpeningEvent({ members, articles, table, nameStems, prose }: OpeningInput): OpeningEvent | undefined {
  const first = articles[members[0] ?? -1]?.published.getTime() ?? 0;
  for (const index of members) {
    const article = articles[index];
    // Later headlines count only among the documents of one event, all out within a day or two (a summit's).
    if (!article || (index !== members[0] && article.published.getTime() - first > ONE_EVENT_MS)) break;
    const found = announcedIn(article.title, table, nameStems, prose);
    if (found) return found;
  }
  return undefined;
}

function announcedIn(title: string, table: FeatureTable, nameStems: ReadonlySet<string>, prose: readonly string[]): OpeningEvent | undefined {
  let best: { event: OpeningEvent; weight: number } | undefined;
  const list = tokens(title);
  const kindWeight = (stem: string): number => eventKindWeight(table, stem);
  for (const token of list) {
    if (!token.stem || nameStems.has(token.stem) || /\d/.test(token.lower)) continue;
    const weight = kindWeight(token.stem);
    if (weight === 0) continue;
    const event = announced(title, token.lower);
    if (!event || partOfName(token.lower, prose) || !canNameEvent(token.lower, prose)) continue;
    if (!best || weight > best.weight || (weight === best.weight && token.lower < best.event.word)) best = { event, weight };
  }
  if (!best || !isVerbNoun(best.event.word)) return best?.event;
  // "Participation in the Leaders’ Summit": the event is the summit, even when it heads a name ("East Asia Summit").
  const isKind = (stem: string): boolean => {
    const word = list.find((token) => token.stem === stem)?.lower ?? '';
    return !nameStems.has(stem) && kindWeight(stem) > 0 && canNameEvent(word, prose);
  };
  const object = findEventObject(list.find((t) => t.lower === best.event.word)?.stem ?? '', [list], isKind);
  const word = list.find((token) => token.stem === object)?.lower;
  return word ? { word, preposition: '', headline: title } : best.event;
}
