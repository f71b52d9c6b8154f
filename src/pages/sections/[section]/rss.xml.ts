import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site.ts';
import { feedItems, rssResponse } from '../../../data/feeds.ts';
import { getNewsroom } from '../../../data/newsroom.ts';
import { describeSection } from '../../../lib/newsroom/section-description.ts';
import type { Section } from '../../../lib/settings.ts';
import { paths } from '../../../lib/urls.ts';

export const getStaticPaths = (() => site.sections.map((section) => ({ params: { section: section.id }, props: { section } }))) satisfies GetStaticPaths;

/** The newest 50 stories of one section, as summaries. */
export const GET: APIRoute = async ({ props }) => {
  const section = (props as { section: Section }).section;
  const newsroom = await getNewsroom();
  return rssResponse({
    title: `${site.name}: ${section.name}`,
    description: describeSection(section.name, site.name),
    path: paths.sectionFeed(section.id),
    items: await feedItems(newsroom.bySection.get(section.id) ?? []),
  });
};
