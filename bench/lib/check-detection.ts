import type { ArticleRecord } from '../../src/lib/types.ts';
import { detectArticleEntities } from './detect-article-entities.ts';

/** How the site's detector reads a synthetic archive against the entities the generator wrote into it. */
export interface DetectionCheck {
  /** (article, entity) pairs the generator wrote. */
  planned: number;
  /** Of those, the pairs the detector found, with the same entity id. */
  found: number;
  /** Entities the detector found that the generator did not write (words read as names). */
  extra: number;
  detector: string;
}

/**
 * Runs the site's entity detection (with the entity files in `entitiesDir`) over the articles with
 * their planned mentions removed, and compares what it finds with what was planned.
 */
export async function checkDetection(articles: readonly ArticleRecord[], entitiesDir: string): Promise<DetectionCheck> {
  const detected = await detectArticleEntities(
    articles.map((a) => ({ ...a, mentions: [] })),
    entitiesDir,
  );
  let planned = 0;
  let found = 0;
  let extra = 0;
  detected.articles.forEach((article, k) => {
    const got = new Set(article.mentions.map((m) => m.id));
    const want = new Set(articles[k]?.mentions.map((m) => m.id));
    for (const id of want) {
      planned++;
      if (got.has(id)) found++;
    }
    for (const id of got) if (!want.has(id)) extra++;
  });
  return { planned, found, extra, detector: detected.detector };
}
