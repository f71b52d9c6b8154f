import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { defineCollection } from 'astro:content';

/** The benchmark's synthetic archive; bench/build.ts passes its folder in ARCHIVE_DIR. */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env['ARCHIVE_DIR'] ?? './content/articles' }),
  schema: z.object({
    title: z.string(),
    summary: z.string().optional(),
    published: z.coerce.date(),
    tags: z.array(z.string()).default([]),
    draft: z.boolean().default(false),
  }),
});

export const collections = { articles };
