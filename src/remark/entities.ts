/** Remark plugin: finds the entities of one article, links the first mention of each, and records them in frontmatter. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { analyzeEntities, compareMentions } from '../lib/entities/analyze-entities';
import type { Registry } from '../lib/entities/registry';
import { normaliseBasePath } from '../lib/settings.ts';
import { slugify } from '../lib/slugify';
import { paths, withBase } from '../lib/urls.ts';
import type { EntityMention } from '../lib/types';
import { collectText } from './entities/collect-text';
import { linkFirstMentions } from './entities/link-mentions';

/** Options of `remarkEntities`. */
export interface RemarkEntitiesOptions {
  /** The registry built once per build (`buildRegistry`). */
  registry: Registry;
  /** The site's base path, e.g. `/` or `/news/`. */
  basePath: string;
}

/** The part of the VFile data Astro fills for Markdown pages. */
interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** Adds the article's tags as topic mentions (count 0 and first -1 when the text never names them). */
export function addTagMentions(mentions: EntityMention[], tags: unknown): EntityMention[] {
  if (!Array.isArray(tags)) return mentions;
  for (const tag of tags) {
    if (typeof tag !== 'string') continue;
    const id = slugify(tag);
    if (id === '') continue;
    const existing = mentions.find((m) => m.id === id);
    if (existing) existing.salient = true;
    else mentions.push({ id, count: 0, first: -1, salient: true });
  }
  return mentions.sort(compareMentions);
}

/** Remark plugin factory: options in, transformer out. */
export function remarkEntities(options: RemarkEntitiesOptions) {
  const base = normaliseBasePath(options.basePath);
  return (tree: Root, file: VFile): void => {
    const data = file.data as AstroData;
    data.astro ??= {};
    const frontmatter = (data.astro.frontmatter ??= {});
    const title = typeof frontmatter['title'] === 'string' ? frontmatter['title'] : '';
    const summary = typeof frontmatter['summary'] === 'string' ? frontmatter['summary'] : undefined;
    const { text, pieces } = collectText(tree);
    const analysis = analyzeEntities({ title, summary, body: text }, options.registry);
    const bodyMatches = analysis.matches.filter((m) => m.start >= analysis.bodyOffset);
    linkFirstMentions(pieces, bodyMatches, analysis.bodyOffset, (id) => withBase(base, paths.entity(id)));
    frontmatter['mentions'] = addTagMentions(analysis.mentions, frontmatter['tags']);
    frontmatter['unregistered'] = analysis.unregistered;
  };
}

