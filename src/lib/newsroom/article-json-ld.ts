import { ENTITY_TYPES, type EntityType } from '../entities/entity-types.ts';
import { slugify } from '../slugify.ts';

/** What the NewsArticle structured data is built from; plain values the page already has. */
export interface ArticleJsonLdInput {
  url: string;
  headline: string;
  description: string;
  published: Date;
  updated?: Date | undefined;
  authors: string[];
  section: string;
  publisherName: string;
  publisherUrl: string;
  logoUrl: string;
  imageUrl?: string | undefined;
  dateline?: string | undefined;
  lang: string;
  /** The editor's tags; a tag whose entity is in `about` or `mentions` is listed there only. */
  keywords: string[];
  about?: EntityThing[];
  mentions?: EntityThing[];
}

/** An entity the article is about or mentions, named and, where known, identified by its Wikidata page. */
export interface EntityThing {
  /** Entity id: a tag names the entity with id `slugify(tag)`. */
  id: string;
  name: string;
  type: EntityType;
  sameAs?: string | undefined;
}

/** schema.org NewsArticle for one article page. */
export function buildArticleJsonLd(input: ArticleJsonLdInput): Record<string, unknown> {
  const thing = (e: EntityThing) => ({
    '@type': ENTITY_TYPES[e.type].schemaType,
    name: e.name,
    ...(e.sameAs ? { sameAs: e.sameAs } : {}),
  });
  // Every tag is an entity too (a topic, or the entity its slug names): list it once, typed.
  const named = new Set([...(input.about ?? []), ...(input.mentions ?? [])].map((e) => e.id));
  const keywords = input.keywords.filter((tag) => !named.has(slugify(tag)));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // The page's address once: mainEntityOfPage is what search engines read for it.
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    headline: input.headline.slice(0, 110),
    description: input.description,
    datePublished: input.published.toISOString(),
    dateModified: (input.updated ?? input.published).toISOString(),
    inLanguage: input.lang,
    articleSection: input.section,
    ...(keywords.length ? { keywords } : {}),
    author: input.authors.length
      ? input.authors.map((name) => ({ '@type': 'Person', name }))
      : [{ '@type': 'Organization', name: input.publisherName, url: input.publisherUrl }],
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: input.publisherName,
      url: input.publisherUrl,
      logo: { '@type': 'ImageObject', url: input.logoUrl },
    },
    ...(input.imageUrl ? { image: [input.imageUrl] } : {}),
    ...(input.dateline ? { locationCreated: { '@type': 'Place', name: input.dateline } } : {}),
    ...(input.about?.length ? { about: input.about.map(thing) } : {}),
    ...(input.mentions?.length ? { mentions: input.mentions.map(thing) } : {}),
  };
}
