import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildRegistry, detectEntities, EntityFileError, getBuiltinGazetteer, loadEntityFiles, parseEntityFile,
} from '../../src/lib/entities/index';
import { buildCountryEntities } from '../../src/lib/entities/gazetteer/countries';
import { slugify } from '../../src/lib/slugify';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'entities');

describe('slugify', () => {
  it.each([
    ['North Korea', 'north-korea'],
    ["Côte d'Ivoire", 'cote-divoire'],
    ['Türkiye', 'turkiye'],
    ['São Tomé and Príncipe', 'sao-tome-and-principe'],
    ['  G-7 summit! ', 'g-7-summit'],
    ['AT&T', 'at-and-t'],
    ['Straße', 'strasse'],
  ])('slugs %s as %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });
});

describe('built-in gazetteer', () => {
  const byId = new Map(getBuiltinGazetteer().entities.map((e) => [e.id, e]));

  it('has every country and territory of world-countries, with unique ids', () => {
    const ids = new Set(getBuiltinGazetteer().entities.map((e) => e.id));
    const countries = buildCountryEntities();
    expect(countries).toHaveLength(250);
    for (const country of countries) expect(ids).toContain(country.id);
    expect(new Set(getBuiltinGazetteer().entities.map((e) => e.id)).size).toBe(getBuiltinGazetteer().entities.length);
  });

  it.each([
    ['north-korea', 'North Korea', 'Q423'],
    ['south-korea', 'South Korea', 'Q884'],
    ['united-states', 'United States', 'Q30'],
    ['united-kingdom', 'United Kingdom', 'Q145'],
    ['russia', 'Russia', 'Q159'],
    ['taiwan', 'Taiwan', 'Q865'],
    ['united-arab-emirates', 'United Arab Emirates', 'Q878'],
    ['turkey', 'Turkey', 'Q43'],
  ])('has %s named %s with Wikidata %s', (id, name, qid) => {
    expect(byId.get(id)).toMatchObject({ name, type: 'place', wikidata: qid });
  });

  it.each(['united-nations', 'un-security-council', 'g7', 'g20', 'nato', 'european-union', 'iaea', 'wto', 'who', 'imf', 'asean', 'opec', 'european-commission', 'world-bank', 'icc', 'brics', 'african-union', 'quad'])(
    'has the organisation %s',
    (id) => {
      expect(byId.get(id)?.type).toBe('organization');
    },
  );
});

describe('entity files', () => {
  it('override the built-in entry with the same id: name, type and description win, aliases add up', () => {
    const files = loadEntityFiles(join(FIXTURES, 'override-entities'), FIXTURES);
    const registry = buildRegistry({ files });
    const entity = registry.entities.get('north-korea');
    expect(entity).toMatchObject({ name: 'DPR Korea', type: 'place', wikidata: 'Q423', description: "Editor's description of the country." });
    expect(entity?.aliases).toEqual(expect.arrayContaining(['Pyongyang regime', 'DPRK', 'North Korea']));
    const found = detectEntities({ title: '', body: 'The Pyongyang regime and North Korea.' }, registry);
    expect(found).toEqual([expect.objectContaining({ id: 'north-korea', count: 2 })]);
  });

  it('add entities the gazetteer does not have', () => {
    const registry = buildRegistry({ files: loadEntityFiles(join(FIXTURES, 'override-entities'), FIXTURES) });
    expect(registry.entities.get('jane-placeholder')).toMatchObject({ name: 'Jane Placeholder', type: 'person', aliases: [] });
  });

  it.each([
    ['a bad type', 'content/entities/x.md', '---\nname: X\ntype: people\n---\n', 'content/entities/x.md: field "type" must be one of'],
    ['a missing name', 'content/entities/x.md', '---\ntype: place\n---\n', 'content/entities/x.md: field "name" is required'],
    ['aliases that are not a list', 'content/entities/x.md', '---\nname: X\naliases: DPRK\n---\n', 'field "aliases" must be a list'],
    ['a malformed Wikidata id', 'content/entities/x.md', '---\nname: X\nwikidata: 423\n---\n', 'field "wikidata" must be a Wikidata id'],
    ['no frontmatter', 'content/entities/x.md', 'just text', 'field "frontmatter" is missing'],
    ['a file name that is not a slug', 'content/entities/North_Korea.md', '---\nname: X\n---\n', 'field "id" file name must be a lowercase kebab-case slug'],
  ])('reject %s with an error naming the file and field', (_name, file, source, message) => {
    expect(() => parseEntityFile(source, file)).toThrow(EntityFileError);
    expect(() => parseEntityFile(source, file)).toThrow(message);
  });

  it('report the file when loading a folder with a bad file', () => {
    expect(() => loadEntityFiles(join(FIXTURES, 'bad-entities'), FIXTURES)).toThrow('bad-entities/bad-type.md: field "type"');
  });

  it('give no entities for a missing folder', () => {
    expect(loadEntityFiles(join(FIXTURES, 'no-such-folder'))).toEqual([]);
  });
});

describe('topics from tags', () => {
  it('become topic entities with the slug of the tag, unless the slug is already an entity', () => {
    const registry = buildRegistry({ tags: ['Nuclear talks', 'North Korea', 'nuclear talks'] });
    expect(registry.entities.get('nuclear-talks')).toEqual({ id: 'nuclear-talks', name: 'Nuclear talks', type: 'topic', aliases: [] });
    expect(registry.entities.get('north-korea')?.type).toBe('place');
  });

  it('are not matched in the text (the article tags them)', () => {
    const registry = buildRegistry({ tags: ['Economy'] });
    expect(detectEntities({ title: 'Economy grows', body: 'The economy grew.' }, registry)).toEqual([]);
  });
});
