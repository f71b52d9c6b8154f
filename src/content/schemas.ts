import { z } from 'astro/zod';
import { classifyImageSource, imageModulePath } from '../lib/images/image-source.ts';
import { parseDateTime } from '../lib/time/parse-date-time.ts';
import { ENTITY_TYPE_ORDER } from '../lib/entities/entity-types.ts';

/** What a schema needs to know about the site. */
export interface SchemaSettings {
  timeZone: string;
  sectionIds: readonly string[];
}

// A date-time as an editor writes it; a value without an offset is local time in the site timezone.
const dateTime = (timeZone: string) =>
  z.union([z.string(), z.date()]).transform((value, ctx) => {
    try {
      return parseDateTime(value, timeZone);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

const stringList = z.array(z.string().trim().min(1)).default([]);

/** Frontmatter of `content/articles/**\/*.md`, as the content contract in README.md ("Writing an article") defines it. */
export function articleSchema({ timeZone, sectionIds }: SchemaSettings) {
  return z
    .object({
      // Headline; one <h1> per page. Length is editorial advice (`npm run check`), never a build error:
      // real archives hold 400-character joint-statement titles.
      title: z.string().trim().min(1, 'is required'),
      // Standfirst; cards and feeds fall back to the first paragraph.
      summary: z.string().trim().min(1).optional(),
      // The instant of first publication.
      published: dateTime(timeZone),
      // Last substantive update; never before `published`.
      updated: dateTime(timeZone).optional(),
      // Place the story was filed from, e.g. Seoul.
      dateline: z.string().trim().min(1).optional(),
      // Agency or outlet, e.g. News1.
      source: z.string().trim().min(1).optional(),
      // Bylines.
      authors: stringList,
      // One of the site's sections.
      section: z
        .string()
        .default('news')
        .refine((id) => sectionIds.includes(id), {
          message: `must be one of: ${sectionIds.join(', ')}`,
        }),
      // Free topics; each becomes a topic entity.
      tags: stringList,
      // Entity ids added to those found in the text.
      entities: stringList,
      // Story-thread id shared by the articles of one story.
      story: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase kebab-case id').optional(),
      // Lead image; alt text is required for readers who cannot see it.
      image: z
        .object({
          // `/images/<file>` for a file in content/images/ (resized by the build), or a full https:// URL.
          src: z
            .string()
            .trim()
            .min(1, 'is required')
            .refine((src) => classifyImageSource(src) === 'remote' || imageModulePath(src) !== undefined, {
              message: 'must be /images/<file name> for a file in content/images/, or a full https:// URL',
            }),
          alt: z.string({ error: 'is required: describe the image for readers who cannot see it' }).trim().min(1, 'is required: describe the image for readers who cannot see it'),
          caption: z.string().optional(),
          credit: z.string().optional(),
        })
        .optional(),
      // BCP 47 language tag; the site's language when absent.
      lang: z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 tag such as en or ko-KR').optional(),
      // Drafts are built by `astro dev` only.
      draft: z.boolean().default(false),
      // Editor's pick for the top of the home page.
      featured: z.boolean().default(false),
    })
    .strict()
    .superRefine((data, ctx) => {
      if (data.updated && data.updated.getTime() < data.published.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'is before published' });
      }
    });
}

/** Frontmatter of `content/entities/<id>.md`; the body is the description. */
export const entitySchema = z
  .object({
    // Canonical display name.
    name: z.string().trim().min(1, 'is required'),
    // What kind of entity this is; required, since it decides how names are matched (people's surnames, places).
    type: z.enum(ENTITY_TYPE_ORDER),
    // Other names that mean this entity in text.
    aliases: stringList,
    // Wikidata Q-id, e.g. Q423 (Q-ids never start with 0).
    wikidata: z.string().regex(/^Q[1-9]\d*$/, 'must be a Wikidata Q-id such as Q423').optional(),
  })
  .strict();

/** Frontmatter of `content/stories/<id>.md`, an editor's name for story `<id>`; the body is its longer description. */
export const storySchema = z
  .object({
    // The story's name, shown instead of the automatic one on story pages, lists and "This story so far".
    title: z.string().trim().min(1, 'is required'),
    // One or two sentences on what the story is about; the latest article's summary when absent.
    summary: z.string().trim().min(1, 'must not be empty').optional(),
  })
  .strict();

/** Validated article frontmatter. */
export type ArticleData = z.output<ReturnType<typeof articleSchema>>;

/** Validated entity frontmatter. */
export type EntityData = z.output<typeof entitySchema>;
