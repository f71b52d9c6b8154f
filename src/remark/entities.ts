/** Remark plugin: finds the entities of one article, links the first mention of each, and records them in frontmatter. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { analyseEntities } from '../lib/entities/analyse-entities';
import { addTagMentions } from '../lib/entities/article-entities.ts';
import type { Registry } from '../lib/entities/registry';
import { collectProse } from '../lib/markdown-text.ts';
import { normaliseBasePath } from '../lib/settings.ts';
import { paths, withBase } from '../lib/urls.ts';
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

/** Remark plugin factory: options in, transformer out. */
export function remarkEntities(options: RemarkEntitiesOptions) {
  const base = normaliseBasePath(options.basePath);
  return (tree: Root, file: VFile): void => {
    const data = file.data as AstroData;
    data.astro ??= {};
    const frontmatter = (data.astro.frontmatter ??= {});
    const title = typeof frontmatter['title'] === 'string' ? frontmatter['title'] : '';
    const summary = typeof frontmatter['summary'] === 'string' ? frontmatter['summary'] : undefined;
    const prose = collectProse(tree);
    const analysis = analyseEntities({ title, summary, body: prose.text, bold: prose.bold }, options.registry);
    const bodyMatches = analysis.matches.filter((m) => m.start >= analysis.bodyOffset);
    linkFirstMentions(prose, bodyMatches, analysis.bodyOffset, (id) => withBase(base, paths.entity(id)));
    frontmatter['mentions'] = addTagMentions(analysis.mentions, frontmatter['tags']);
    frontmatter['unregistered'] = analysis.unregistered;
  };
}
