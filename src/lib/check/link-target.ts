/** Turns a URL written in an article body into the site path it points at, if it is internal. */
import { paths, withoutBase } from '../urls.ts';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The site path (no base path, query or fragment) a body URL points at, or `undefined` for
 * external links, fragments and other schemes. Relative URLs resolve against the article's page.
 */
export function toSitePath(url: string, articleId: string, site: { basePath: string; siteUrl: string }): string | undefined {
  const value = url.trim();
  if (value === '' || value.startsWith('#') || value.startsWith('//')) return undefined;
  let path: string | undefined;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme) {
    if (scheme !== 'http' && scheme !== 'https') return undefined;
    const origin = site.siteUrl.replace(/\/+$/, '');
    if (!value.startsWith(origin)) return undefined;
    path = withoutBase(site.basePath, value.slice(origin.length));
    if (path === undefined) return undefined;
  } else if (value.startsWith('/')) {
    // Editors write root-relative links without the base path (the build adds it), or with it.
    path = withoutBase(site.basePath, value) ?? value;
  } else {
    path = new URL(value, `http://site${paths.article(articleId)}`).pathname;
  }
  path = path.replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
