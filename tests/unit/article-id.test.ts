import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticleLastmod } from '../../src/content/article-lastmod.ts';
import { articleIdOf } from '../../src/content/article-id.ts';
import { listMarkdownFiles, readSourceFiles } from '../../src/content/source-files.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';

const root = resolve(import.meta.dirname, '../..');

describe('articleIdOf', () => {
  it.each([
    ['2024/06/seoul-summit-opens.md', '2024/06/seoul-summit-opens'],
    ['2024/06/seoul-summit/index.md', '2024/06/seoul-summit'],
    ['index.md', 'index'],
    ['2024/06/Seoul Summit Opens.md', '2024/06/seoul-summit-opens'],
    ['2024\\06\\windows-path.md', '2024/06/windows-path'],
    ['북한.md', '북한'],
    ['g7.md', 'g7'],
  ])('gives %s the id %s', (path, id) => {
    expect(articleIdOf(path)).toBe(id);
  });

  it("gives every sample file the id Astro's own glob rule gives it", async () => {
    // Astro's default generateId for the glob loader (not an export of the package), which the content layer used before articleIdOf.
    const { getContentEntryIdAndSlug } = (await import(pathToFileURL(resolve(root, 'node_modules/astro/dist/content/utils.js')).href)) as {
      getContentEntryIdAndSlug: (input: { entry: URL; contentDir: URL; collection: string }) => { slug: string };
    };
    for (const folder of ['content/articles', 'content/entities', 'content/stories']) {
      const base = pathToFileURL(resolve(root, folder) + '/');
      for (const path of listMarkdownFiles(resolve(root, folder))) {
        const astro = getContentEntryIdAndSlug({ entry: pathToFileURL(path), contentDir: base, collection: '' }).slug;
        expect(articleIdOf(relative(resolve(root, folder), path))).toBe(astro);
      }
    }
  });
});

describe('readArticleLastmod', () => {
  it('gives an article written as <path>/index.md the lastmod of its page /articles/<path>/', () => {
    const text = '---\ntitle: A\npublished: 2024-06-19T10:00:00+09:00\nupdated: 2024-06-20T10:00:00+09:00\n---\n\nText.\n';
    const source = { id: articleIdOf('2024/06/a/index.md'), file: 'content/articles/2024/06/a/index.md', text, frontmatter: readFrontmatter(text, 'a') };
    expect(readArticleLastmod([source], 'UTC').get('/articles/2024/06/a/')?.toISOString()).toBe('2024-06-20T01:00:00.000Z');
  });

  it('gives every sample article a lastmod', () => {
    const sources = readSourceFiles(resolve(root, 'content/articles'));
    expect(readArticleLastmod(sources, 'UTC').size).toBe(sources.length);
  });
});
