import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site.ts';
import { feedItems, rssResponse } from '../../../data/feeds.ts';
import { getNewsroom } from '../../../data/newsroom.ts';
import { getPageKeys } from '../../../data/page-keys.ts';
import type { Entity } from '../../../lib/types.ts';
import { paths } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const [{ entityIndex }, keys] = await Promise.all([getNewsroom(), getPageKeys()]);
  return [...entityIndex.entities.values()].map((entity) => ({
    params: { entity: entity.id },
    props: { entity },
    cacheKey: keys.page('entity-feed', entity, (entityIndex.articlesOf.get(entity.id) ?? []).slice(0, site.pageSize)),
  }));
}) satisfies GetStaticPaths;

/**
 * The newest stories about one entity: as many as the entity page's first page shows, so thousands
 * of entity feeds do not each repeat fifty full texts of the archive.
 */
export const GET: APIRoute = async ({ props }) => {
  const entity = (props as { entity: Entity }).entity;
  const { entityIndex } = await getNewsroom();
  return rssResponse({
    title: `${site.name}: ${entity.name}`,
    description: `Stories about ${entity.name} from ${site.name}.`,
    path: paths.entityFeed(entity.id),
    items: await feedItems(entityIndex.articlesOf.get(entity.id) ?? [], site.pageSize),
  });
};
