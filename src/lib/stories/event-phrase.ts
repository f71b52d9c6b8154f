import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';
import { findEventObject, isVerbNoun } from './event-object.ts';
import { pluraliseRepeated } from './pluralise-repeated.ts';
import { asNoun, type Candidate, modifies, mostCommonLower, type Texts, type Token } from './event-words.ts';
import { readProse } from './story-prose.ts';
import { countWords } from './word-counts.ts';
import { countNounUse } from './noun-use.ts';
import { hyphenated } from './hyphenated.ts';
import { findModifiedNoun } from './modified-noun.ts';

/** What the event words are chosen from. */
export interface EventPhraseInput {
  members: readonly number[];
  articles: readonly ArticleRecord[];
  table: FeatureTable;
  /** Stems of the words of names (the story's entities), which never count as event words. */
  nameStems: ReadonlySet<string>;
  /** Stems of the words of the names the story is named after ("quad"), a subset of `nameStems`. */
  subjectStems?: ReadonlySet<string> | undefined;
  /** The members' prose (`readProse`), when the caller has read it already. */
  prose?: string[] | undefined;
}

// A word in more than this share of the archive's headlines (and in more than twice as many as the
// story's own) is a template word ("readout", "statement", "call"), never what happened.
const TEMPLATE_SHARE = 0.05;
// Beyond this rarity (ln N/df) a headline word is no more telling: a word in 3 headlines of the
// archive is not worth more than one in 20.
const MAX_RARITY = 4.5;
// An event word is in at least this share of the members' headlines (and two).
const MIN_SHARE = 0.25;
// The kind of release most members are ("call", "visit") names a story when nothing else does,
// if it is in at least this share of its headlines and at most this share of the archive's.
const MIN_KIND_SHARE = 0.5;
const KIND_SHARE = 0.08;
// A lead word, when no headline word says what happened, is in at least this share of the leads.
const MIN_LEAD_SHARE = 0.4;
// At most this many headline words are read for in the text, strongest first.
const MAX_CANDIDATES = 4;
// A lead's first sentences say what happened; the rest of a long first paragraph is detail.
const MAX_LEAD_CHARS = 1000;
// A word pair replaces its head word when it is in this share of the head word's headlines.
const PAIR_SHARE = 0.6;

/** Where event words are looked for: each member's headline, or its lead (the summary). */
interface Source {
  text: (article: ArticleRecord) => string;
  /** ln(N/df) of a term in this kind of text across the archive. */
  weights: Float64Array;
  /** The share of members whose text must hold the word. */
  minShare: number;
  /** Capitals among other words are an acronym in a headline; a lead's are names ("ROK"). */
  acronyms: boolean;
  /** Stems a word must be among, if given: a lead word counts only if a headline uses it too. */
  within?: ReadonlySet<string> | undefined;
  /** A word in more than this share of the archive's texts of this kind is a template word. */
  templateShare: number;
  /** The words are the kind of release the headlines share ("Call with"), which the prose need not use. */
  release?: boolean;
}

/**
 * The words that say what happened in a story ("wildfires", "missile launches", "budget
 * agreement"): the headline word most shared by its members, weighted by its rarity across the
 * archive's headlines and by how often their text uses it as a noun (or writes it as an acronym):
 * never a verb, an adjective or part of a name. The word before it joins when most of those
 * headlines pair them and it is never a verb ("terrorist attacks"), or the noun after it
 * ("disaster declaration"). When no headline word qualifies (a story told in readouts of calls),
 * the leads are read the same way, with a higher share, for a word one headline uses too
 * ("terrorist attack"). '' when no word qualifies.
 */
export function pickEventPhrase(input: EventPhraseInput): string {
  const texts: Texts = {
    prose: input.prose ?? readProse(input.members, input.articles),
    headlines: input.members.map((index) => input.articles[index]?.title.toLowerCase() ?? ''),
    nouns: new Map(),
  };
  const { titleTermWeight, termWeight } = input.table;
  const headlines: Source = { text: (a) => a.title, weights: titleTermWeight, minShare: MIN_SHARE, acronyms: true, templateShare: TEMPLATE_SHARE };
  const inHeadlines = new Set(input.members.flatMap((index) => (input.table.features[index]?.titleTerms ?? []).map((key) => input.table.terms[key] ?? '')));
  const leads: Source = {
    text: (a) => a.summary.slice(0, MAX_LEAD_CHARS),
    weights: termWeight,
    minShare: MIN_LEAD_SHARE,
    acronyms: false,
    within: inHeadlines,
    templateShare: TEMPLATE_SHARE,
  };
  // Last, the kind of release most members are ("calls", "visit"), if the archive does not use it everywhere.
  const kinds: Source = { text: (a) => a.title, weights: titleTermWeight, minShare: MIN_KIND_SHARE, acronyms: false, templateShare: KIND_SHARE, release: true };
  return pickFrom(input, texts, headlines) || pickFrom(input, texts, leads) || pickFrom(input, texts, kinds);
}

function pickFrom({ members, articles, table, nameStems, subjectStems }: EventPhraseInput, texts: Texts, source: Source): string {
  const n = members.length;
  const weight = (word: string): number => source.weights[table.termKeys.get(word) ?? -1] ?? 0;
  const usable = (t: Token | undefined): t is Token =>
    !!t && t.stem !== '' && !nameStems.has(t.stem) && !/\d/.test(t.lower) && (!source.within || source.within.has(t.stem));
  const template = (c: Candidate): boolean => table.documents / Math.exp(weight(c.stem)) > Math.max(source.templateShare * table.documents, 2 * c.count);
  const { single, pairs, lists } = countWords(members, articles, { text: source.text, acronyms: source.acronyms, usable, subjectStems });
  // Rank by share × rarity, then by how often the text uses the word as a noun: what the
  // articles are about, not a headline's figure of speech ("five-alarm fire").
  // Reading the text is the costly part: only the strongest few headline words are read for.
  const nouns = new Map<string, string>();
  const nounUses = new Map<string, number>();
  const first = (c: Candidate): number => c.count * Math.min(weight(c.stem), MAX_RARITY);
  const strongest = [...single.values()]
    .filter((c) => c.count >= Math.max(2, Math.ceil(source.minShare * n)) && !template(c))
    .sort((a, b) => first(b) - first(a) || a.stem.localeCompare(b.stem))
    .slice(0, MAX_CANDIDATES);
  for (const candidate of strongest) {
    const shown = asNoun(candidate, texts, source.release);
    if (!shown) continue;
    nouns.set(candidate.stem, shown);
    nounUses.set(candidate.stem, countNounUse(shown, texts.prose).noun);
  }
  const score = (c: Candidate): number => c.count * Math.min(weight(c.stem), MAX_RARITY) * Math.log(2 + (nounUses.get(c.stem) ?? 0));
  const best = [...single.values()].filter((c) => nouns.has(c.stem)).sort((a, b) => score(b) - score(a) || a.stem.localeCompare(b.stem))[0];
  if (!best) return '';
  // "Participation in the Summit": the story is the summit's.
  const isEvent = (stem: string): boolean => {
    const c = single.get(stem);
    return !!c && c.count >= 2 && !template(c) && asNoun(c, texts, source.release) !== undefined;
  };
  const bestWord = nouns.get(best.stem) ?? '';
  const head = (isVerbNoun(bestWord) ? single.get(findEventObject(best.stem, lists, isEvent) ?? '') : undefined) ?? best;
  const named = nouns.get(head.stem) ?? asNoun(head, texts, source.release) ?? '';
  // Calls on many days are calls: the kind of release, one per member.
  const shown = source.release ? pluraliseRepeated(named, head.stem, members, articles, lists) : named;
  const pair = [...pairs.values()]
    .filter((p) => p.words.includes(head.stem) && p.count >= Math.max(2, Math.ceil(PAIR_SHARE * head.count)))
    // The last noun of a compound heads it ("budget proposal" in "extreme budget proposal"): a noun
    // after the word, in as many headlines, wins over a modifier before it.
    .sort(
      (a, b) =>
        b.count - a.count ||
        Number(b.words[0] === head.stem) - Number(a.words[0] === head.stem) ||
        weight(b.words[0]) + weight(b.words[1]) - weight(a.words[0]) - weight(a.words[1]),
    )
    .map((p) => {
      const [first, second] = p.words.map((w) => single.get(w));
      if (!first || !second || template(first) || template(second)) return undefined;
      if (second === head) return modifies(first, texts.prose) ? `${hyphenated(mostCommonLower(first.forms), texts.headlines)} ${shown}` : undefined;
      const after = asNoun(second, texts, source.release);
      return after ? `${shown} ${after}` : undefined;
    })
    .find((phrase) => phrase !== undefined);
  // "Technology Dialogue", "Technology Partnership": a word the headlines only write before another noun is that noun's field.
  const modified =
    pair || source.release ? undefined : findModifiedNoun(head, pairs.values(), single, weight, (c) => (template(c) ? undefined : asNoun(c, texts)));
  return pair ?? (modified ? `${shown} ${modified}` : shown);
}
