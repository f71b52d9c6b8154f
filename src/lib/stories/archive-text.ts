import type { ArticleRecord } from '../types.ts';
import { wholeWord } from '../text/whole-word.ts';

// A lead is the summary, else the body's opening: where a release says where the occasion is.
const LEAD_CHARS = 600;

/** An article's headline and lead, the text naming reads for where an occasion is held. */
export function headlineAndLead(article: ArticleRecord | undefined): string {
  return article ? `${article.title} ${article.summary || article.body.slice(0, LEAD_CHARS)}` : '';
}

/**
 * What naming stories reads across the whole archive, read once per archive and shared by every
 * story's name: without it, each story would scan every article again, a cost that grows with
 * stories × archive.
 */
export class ArchiveText {
  private readonly naming = new Map<string, number>();
  private summaries: string[] | undefined;

  constructor(private readonly articles: readonly ArticleRecord[]) {}

  /** How many articles name `name` as a whole word in their headline and lead (`headlineAndLead`). */
  countNaming(name: string): number {
    let count = this.naming.get(name);
    if (count === undefined) {
      const pattern = wholeWord(name);
      count = this.articles.filter((article) => pattern.test(headlineAndLead(article))).length;
      this.naming.set(name, count);
    }
    return count;
  }

  /** Every article's summary, in archive order. */
  leads(): readonly string[] {
    return (this.summaries ??= this.articles.map((article) => article.summary));
  }
}
