import { absolute, builtAt, sectionName, site } from '../config/site.ts';
import { chooseShareCard, type ShareCardKind } from '../lib/og/share-card.ts';
import type { ArticleRecord } from '../lib/types.ts';
import { paths } from '../lib/urls.ts';
import { resolveImage, shareImageUrl } from './article-images.ts';

/** The picture an article's link previews show under this build's time and the site's `shareCardDays`. */
export function shareCardKind(article: ArticleRecord): ShareCardKind {
  const src = article.image?.src;
  // Link previews do not show SVG, so a drawing as lead image shares a generated card instead.
  const hasLeadImage = src !== undefined && resolveImage(src, article.file).kind !== 'svg';
  return chooseShareCard({ published: article.published, hasLeadImage }, builtAt, site.shareCardDays);
}

/** An article's share picture (absolute URL and alt text): its lead image, its own card, or its section's card. */
export async function shareImageOf(article: ArticleRecord): Promise<{ src: string; alt: string }> {
  const kind = shareCardKind(article);
  const image = article.image;
  const section = `${sectionName(article.section)}, ${site.name}`;
  if (kind === 'lead-image' && image) return { src: await shareImageUrl(image.src, article.file), alt: image.alt };
  if (kind === 'article-card') return { src: absolute(paths.shareImage(article.id)), alt: `${article.title}: ${section}` };
  return { src: absolute(paths.sectionCard(article.section)), alt: section };
}
