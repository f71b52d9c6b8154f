/** What a story page's structured data is built from: plain values the page already has. */
export interface StoryJsonLdInput {
  url: string;
  /** The story's name: the editor's, or the automatic one. */
  name: string;
  description: string;
  /** When the story's latest article was published. */
  updated: Date;
  /** The story's main entities, with their pages. */
  about: Array<{ name: string; url: string }>;
  /** The story's articles' URLs, oldest first. */
  parts: string[];
}

/** schema.org CollectionPage for a story page, named as the page names the story. */
export function buildStoryJsonLd(input: StoryJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: input.name,
    url: input.url,
    description: input.description,
    dateModified: input.updated.toISOString(),
    ...(input.about.length ? { about: input.about.map((e) => ({ '@type': 'Thing', name: e.name, url: e.url })) } : {}),
    hasPart: input.parts.map((url) => ({ '@type': 'NewsArticle', url })),
  };
}
