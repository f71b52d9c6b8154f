/** An organisation's initials written alone, in an article that never spells its name out ("The UAW ratified …"), are a mention of it. */
import { emptyCandidate } from './find-names.ts';
import { lookUpWord, NON_ORG_ACRONYMS } from './lexicon.ts';
import { slugify } from '../slugify.ts';
import { escapeRegExp } from '../text/whole-word.ts';
import { segmentArticle } from './tokenise.ts';
import type { Entity } from '../types.ts';
import type { ArticleCandidates } from './select-confident.ts';
import type { ArticleWords } from './written-lowercase.ts';

// Two letters ("PA", "AI") stand for too many things to read alone.
const INITIALS = /^[A-Z][A-Z&]{2,9}$/;
const CAPITALS_WORD = /^[A-Z][A-Z&]+$/;

/**
 * Adds a candidate for initials an article writes on their own, where the archive gives those
 * initials in brackets after one organisation's name elsewhere ("United Auto Workers (UAW)") and
 * writes them for no other name: `joinAcronyms` then counts it for that organisation. Initials a registered entity
 * owns are the registry's to read, in its context; everyday words in capitals ("SAVE")
 * and initials inside a line of capitals ("FACT SHEET") are no mention, nor initials written once
 * outside the headline, nor initials the article itself gives in brackets after another name.
 */
export function addAcronymsAlone<T extends ArticleCandidates>(
  articles: readonly ArticleWords[],
  perArticle: readonly T[],
  registered: Iterable<Pick<Entity, 'name' | 'aliases'>>,
): T[] {
  const taken = new Set([...registered].flatMap((e) => [e.name, ...e.aliases]));
  // Every name that writes the initials claims them; only an organisation that gives them in brackets owns them.
  const claims = new Map<string, Set<string>>();
  const owned = new Set<string>();
  // The names written with the initials, to tell their own definition from another name's.
  const namesOf = new Map<string, Set<string>>();
  for (const { candidates } of perArticle)
    for (const c of candidates)
      for (const v of c.variants) {
        if (!INITIALS.test(v)) continue;
        claims.set(v, (claims.get(v) ?? new Set()).add(c.id));
        if (c.type === 'organization' && c.introduced) owned.add(v);
        const names = namesOf.get(v) ?? new Set<string>();
        for (const n of [c.name, ...c.variants]) if (n !== v) names.add(n);
        namesOf.set(v, names);
      }
  const initials = [...owned].filter((v) => claims.get(v)?.size === 1 && !taken.has(v) && !NON_ORG_ACRONYMS.has(v) && !isDictionaryWord(v));
  if (initials.length === 0) return [...perArticle];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}&.])(${initials.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}&])`, 'gu');
  return perArticle.map((entry, index) => {
    const article = articles[index];
    if (!article) return entry;
    const written = new Set(entry.candidates.flatMap((c) => [c.name, ...c.variants]));
    const title = `${article.title}\n`;
    const text = `${title}\n${article.body}`;
    const found = new Map<string, { count: number; first: number; inTitle: boolean; afterThe: boolean }>();
    const defined = new Set<string>();
    for (const m of text.matchAll(pattern)) {
      const v = m[1] ?? '';
      const at = m.index ?? 0;
      // "the Affordable Connectivity Program (ACP)": the article gives the initials to something else.
      if (isGivenToAnotherName(text, at, v, namesOf.get(v))) defined.add(v);
      if (written.has(v) || amongCapitals(text, at, at + v.length)) continue;
      const seen = found.get(v) ?? { count: 0, first: at, inTitle: false, afterThe: false };
      seen.count += 1;
      // "the NAACP", "The NAACP"; not "the KSA-listed rules", where the initials modify a word.
      seen.afterThe ||= /\b[Tt]he\s+$/.test(text.slice(Math.max(0, at - 5), at)) && text[at + v.length] !== '-';
      seen.inTitle ||= at < title.length;
      found.set(v, seen);
    }
    // One passing use ("4 p.m. CDT", "a public API") may be anything; the organisation is named again or in the headline.
    for (const [v, seen] of found) if ((seen.count < 2 && !seen.inTitle && !seen.afterThe) || defined.has(v)) found.delete(v);
    if (found.size === 0) return entry;
    // The same coordinates and lead as detection's (`segmentArticle`), for the few articles that write lone initials.
    const { leadEnd } = segmentArticle({ title: article.title, body: article.body });
    const added = [...found].map(([v, seen]) => ({
      ...emptyCandidate(slugify(v), v, 'organization'),
      count: seen.count,
      first: seen.first,
      inTitle: seen.inTitle,
      inLead: seen.first < leadEnd,
    }));
    return { ...entry, candidates: [...entry.candidates, ...added] };
  });
}

/** True when the initials at `at` stand in brackets right after a name that is none of `names` ("National Endowment for the Arts (NEA)" for the NEA of "National Education Association"). */
function isGivenToAnotherName(text: string, at: number, initials: string, names: ReadonlySet<string> = new Set()): boolean {
  if (text[at - 1] !== '(' || text[at + initials.length] !== ')') return false;
  // Words only: "State, County & Municipal Employees’" is the same name as "State, County, and Municipal Employees".
  const words = (s: string): string =>
    ` ${s
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/['’]s\b/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()}`;
  const before = words(text.slice(Math.max(0, at - 120), at - 1));
  return ![...names].some((n) => before.endsWith(words(n)));
}

function isDictionaryWord(initials: string): boolean {
  const info = lookUpWord(initials.toLowerCase());
  return info.common || info.plain;
}

/** True when the word at [from, to) has an everyday word in capitals right before or after it on its line ("JOIN THE UAW", "FACT SHEET: UAW …"). */
function amongCapitals(text: string, from: number, to: number): boolean {
  const before = /([\p{L}&]+)[^\S\n]*[:,]?[^\S\n]*$/u.exec(text.slice(Math.max(0, from - 40), from))?.[1] ?? '';
  const after = /^[^\S\n]*[:,]?[^\S\n]*([\p{L}&]+)/u.exec(text.slice(to, to + 40))?.[1] ?? '';
  return [before, after].some((word) => CAPITALS_WORD.test(word) && isDictionaryWord(word));
}
