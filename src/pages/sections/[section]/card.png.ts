import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site.ts';
import { renderOgImage } from '../../../lib/og/render-og-image.ts';
import type { Section } from '../../../lib/settings.ts';

export const getStaticPaths = (() => site.sections.map((section) => ({ params: { section: section.id }, props: { section } }))) satisfies GetStaticPaths;

/** A section's share card, shared by its articles once they are past the newest `shareCardDays`. */
export const GET: APIRoute = async ({ props }) => {
  const section = (props as { section: Section }).section;
  const png = await renderOgImage({ headline: section.name, section: '', standfirst: site.description, siteName: site.name });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
