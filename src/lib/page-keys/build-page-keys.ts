import type { Newsroom } from '../newsroom/build-newsroom.ts';
import type { EntityTag } from '../newsroom/entity-index.ts';
import type { PageSlice } from '../paginate.ts';
import type { Section, SiteSettings } from '../settings.ts';
import type { Story } from '../stories/index.ts';
import { localYear } from '../timeline/index.ts';
import type { ArticleRecord, Entity } from '../types.ts';
import { digestJson } from './digest-json.ts';

/** What the page keys depend on besides the newsroom index. */
export interface PageKeySettings {
  site: SiteSettings;
  /** The moment the build stands for (the footer shows its year). */
  builtAt: Date;
  /** Per article id, a digest of its source as the content layer gave it (frontmatter and rendered body). */
  sources: ReadonlyMap<string, string>;
}

/**
 * Incremental-build cache keys: for each page, a digest of everything it shows. A page whose key
 * (and code) is unchanged since the last build is copied, not rendered, so a key must change
 * whenever the page would render differently. Each key below lists what its page reads; a page
 * that starts showing more must add it here. Article records inside a key count as their digest
 * (their fields, source and entity tags), so a list page changes when any article in it changes.
 */
export interface PageKeys {
  /** `/articles/<id>/`: the article, its tags, story so far, related stories, previous and next. */
  article: (id: string) => string;
  /** `/entities/<id>/[page]/`: one page of an entity's stories and everything beside it. */
  entity: (entity: Entity, slice: PageSlice<ArticleRecord>) => string;
  /** `/sections/<id>/[page]/`: one page of a section's stories. */
  section: (section: Section, slice: PageSlice<ArticleRecord>) => string;
  /** `/timeline/<yyyy>/<mm>/`: one month's stories, and the index of all months. */
  month: (month: string) => string;
  /** `/stories/<id>/`: a story, its entities and its timeline. */
  story: (story: Story) => string;
  /** Any other page or file: the digest of `parts` (what it renders) with the site frame. */
  page: (...parts: unknown[]) => string;
}

/** An entity as pages name and link it (not its aliases or description, which only its own page shows). */
const slim = (entity: Entity) => ({ ...entity, aliases: undefined, description: undefined });

/** Builds the keys once per build from the newsroom index. */
export function buildPageKeys(newsroom: Newsroom, settings: PageKeySettings): PageKeys {
  const { entityIndex } = newsroom;
  // A tag is a link only while its entity has a page, which a third article naming it can bring
  // about without this article changing.
  const slimTag = (tag: EntityTag) => ({ ...tag, entity: slim(tag.entity), page: entityIndex.pages.has(tag.entity.id) });
  const tagsOf = (id: string) => (entityIndex.tagsOf.get(id) ?? []).map(slimTag);
  const records = new Map<object, string>();
  for (const article of newsroom.articles) {
    records.set(article, digestJson([article, settings.sources.get(article.id) ?? '', tagsOf(article.id)]));
  }
  // Every page has the same frame: site settings in header, footer and head, and the footer's year.
  const frame = digestJson([settings.site, localYear(settings.builtAt, settings.site.timeZone)]);
  const page = (...parts: unknown[]) => digestJson([frame, ...parts], (v) => records.get(v));
  return {
    page,
    article: (id) => {
      const around = newsroom.neighbours.get(id) ?? {};
      const related = (newsroom.related.get(id) ?? []).map(({ link, article }) => ({ id: link.id, reason: link.reason, article }));
      return page('article', newsroom.byId.get(id), newsroom.storySoFar(id), related, around.previous, around.next);
    },
    entity: (entity, slice) =>
      page(
        'entity',
        entity,
        slice,
        entityIndex.articlesOf.get(entity.id)?.length ?? 0,
        (entityIndex.companions.get(entity.id) ?? []).map(({ entity: other, count }) => [slim(other), count]),
        slice.number === 1 ? newsroom.entityTimeline(entity.id) : undefined,
        entityIndex.months.get(entity.id),
      ),
    section: (section, slice) => page('section', section, slice),
    month: (month) =>
      page(
        'month',
        newsroom.months.find((m) => m.month === month),
        newsroom.monthSummaries,
      ),
    story: (story) =>
      page(
        'story',
        story,
        story.entityIds.map((id) => entityIndex.entities.get(id)).map((e) => e && slim(e)),
        newsroom.storyTimeline(story),
      ),
  };
}
