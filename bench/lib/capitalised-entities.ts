/**
 * A stand-in entity detector for benchmarks: capitalised phrases ("Prime Minister Netanyahu",
 * "Democratic People's Republic of Korea") and acronyms ("DPRK", "G7") become entity ids. Used only
 * when the real `detectEntities` of src/lib/entities is not available.
 */
import { compareSalience } from '../../src/lib/entities/article-entities.ts';
import { slugify } from '../../src/lib/slugify.ts';
import { isStopWord } from '../../src/lib/text/index.ts';
import type { EntityMention } from '../../src/lib/types.ts';

const WORD = /[\p{Lu}][\p{L}\p{N}]*(?:['’][\p{L}]+)*|[\p{Ll}\p{N}][\p{L}\p{N}]*(?:['’][\p{L}]+)*|[.!?;:]/gu;
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'al', 'bin', 'on']);
const MAX_WORDS = 7;
// Capitalised words that start sentences or headings far more often than they name anything.
const NOT_NAMES = new Set([
  'today',
  'yesterday',
  'tomorrow',
  'as',
  'we',
  'our',
  'i',
  'you',
  'it',
  'this',
  'these',
  'together',
  'since',
  'during',
  'under',
  'today’s',
]);

/** A detected phrase and its display name. */
export interface FoundEntity {
  mention: EntityMention;
  name: string;
}

function isConnector(word: string): boolean {
  return CONNECTORS.has(word);
}

/** Capitalised phrases of `text`, possessive 's dropped, sentence-initial function words skipped. */
export function findCapitalisedPhrases(text: string): string[] {
  const phrases: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && isConnector(run[run.length - 1] ?? '')) run.pop();
    while (run.length > 0 && (isStopWord((run[0] ?? '').toLowerCase()) || NOT_NAMES.has((run[0] ?? '').toLowerCase()))) run.shift();
    if (run.length > 0 && run.length <= MAX_WORDS) phrases.push(run.join(' '));
    run = [];
  };
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const word = raw.replace(/['’]s$/u, '');
    const capital = /^\p{Lu}/u.test(word);
    if (capital) {
      run.push(word);
      if (word !== raw) flush();
    } else if (run.length > 0 && isConnector(word)) run.push(word);
    else flush();
  }
  flush();
  return phrases;
}

/**
 * Entity mentions of one article from its capitalised phrases. Phrases are taken from the summary
 * and body only — headlines are in Title Case, where every word is capitalised — and then counted
 * in the headline too.
 */
export function detectCapitalisedEntities(title: string, summary: string, body: string): FoundEntity[] {
  const combined = `${title}\n${summary}\n${body}`;
  const lead = `${title}\n${summary}\n${body.split('\n\n')[0] ?? ''}`;
  const found = new Map<string, FoundEntity>();
  for (const phrase of findCapitalisedPhrases(`${summary}\n${body}`)) {
    const id = slugify(phrase);
    if (!id || id.length < 2) continue;
    const known = found.get(id);
    if (known) {
      known.mention.count++;
      continue;
    }
    const first = combined.indexOf(phrase);
    const inTitle = title.includes(phrase) ? 1 : 0;
    found.set(id, { name: phrase, mention: { id, count: 1 + inTitle, first: Math.max(0, first), salient: lead.includes(phrase) } });
  }
  return [...found.values()].sort((a, b) => compareSalience(a.mention, b.mention));
}
