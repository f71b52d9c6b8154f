/** Checks of what an article shows: its images, the links in its body, markup the build strips. */
import type { ArticleData } from '../../content/schemas.ts';
import { classifyImageSource, IMAGE_FOLDER, imageModulePath } from '../images/index.ts';
import { scanBody } from './body-links.ts';
import type { ValidFile } from './check-files.ts';
import { toSitePath } from './link-target.ts';
import { END_OF_TIME, isPublished } from '../visibility.ts';
import { checkSitePath, type SitePages } from './site-pages.ts';
import { MAX_IMAGE_BYTES, type CheckProblem, type CheckSettings, type FileLookup } from './types.ts';

type Article = ValidFile<ArticleData>;
type Found = Pick<CheckProblem, 'severity' | 'code' | 'message'>;

/** The body `npm run new` writes; an article still showing it is not ready to publish. */
export const SCAFFOLD_BODY = 'Write the story here.';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A file that must exist and, if shipped as it is, stay under the size limit. */
function checkImageFile(src: string, path: string, shippedAsIs: boolean, file: FileLookup): Found | undefined {
  const found = file(path);
  if (!found) return { severity: 'error', code: 'image-missing', message: `"${src}" does not exist: put the file at ${path}` };
  if (found.size <= MAX_IMAGE_BYTES) return undefined;
  const size = `"${src}" is ${megabytes(found.size)}`;
  return shippedAsIs
    ? {
        severity: 'error',
        code: 'image-too-large',
        message: `${size}; images are sent to readers as they are and must be at most ${megabytes(MAX_IMAGE_BYTES)}`,
      }
    : {
        severity: 'warning',
        code: 'image-too-large',
        message: `${size}; the build resizes it for readers, but files over ${megabytes(MAX_IMAGE_BYTES)} bloat the repository and slow every build`,
      };
}

/** The lead image (`image.src`): `/images/<file>` in content/images/ (rasters are resized, SVGs shipped as is), or a remote URL. */
export function checkLeadImage(src: string, file: FileLookup): Found | undefined {
  const kind = classifyImageSource(src);
  if (kind === 'remote') return undefined;
  const path = imageModulePath(src);
  if (!path)
    return { severity: 'error', code: 'image-url', message: `"${src}" must be /images/<file name> for a file in ${IMAGE_FOLDER}/, or a full https:// URL` };
  return checkImageFile(src, path.replace(/^\//, ''), kind === 'svg', file);
}

/** An image in the body: a site path served from public/ as it is, or an http(s) URL. */
function checkBodyImage(url: string, articleId: string, settings: CheckSettings, file: FileLookup): Found | undefined {
  const value = url.trim();
  if (/^https?:\/\//i.test(value) && toSitePath(value, articleId, settings) === undefined) return undefined;
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value) && !/^https?:/i.test(value)) return undefined; // Reported as removed markup.
  const path = toSitePath(value, articleId, settings);
  if (path === undefined) return undefined;
  const found = checkImageFile(url, `public${path}`, true, file);
  if (found?.code === 'image-missing') found.message += ` (images in the body are served from public/; ${IMAGE_FOLDER}/ is for the lead image)`;
  return found;
}

/** Image, link, unsafe-markup and empty-body problems of one article. */
export function checkArticleBody(article: Article, pages: SitePages, settings: CheckSettings): CheckProblem[] {
  const { file, frontmatter, data } = article;
  const problems: CheckProblem[] = [];
  const bodyLine = (line: number) => frontmatter.bodyLine + line - 1;
  if (data.image) {
    const found = checkLeadImage(data.image.src, pages.file);
    if (found) problems.push({ file, line: frontmatter.lines['image'], field: 'image.src', ...found });
  }
  const body = frontmatter.body.trim();
  if (isPublished(data, { now: END_OF_TIME, includeDrafts: false }) && (body === '' || body.startsWith(SCAFFOLD_BODY))) {
    const what = body === '' ? 'has no text after the frontmatter' : 'still has the placeholder text from npm run new';
    problems.push({
      severity: 'error',
      code: 'empty-body',
      file,
      line: frontmatter.bodyLine,
      message: `${what}; write the story, or set draft: true until it is ready`,
    });
  }
  const { urls, unsafe } = scanBody(frontmatter.body);
  for (const url of urls) {
    const line = bodyLine(url.line);
    if (url.kind === 'image') {
      if (!url.alt?.trim())
        problems.push({
          severity: 'warning',
          code: 'image-alt',
          file,
          line,
          message: `has an image without alt text ("${url.url}"): describe it for readers who cannot see it`,
        });
      const found = checkBodyImage(url.url, article.id, settings, pages.file);
      if (found) problems.push({ file, line, ...found });
      continue;
    }
    const path = toSitePath(url.url, article.id, settings);
    const verdict = path === undefined ? undefined : checkSitePath(path, pages);
    if (verdict) problems.push({ file, line, ...verdict });
  }
  for (const item of unsafe) {
    problems.push({
      severity: 'warning',
      code: 'removed-html',
      file,
      line: bodyLine(item.line),
      message: `contains ${item.what}, which the build removes (raw HTML is limited to ordinary article markup)`,
    });
  }
  return problems;
}
