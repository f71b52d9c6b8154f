import { defineCollection } from 'astro:content';
import { site } from './config/site.ts';
import { checkedGlob } from './content/checked-glob.ts';
import { articleSchema, entitySchema } from './content/schemas.ts';

const articleFields = articleSchema({ timeZone: site.timeZone, sectionIds: site.sections.map((s) => s.id) });

/** News articles: `content/articles/<path>.md`, id `<path>`. */
const articles = defineCollection({
  loader: checkedGlob({ pattern: '**/*.md', base: './content/articles', schema: articleFields }),
  schema: articleFields,
});

/** Registered entities: `content/entities/<id>.md`, overriding the built-in gazetteer. */
const entities = defineCollection({
  loader: checkedGlob({ pattern: '*.md', base: './content/entities', schema: entitySchema }),
  schema: entitySchema,
});

export const collections = { articles, entities };
