import { stem } from '../text/index.ts';
import { DAY_MS } from '../time/index.ts';
import type { FeatureTable } from './article-features.ts';
import { groupDocuments } from './count-documents.ts';
import type { HeadlineSlot } from './series-headlines.ts';
import { keepToEventEnd } from './event-end.ts';
import { keepCoverageRun } from './coverage-run.ts';
import { addHeadlineNameStems } from './name-words.ts';

// An entity in at most this share of the archive (or this many articles) is rare enough to be a story by itself ("Tyre Nichols")…
const RARE_SHARE = 0.006;
const RARE_ARTICLES = 3;
// …a commoner one (a speaker, an office, a country) needs a second one beside it or a shared headline word.
// A word in more than this share of the archive's headlines is a template word ("statement", "readout").
const TEMPLATE_SHARE = 0.06;

/**
 * The members of a thread that share its focus, [] when it has none. A thread has a focus, so that its articles read as one story rather than a grab-bag that
 * shares a name (a press secretary's statements, an office's meetings, one country's notices): one
 * of its defining entities (named by at least half of the members) is rare in the archive; or two
 * of them are each named in at least two of its headlines ("Japan" and "Kishida"); or at least
 * half of the headlines share a word that is neither a name nor a template word of the archive's
 * headlines ("ruling", "wildfires"), nor one of the recurring opening of its headline (`openings`,
 * "Remarks as Prepared for Delivery by"); issues of a series (`slots`) are left out: they share
 * their template, not a story, and one document issued twice (`groupDocuments`) votes once. A
 * thread held by its names that also shares a headline word ends with that event (`keepToEventEnd`);
 * one held by words alone is its longest run of coverage without a week's silence (`keepCoverageRun`).
 */
export function focusOn(
  members: readonly number[],
  table: FeatureTable,
  slots: readonly HeadlineSlot[],
  openings: ReadonlyArray<ReadonlySet<string>>,
): number[] {
  const n = members.length;
  const named = new Map<number, number>();
  const titled = new Map<number, number>();
  const words = new Map<number, number>();
  const nameStems = new Set<string>();
  for (const index of members) {
    const f = table.features[index];
    addHeadlineNameStems(nameStems, index, table);
    for (const e of f?.entities ?? []) named.set(e, (named.get(e) ?? 0) + 1);
    for (const e of f?.titleEntities ?? []) titled.set(e, (titled.get(e) ?? 0) + 1);
  }
  // The words of a headline past its recurring opening ("Readout of White House State Legislative
  // Convening on"): the opening says which format it is, not what it is about.
  const ownWords = (index: number): number[] => {
    const opening = new Set([...(openings[index] ?? [])].map((word) => stem(word)));
    return (table.features[index]?.titleTerms ?? []).filter((t) => !opening.has(table.terms[t] ?? ''));
  };
  // A headline word votes once per document: one notice issued twice shares its words with itself, not a story.
  const documents = groupDocuments(members, table);
  for (const document of documents) {
    const voted = new Set<number>();
    for (const index of document) {
      // An issue of a series shares its template words with every other issue, not a story.
      if (slots[index] !== undefined) continue;
      for (const t of ownWords(index)) voted.add(t);
    }
    for (const t of voted) words.set(t, (words.get(t) ?? 0) + 1);
  }
  const half = (count: number | undefined): boolean => (count ?? 0) * 2 >= n;
  const halfOfDocuments = (count: number): boolean => count * 2 >= documents.length;
  const rare = Math.max(RARE_ARTICLES, RARE_SHARE * table.documents);
  const defining = [...named.keys()].filter((e) => half(named.get(e)) && !table.background[e]);
  const byNames = defining.some((e) => (table.entityFrequency[e] ?? 0) <= rare) || defining.filter((e) => (titled.get(e) ?? 0) >= 2).length >= 2;
  const shared = [...words].filter(([term, count]) => {
    const word = table.terms[term] ?? '';
    const headlines = table.documents / Math.exp(table.titleTermWeight[term] ?? 0);
    return halfOfDocuments(count) && count >= 2 && !nameStems.has(word) && !/\d/.test(word) && headlines <= TEMPLATE_SHARE * table.documents;
  });
  // Held together only by a headline word, the story is the members whose headlines use one of
  // those words, and the documents out within a day of one (the call on the day of the fires): a
  // person's other engagements that month join by the person's name alone.
  // A member holds the word past its opening, or in an opening other members share (the thread's
  // own refrain, "Extreme Republican Shutdown Would"); an opening of another format that happens to
  // hold it ("State Legislative Convening on Paid Leave" beside meetings with state legislators) does not.
  const openingKey = (index: number): string => [...(openings[index] ?? [])].join(' ');
  const refrains = new Map<string, number>();
  for (const index of members) if (openingKey(index)) refrains.set(openingKey(index), (refrains.get(openingKey(index)) ?? 0) + 1);
  const holders = members.filter((index) => {
    const words = (refrains.get(openingKey(index)) ?? 0) >= 2 ? (table.features[index]?.titleTerms ?? []) : ownWords(index);
    return shared.some(([term]) => words.includes(term));
  });
  // Held by its names, the thread keeps its members up to the end of the event its headlines share.
  if (byNames)
    return keepToEventEnd(
      members,
      holders,
      shared.map(([term]) => term),
      table,
    );
  const time = (index: number): number => table.features[index]?.time ?? 0;
  const times = holders.map(time);
  const near = members.filter((index) => times.some((at) => Math.abs(time(index) - at) < DAY_MS));
  // With no name to hold it, the story is one run of coverage: a week's silence ends it (`keepCoverageRun`).
  return keepCoverageRun(near, time);
}

/** Whether a thread has a focus (see `focusOn`): at least some of its members share one. */
export function hasFocus(
  members: readonly number[],
  table: FeatureTable,
  slots: readonly HeadlineSlot[],
  openings: ReadonlyArray<ReadonlySet<string>>,
): boolean {
  return focusOn(members, table, slots, openings).length > 0;
}
