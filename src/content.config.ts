import { defineCollection } from 'astro:content';
import { site } from './config/site.ts';
import { checkedGlob } from './content/checked-glob.ts';
import { articleSchema, entitySchema, storySchema } from './content/schemas.ts';

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

/** Editors' names and descriptions of story threads: `content/stories/<id>.md`, id `<id>`. */
const stories = defineCollection({
  loader: checkedGlob({ pattern: '*.md', base: './content/stories', schema: storySchema }),
  schema: storySchema,
});

export const collections = { articles, entities, stories };
