/** The article schema under this site's settings: one definition for the build, the scripts and the tests. */
import { site } from '../config/site.ts';
import { articleSchema } from './schemas.ts';

/** `articleSchema` with the site's timezone and section ids (src/config/site.ts). */
export const siteArticleSchema = articleSchema({ timeZone: site.timeZone, sectionIds: site.sections.map((s) => s.id) });
