import type { ArticleRecord } from '../types.ts';
import { escapeRegExp, wholeWord } from '../text/whole-word.ts';

// A lead is the summary, else the body's opening: where a release says where the occasion is.
const LEAD_CHARS = 600;

/** An article's headline and lead, the text naming reads for where an occasion is held. */
export function headlineAndLead(article: ArticleRecord | undefined): string {
  return article ? `${article.title} ${article.summary || article.body.slice(0, LEAD_CHARS)}` : '';
}

/** "Leaders’ X", "Leader’s X": `word` in the possessive, then the word it owns (group 1). */
export function possessiveOf(word: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}['’]s?\\s+(\\p{L}+)`, flags);
}

/**
 * What naming stories reads across the whole archive, read once per archive and shared by every
 * story's name: without it, each story would scan every article again, a cost that grows with
 * stories × archive.
 */
export class ArchiveText {
  private readonly naming = new Map<string, number>();
  private summaries: string[] | undefined;
  private headlinesAndLeads: string[] | undefined;
  private readonly possessed = new Map<string, Map<string, number>>();

  constructor(private readonly articles: readonly ArticleRecord[]) {}

  /** How many articles name `name` as a whole word in their headline and lead (`headlineAndLead`). */
  countNaming(name: string): number {
    let count = this.naming.get(name);
    if (count === undefined) {
      const pattern = wholeWord(name);
      this.headlinesAndLeads ??= this.articles.map(headlineAndLead);
      count = this.headlinesAndLeads.filter((text) => pattern.test(text)).length;
      this.naming.set(name, count);
    }
    return count;
  }

  /**
   * What the archive's headlines write right after `word` in the possessive ("Leaders’ Summit",
   * "Leader’s Meeting"): each following word in lower case, with the number of headlines that write it.
   */
  wordsAfterPossessive(word: string): ReadonlyMap<string, number> {
    let counts = this.possessed.get(word);
    if (!counts) {
      counts = new Map<string, number>();
      const pattern = possessiveOf(word, 'giu');
      for (const article of this.articles) {
        const seen = new Set<string>();
        for (const match of article.title.matchAll(pattern)) seen.add(match[1]!.toLowerCase());
        for (const next of seen) counts.set(next, (counts.get(next) ?? 0) + 1);
      }
      this.possessed.set(word, counts);
    }
    return counts;
  }

  /** Every article's summary, in archive order. */
  leads(): readonly string[] {
    return (this.summaries ??= this.articles.map((article) => article.summary));
  }
}
