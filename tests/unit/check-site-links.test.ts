import { describe, expect, it } from 'vitest';
import { checkBuiltSite, type BuiltSite } from '../../src/lib/check/check-site-links.ts';
import { splitSrcset } from '../../src/lib/check/html-refs.ts';

const page = (body: string, h1 = '<h1>Title</h1>') =>
  `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>${h1}${body}</body></html>`;

/** A built site in memory: `pages` are HTML files, `assets` other files. */
function site(pages: Record<string, string>, options: Partial<BuiltSite> = {}, assets: string[] = ['_astro/a.css', 'images/x.png', 'images/x-2x.png']) {
  const basePath = options.basePath ?? '/';
  const prefixed = Object.fromEntries(
    Object.entries(pages).map(([path, html]) => [path, basePath === '/' ? html : html.replaceAll('"/_astro/', `"${basePath}_astro/`)]),
  );
  return checkBuiltSite({
    files: new Set([...Object.keys(prefixed), ...assets]),
    readPage: (path) => prefixed[path] ?? '',
    basePath,
    draftIds: new Set(),
    ...options,
  }).problems.map((p) => `${p.page}: ${p.message}`);
}

describe('link check of the built site', () => {
  it('accepts a site whose links all resolve', () => {
    const problems = site({
      'index.html': page(
        '<a href="/articles/a/">A</a> <a href="articles/a/">relative</a> <a href="/articles/a">no slash</a> <a href="#main">skip</a> <a href="https://example.com/">out</a> <a href="mailto:x@example.org">mail</a>',
      ),
      'articles/a/index.html': page('<a href="../../">home</a> <img src="/images/x.png" srcset="/images/x.png 1x, /images/x-2x.png 2x" alt="">'),
    });
    expect(problems).toEqual([]);
  });

  it('reports a link to a page that was not built', () => {
    expect(site({ 'index.html': page('<a href="/articles/gone/">x</a>') })).toEqual([
      'index.html: links to /articles/gone/, which does not exist (a href="/articles/gone/")',
    ]);
  });

  it('checks every candidate of a srcset', () => {
    expect(site({ 'index.html': page('<img src="/images/x.png" srcset="/images/x.png 480w, /images/x-3x.png 1440w" alt="">') })).toEqual([
      'index.html: links to /images/x-3x.png, which does not exist (img srcset="/images/x-3x.png")',
    ]);
  });

  it('respects the base path: /news/x/ is the file x/index.html, /x/ is outside the site', () => {
    const problems = site(
      { 'index.html': page('<a href="/news/articles/a/">in</a> <a href="/articles/a/">out</a>'), 'articles/a/index.html': page('') },
      { basePath: '/news/' },
    );
    expect(problems).toEqual(['index.html: links outside the base path /news/ (a href="/articles/a/")']);
  });

  it('requires exactly one <h1> per page', () => {
    expect(site({ 'index.html': page('', ''), 'two/index.html': page('<h1>Again</h1>') })).toEqual([
      'index.html: has 0 <h1> elements; every page needs exactly one',
      'two/index.html: has 2 <h1> elements; every page needs exactly one',
    ]);
  });

  it('reports links to drafts and draft pages that were built', () => {
    const problems = site(
      { 'index.html': page('<a href="/articles/2024/06/secret/">x</a>'), 'articles/2024/06/secret/index.html': page('') },
      { draftIds: new Set(['2024/06/secret']) },
    );
    expect(problems).toEqual([
      'articles/2024/06/secret/index.html: is the page of draft article "2024/06/secret", which must not be published',
      'index.html: links to draft article "2024/06/secret" (a href="/articles/2024/06/secret/")',
    ]);
  });

  it('splits srcset values with and without descriptors', () => {
    expect(splitSrcset('/a.avif 480w, /b.avif 960w,/c.avif')).toEqual(['/a.avif', '/b.avif', '/c.avif']);
  });
});
