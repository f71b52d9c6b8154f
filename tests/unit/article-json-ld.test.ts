import { describe, expect, it } from 'vitest';
import { buildArticleJsonLd, type ArticleJsonLdInput, type EntityThing } from '../../src/lib/newsroom/article-json-ld.ts';

const base: ArticleJsonLdInput = {
  url: 'https://example.org/articles/a/',
  headline: 'Headline',
  description: 'Summary',
  published: new Date('2024-04-20T06:43:58+09:00'),
  authors: [],
  section: 'News',
  publisherName: 'Dateline',
  publisherUrl: 'https://example.org/',
  logoUrl: 'https://example.org/logo.png',
  lang: 'en',
  keywords: [],
};
const thing = (id: string, name: string, type: EntityThing['type']): EntityThing => ({ id, name, type });

describe('buildArticleJsonLd', () => {
  it.each([
    {
      case: 'a tag whose entity is in about is listed there only',
      keywords: ['North Korea'],
      about: [thing('north-korea', 'North Korea', 'place')],
      expected: undefined,
    },
    {
      case: 'a tag whose entity is only mentioned is listed there only',
      keywords: ['regulation'],
      mentions: [thing('regulation', 'Regulation', 'topic')],
      expected: undefined,
    },
    {
      case: 'a tag that names no entity of the article stays a keyword',
      keywords: ['Missile tests', 'AI'],
      about: [thing('ai', 'Artificial intelligence', 'topic')],
      expected: ['Missile tests'],
    },
  ])('$case', ({ keywords, about = [], mentions = [], expected }) => {
    const jsonLd = buildArticleJsonLd({ ...base, keywords, about, mentions });
    expect(jsonLd['keywords']).toEqual(expected);
  });

  it('types each entity with the schema.org type of its entity type', () => {
    const jsonLd = buildArticleJsonLd({
      ...base,
      about: [thing('kim', 'Kim Jong Un', 'person'), thing('nk', 'North Korea', 'place'), thing('un', 'United Nations', 'organization')],
      mentions: [thing('g7', 'G7 summit', 'event'), thing('ai', 'AI', 'topic')],
    });
    const types = (list: unknown) => (list as Array<{ '@type': string }>).map((e) => e['@type']);
    expect(types(jsonLd['about'])).toEqual(['Person', 'Place', 'Organization']);
    expect(types(jsonLd['mentions'])).toEqual(['Event', 'Thing']);
  });
});
