import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { rehypeSafeHtml } from '../rehype/sanitize.ts';
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
}

/** The remark and rehype plugins every article body goes through, in order. */
export function markdownPipeline(settings: MarkdownPipelineSettings) {
  // Without the articles' tags: a tag topic is never matched in text (registry.ts compiles no
  // names for it), so the only thing tags changed here was which unregistered names an article
  // reported, and the newsroom index leaves those out instead. Options that change with every
  // publication would change Astro's config digest, and Astro would clear its content store.
  const registry = loadSiteRegistry();
  return {
    // remark-smartypants (retext over every text node) cost as much as the rest of an article's
    // Markdown together; src/remark/smart-punctuation.ts does the same typography in one pass.
    smartypants: false,
    remarkPlugins: [
      [remarkPipelineRevision, { revision: hashSourceFiles(PIPELINE_SOURCES), entities: hashEntityNames(registry) }],
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
 * Not a transform: its options carry the revision of the pipeline's code and of the entity names
 * into Astro's config digest, so a restored content cache is re-rendered when either changes
 * (see pipeline-revision.ts).
 */
function remarkPipelineRevision(_options: { revision: string; entities: string }) {}
