import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site.ts';
import { feedItems, rssResponse } from '../../../data/feeds.ts';
import { getNewsroom } from '../../../data/newsroom.ts';
import { getPageKeys } from '../../../data/page-keys.ts';
import type { Entity } from '../../../lib/types.ts';
import { paths } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const [{ entityIndex }, keys] = await Promise.all([getNewsroom(), getPageKeys()]);
  return [...entityIndex.pages].map((id) => {
    const entity = entityIndex.entities.get(id)!;
    return {
      params: { entity: id },
      props: { entity },
      cacheKey: keys.page('entity-feed', entity, (entityIndex.articlesOf.get(id) ?? []).slice(0, ENTITY_FEED_ITEMS)),
    };
  });
}) satisfies GetStaticPaths;

// A feed reader keeps what it has fetched, so a feed needs only what is new since the last visit;
// thousands of entity feeds must not each repeat a slice of the archive.
const ENTITY_FEED_ITEMS = 10;

/** The newest stories about one entity, as summaries. */
export const GET: APIRoute = async ({ props }) => {
  const entity = (props as { entity: Entity }).entity;
  const { entityIndex } = await getNewsroom();
  return rssResponse({
    title: `${site.name}: ${entity.name}`,
    description: `Stories about ${entity.name} from ${site.name}.`,
    path: paths.entityFeed(entity.id),
    items: await feedItems(entityIndex.articlesOf.get(entity.id) ?? [], { limit: ENTITY_FEED_ITEMS, category: entity.name }),
  });
};
