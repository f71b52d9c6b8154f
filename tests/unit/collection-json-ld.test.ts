import { describe, expect, it } from 'vitest';
import { buildCollectionJsonLd } from '../../src/lib/newsroom/collection-json-ld.ts';

const url = 'https://news.example.org/sections/world/';

describe('buildCollectionJsonLd', () => {
  it('describes a plain listing page by its name and URL only', () => {
    expect(buildCollectionJsonLd({ name: 'World | Dateline', url })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      name: 'World | Dateline',
      url,
    });
  });

  it('says which one thing an entity page is about, with its Wikidata item when it has one', () => {
    expect(buildCollectionJsonLd({ name: 'G7', url, about: { name: 'G7', sameAs: 'https://www.wikidata.org/wiki/Q1764511' } })['about']).toEqual({
      '@type': 'Thing',
      name: 'G7',
      sameAs: 'https://www.wikidata.org/wiki/Q1764511',
    });
    expect(buildCollectionJsonLd({ name: 'Seoul', url, about: { name: 'Seoul', sameAs: undefined } })['about']).toEqual({ '@type': 'Thing', name: 'Seoul' });
  });

  it('lists a story with its description, date, entities (linked only where they have a page) and articles', () => {
    const data = buildCollectionJsonLd({
      name: 'North Korea and Russia',
      url,
      description: 'From a summit to a treaty.',
      updated: new Date('2024-06-19T03:00:00Z'),
      about: [{ name: 'North Korea', url: 'https://news.example.org/entities/north-korea/' }, { name: 'cross-strait relations' }],
      parts: ['https://news.example.org/articles/a/'],
    });
    expect(data).toMatchObject({
      description: 'From a summit to a treaty.',
      dateModified: '2024-06-19T03:00:00.000Z',
      about: [
        { '@type': 'Thing', name: 'North Korea', url: 'https://news.example.org/entities/north-korea/' },
        { '@type': 'Thing', name: 'cross-strait relations' },
      ],
      hasPart: [{ '@type': 'NewsArticle', url: 'https://news.example.org/articles/a/' }],
    });
    expect(Object.keys(data)).toEqual(['@context', '@type', 'name', 'url', 'description', 'dateModified', 'about', 'hasPart']);
  });

  it('leaves out an empty list of what a story is about', () => {
    expect(buildCollectionJsonLd({ name: 'x', url, about: [], parts: [] })).not.toHaveProperty('about');
  });
});
