import type { Root } from 'mdast';
import { collectProse, leadParagraph, readingMinutes } from '../lib/markdown-text.ts';

/** What this plugin records on an article's frontmatter (plain JSON), for the newsroom record to read. */
export interface ArticleTextData {
  /** The body as plain text (`collectProse`): the text related stories, story threads and benches read. */
  plainText: string;
  /** The first paragraph as plain text, cut near 300 characters: the summary when the editor wrote none. */
  lead: string;
  /** Minutes a reader needs for the body. */
  readingMinutes: number;
}

/** The part of a vfile this plugin writes (Astro keeps frontmatter on `data.astro`). */
interface ArticleFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Records the article's plain text, lead paragraph and reading time on its frontmatter. */
export function remarkArticleText() {
  return (tree: Root, file: ArticleFile): void => {
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    const plainText = collectProse(tree).text;
    const data: ArticleTextData = { plainText, lead: leadParagraph(tree), readingMinutes: readingMinutes(plainText) };
    Object.assign(frontmatter, data);
  };
}
