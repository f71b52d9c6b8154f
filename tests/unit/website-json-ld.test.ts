import { describe, expect, it } from 'vitest';
import { buildWebSiteJsonLd } from '../../src/lib/newsroom/website-json-ld.ts';
import { describeSection } from '../../src/lib/newsroom/section-description.ts';

describe('buildWebSiteJsonLd', () => {
  it('offers the search page as the site’s search box, the query in its q parameter', () => {
    const jsonLd = buildWebSiteJsonLd({ name: 'Dateline', homeUrl: 'https://news.example.org/news/', searchUrl: 'https://news.example.org/news/search/' });
    expect(jsonLd).toMatchObject({ '@type': 'WebSite', name: 'Dateline', url: 'https://news.example.org/news/' });
    expect(jsonLd['potentialAction']).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://news.example.org/news/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('describeSection', () => {
  it.each([
    ['Politics', 'Dateline', 'The latest politics stories from Dateline.'],
    ['Science & Tech', 'The Ledger', 'The latest science & tech stories from The Ledger.'],
  ])('describes %s of %s', (section, site, description) => {
    expect(describeSection(section, site)).toBe(description);
  });
});
