import type { Section } from '../settings.ts';
import type { ArticleRecord, Entity, EntityType } from '../types.ts';
import { isPublished } from '../visibility.ts';
import { findPublisherEntities, withoutPublisher } from '../entities/publisher.ts';
import { computeRelated, type RelatedLink, type RelatedOptions } from '../related/index.ts';
import { groupByLocalMonth, sortNewestFirst, summariseMonths, type MonthGroup, type MonthSummary } from '../timeline/index.ts';
import type { UnregisteredCandidate } from '../entities/index.ts';
import { rankHot, type HotItem, type PopularViews } from '../hot/index.ts';
import { assignStories, buildStoryTimeline, indexStoriesByArticle, prepareStorySoFar, type Story, type StoryTimelineEntry } from '../stories/index.ts';
import { ENTITY_TYPE_ORDER } from '../entities/entity-types.ts';
import { buildEntityIndex, type EntityIndex } from './entity-index.ts';
import { buildEntityTimeline } from './entity-timeline.ts';
import { windowStorySoFar, type StorySoFarWindow } from './story-so-far-window.ts';
import { addUnregisteredMentions } from './unregistered-mentions.ts';

/** Settings the newsroom index needs; passed in, never read from config. */
export interface NewsroomSettings {
  timeZone: string;
  sections: Section[];
  includeDrafts: boolean;
  /** Every entity the site knows (gazetteer, entity files, tags, confident unregistered names). */
  registry: ReadonlyMap<string, Entity>;
  /** Ids an editor registered (entity files and the built-in gazetteer): these get a page once named. */
  registered: ReadonlySet<string>;
  /** Articles that give a name no editor registered its own page and feed. */
  entityPageMinArticles: number;
  /** Unregistered names each article's detection found, by article id. */
  candidates?: ReadonlyMap<string, readonly UnregisteredCandidate[]>;
  /** The moment the build stands for; the hot list counts news up to it. */
  now: Date;
  /** Views per article from `analytics/popular.json`, when the site exports them. */
  popular?: PopularViews | undefined;
  /** Editors' names for stories (`content/stories/<id>.md`), by story id; they win over automatic names. */
  storyFiles?: ReadonlyMap<string, { title: string; summary?: string | undefined }> | undefined;
  /** Locale of dates written in words (the months in automatic story names). Default `en-GB`. */
  locale?: string | undefined;
}

/** Everything pages render that depends on more than one article; built once per build. */
export interface Newsroom {
  /** Visible articles, newest first. */
  articles: ArticleRecord[];
  byId: Map<string, ArticleRecord>;
  /** Visible articles of each section, newest first (every configured section has a list). */
  bySection: Map<string, ArticleRecord[]>;
  /** Editor's picks, newest first. */
  featured: ArticleRecord[];
  /** The previous (older) and next (newer) article in the same section. */
  neighbours: Map<string, { previous?: ArticleRecord | undefined; next?: ArticleRecord | undefined }>;
  entityIndex: EntityIndex;
  /** The few best other stories for each article, each with the article it links to and why. */
  related: Map<string, RelatedStory[]>;
  /** Articles by local month and day in the site timezone, newest first. */
  months: MonthGroup<ArticleRecord>[];
  /** The months that have articles, newest first, with previous/next links. */
  monthSummaries: MonthSummary[];
  /** Story threads, most recently updated first. */
  stories: Story[];
  /** The story each article belongs to. */
  storyOf: Map<string, Story>;
  /** A story's articles interleaved with the events named in them, oldest first. */
  storyTimeline: (story: Story) => StoryTimelineEntry[];
  /** "This story so far" for one article (the stories around it), if it belongs to a story. */
  storySoFar: (articleId: string) => StorySoFarWindow | undefined;
  /** The events named in an entity's newest stories whose sentence names the entity, oldest first. */
  entityTimeline: (entityId: string, limit?: number) => StoryTimelineEntry[];
  /** "Hot news now": featured first, then the most connected (or most viewed) recent stories. */
  hot: Array<{ item: HotItem; article: ArticleRecord }>;
  /** Latest stories for the home page: the newest that are not editor's picks. */
  latest: ArticleRecord[];
  /** The home page's section blocks: each configured section in order with its newest four, empty sections left out. */
  sectionFronts: Array<{ section: Section; articles: ArticleRecord[] }>;
  /** Entities with a page, by type in display order, each list alphabetical, with article counts. */
  entityDirectory: Array<{ type: EntityType; entries: Array<{ entity: Entity; count: number }> }>;
  /** Names of an article's entity tags that have a page, most salient first (feed categories). */
  entityNamesOf: (article: ArticleRecord) => string[];
}

/** A related-story link resolved to the article it points at. */
export interface RelatedStory {
  link: RelatedLink;
  article: ArticleRecord;
}

/** The related engine's options as the site sets them: its timezone, the index's entity names, the story threads. */
export function relatedOptionsOf(timeZone: string, entities: ReadonlyMap<string, Entity>, storyOf: ReadonlyMap<string, Story>): RelatedOptions {
  return {
    timeZone,
    entityNames: new Map([...entities].map(([id, e]) => [id, e.name])),
    stories: new Map([...storyOf].map(([articleId, story]) => [articleId, story.id])),
  };
}

// Stories listed on each side of the current one in "This story so far".
const STORY_SO_FAR_AROUND = 3;

/** Builds the index pages read from. */
export function buildNewsroom(all: ArticleRecord[], settings: NewsroomSettings): Newsroom {
  const visible = sortNewestFirst(all.filter((a) => isPublished(a, settings)));
  const found = addUnregisteredMentions(visible, settings.candidates ?? new Map(), settings.registry);
  const articles = found.articles;
  const registry = new Map(settings.registry);
  for (const entity of found.entities) registry.set(entity.id, entity);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const bySection = new Map<string, ArticleRecord[]>(settings.sections.map((s) => [s.id, []]));
  for (const article of articles) bySection.get(article.section)?.push(article);
  const neighbours: Newsroom['neighbours'] = new Map();
  for (const list of bySection.values()) {
    list.forEach((article, index) => neighbours.set(article.id, { next: list[index - 1], previous: list[index + 1] }));
  }
  const entityIndex = buildEntityIndex(articles, registry, settings.timeZone, { registered: settings.registered, minArticles: settings.entityPageMinArticles });
  const entityNamesOf = (article: ArticleRecord) =>
    (entityIndex.tagsOf.get(article.id) ?? []).filter((t) => entityIndex.pages.has(t.entity.id)).map((t) => t.entity.name);
  const files = [...(settings.storyFiles ?? [])];
  const about = withoutPublisher(articles, findPublisherEntities(articles, registry.values()));
  const stories = assignStories(about, {
    timeZone: settings.timeZone,
    locale: settings.locale,
    titles: Object.fromEntries(files.map(([id, file]) => [id, file.title])),
    summaries: Object.fromEntries(files.flatMap(([id, file]) => (file.summary ? [[id, file.summary]] : []))),
    entityName: (id) => entityIndex.entities.get(id)?.name ?? registry.get(id)?.name,
    entityType: (id) => entityIndex.entities.get(id)?.type ?? registry.get(id)?.type,
  });
  const storyOf = indexStoriesByArticle(stories);
  const links = computeRelated(about, relatedOptionsOf(settings.timeZone, entityIndex.entities, storyOf));
  const related = new Map(
    [...links].map(([id, list]) => [
      id,
      list.flatMap((link): RelatedStory[] => {
        const article = byId.get(link.id);
        return article ? [{ link, article }] : [];
      }),
    ]),
  );
  const storyTimeline = (story: Story) => buildStoryTimeline(story, byId, settings.timeZone);
  const soFarByStory = new Map<string, ReturnType<typeof prepareStorySoFar>>();
  const soFar = (articleId: string) => {
    const story = storyOf.get(articleId);
    if (!story) return undefined;
    let prepared = soFarByStory.get(story.id);
    if (!prepared) soFarByStory.set(story.id, (prepared = prepareStorySoFar(story, byId, settings.timeZone)));
    const found = prepared(articleId);
    return found && windowStorySoFar(found, STORY_SO_FAR_AROUND);
  };
  // Both an entity page and its page key read the timeline: build it once.
  const entityTimelines = new Map<string, StoryTimelineEntry[]>();
  const entityTimeline = (entityId: string, limit = 12) => {
    const key = `${entityId} ${limit}`;
    let timeline = entityTimelines.get(key);
    if (!timeline) {
      const entity = entityIndex.entities.get(entityId);
      timeline = entity ? buildEntityTimeline(entity, (entityIndex.articlesOf.get(entityId) ?? []).slice(0, limit), settings.timeZone) : [];
      entityTimelines.set(key, timeline);
    }
    return timeline;
  };
  const hot = rankHot(articles, { now: settings.now, minRecent: 24, popular: settings.popular }).flatMap((item) => {
    const article = byId.get(item.id);
    return article ? [{ item, article }] : [];
  });
  const latest = articles.filter((a) => !a.featured).slice(0, 9);
  const sectionFronts = settings.sections
    .map((section) => ({ section, articles: (bySection.get(section.id) ?? []).slice(0, 4) }))
    .filter((block) => block.articles.length > 0);
  const entityDirectory = ENTITY_TYPE_ORDER.map((type) => ({
    type,
    entries: [...entityIndex.entities.values()]
      .filter((e) => e.type === type && entityIndex.pages.has(e.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
      .map((entity) => ({ entity, count: entityIndex.articlesOf.get(entity.id)?.length ?? 0 })),
  })).filter((group) => group.entries.length > 0);
  const months = groupByLocalMonth(articles, settings.timeZone);
  return {
    months,
    monthSummaries: summariseMonths(months),
    articles,
    byId,
    bySection,
    featured: articles.filter((a) => a.featured),
    neighbours,
    entityIndex,
    entityNamesOf,
    related,
    stories,
    storyOf,
    storyTimeline,
    storySoFar: soFar,
    entityTimeline,
    hot,
    latest,
    sectionFronts,
    entityDirectory,
  };
}
