import { describe, expect, it } from 'vitest';
import { searchablePart } from '../../src/lib/search/searchable-html.ts';

const page = (article: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><nav>Menu</nav>${article}<footer>Foot</footer></body></html>`;

describe('the searchable part of a page', () => {
  it.each([
    [
      'keeps the body element and drops what surrounds it',
      page('<article data-pagefind-body><h1>Title</h1><p>Text<br>more</p></article>'),
      'en\n<article data-pagefind-body><h1>Title</h1><p>Text<br>more</p></article>',
    ],
    [
      'drops ignored parts without search data, however deep',
      page(
        '<article data-pagefind-body><p>Text</p><section data-pagefind-ignore><ul><li><a href="/x/">Related</a></li></ul></section><img src="a.png" alt="A"><nav data-pagefind-ignore aria-label="More">Next</nav></article>',
      ),
      'en\n<article data-pagefind-body><p>Text</p><img src="a.png" alt="A"></article>',
    ],
    [
      'keeps ignored parts that carry a filter or meta',
      page('<article data-pagefind-body><section data-pagefind-ignore><a data-pagefind-filter="People">Kim</a></section></article>'),
      'en\n<article data-pagefind-body><section data-pagefind-ignore><a data-pagefind-filter="People">Kim</a></section></article>',
    ],
    [
      'reads a quoted > inside an attribute as part of it',
      page('<article data-pagefind-body><p title="a > b">Text</p><div data-pagefind-ignore title="x > y">Gone</div></article>'),
      'en\n<article data-pagefind-body><p title="a > b">Text</p></article>',
    ],
  ])('%s', (_label, html, expected) => {
    expect(searchablePart(html)).toBe(expected);
  });

  it('changes with the page language', () => {
    const article = '<article data-pagefind-body><p>Text</p></article>';
    expect(searchablePart(page(article, 'ko'))).not.toBe(searchablePart(page(article, 'en')));
  });

  it('is the whole page when no element is marked as the body', () => {
    expect(searchablePart(page('<p>Text</p>'))).toContain('<nav>Menu</nav>');
  });
});
