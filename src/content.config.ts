import { defineCollection } from 'astro:content';
import { checkedGlob } from './content/checked-glob.ts';
import { entitySchema, storySchema } from './content/schemas.ts';
import { siteArticleSchema as articleFields } from './content/site-article-schema.ts';

/** News articles: `content/articles/<path>.md`, id `<path>`. */
const articles = defineCollection({
  // Pages render an article from its rendered HTML and the plugins' findings; the raw Markdown would
  // only make the content store a quarter bigger, and it is written and read on every build.
  loader: checkedGlob({ pattern: '**/*.md', base: './content/articles', schema: articleFields, retainBody: false }),
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
