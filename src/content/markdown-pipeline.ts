import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { Registry } from '../lib/entities/index.ts';
import { rehypeSafeHtml } from '../rehype/sanitize.ts';
import { remarkArticleText } from '../remark/article-text.ts';
import { remarkBasePathLinks } from '../remark/base-path-links.ts';
import { remarkEntities } from '../remark/entities.ts';
import { remarkEventDates } from '../remark/event-dates.ts';
import { remarkSmartPunctuation } from '../remark/smart-punctuation.ts';
import { hashSourceFiles, PIPELINE_SOURCES } from './pipeline-revision.ts';
import { hashEntityNames, loadSiteRegistry } from './registry.ts';

/** What the article Markdown pipeline depends on. */
export interface MarkdownPipelineSettings {
  basePath: string;
  timeZone: string;
  /** The site's locale, for dates written in words (the resolved date shown on "on the 19th"). */
  locale: string;
  /** The entity registry; the site's (built-in gazetteer and content/entities) when not given. */
  registry?: Registry;
}

/** The remark and rehype plugins every article body goes through, in order. */
export function markdownPipeline(settings: MarkdownPipelineSettings) {
  // Without the articles' tags: a tag topic is never matched in text (registry.ts compiles no
  // names for it), so the only thing tags changed here was which unregistered names an article
  // reported, and the newsroom index leaves those out instead. Options that change with every
  // publication would change Astro's config digest, and Astro would clear its content store.
  const registry = settings.registry ?? loadSiteRegistry();
  return {
    // remark-smartypants (retext over every text node) cost as much as the rest of an article's
    // Markdown together; src/remark/smart-punctuation.ts does the same typography in one pass.
    smartypants: false,
    remarkPlugins: [
      [remarkPipelineRevision, { revision: hashSourceFiles(PIPELINE_SOURCES), entities: hashEntityNames(registry) }],
      // Before smart punctuation: the recorded text and lead keep the editor's characters, as
      // frontmatter summaries do (cards and feeds showed them so before the text came from here).
      remarkArticleText,
      remarkSmartPunctuation,
      remarkBasePathLinks({ basePath: settings.basePath }),
      [remarkEntities, { registry, basePath: settings.basePath }],
      remarkEventDates({ timeZone: settings.timeZone, locale: settings.locale }),
    ],
    // Raw HTML in bodies is parsed, then cut to an allow-list (src/rehype/sanitize.ts).
    rehypePlugins: [...rehypeSafeHtml],
  } satisfies UnifiedProcessorOptions;
}

/**
 * Reads articles for scripts and benchmarks as the build does: the remark stage of
 * `markdownPipeline` (GitHub-flavoured Markdown, as Astro parses it), without rendering HTML.
 * Returns, for a body and its frontmatter, the frontmatter the plugins filled in (`plainText`,
 * `lead`, `readingMinutes`, `mentions`, `unregistered`, `events`).
 */
export function createArticleReader(settings: MarkdownPipelineSettings) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(markdownPipeline(settings).remarkPlugins as PluggableList);
  return (markdown: string, frontmatter: Record<string, unknown>, path?: string): Record<string, unknown> => {
    const file = new VFile({ value: markdown, path, data: { astro: { frontmatter: { ...frontmatter } } } });
    processor.runSync(processor.parse(file), file);
    return (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
  };
}

/**
 * Not a transform: its options carry the revision of the pipeline's code and of the entity names
 * into Astro's config digest, so a restored content cache is re-rendered when either changes
 * (see pipeline-revision.ts).
 */
function remarkPipelineRevision(_options: { revision: string; entities: string }) {}
