import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntityFiles } from '../../src/content/entity-files.ts';
import { entitySchema } from '../../src/content/schemas.ts';
import { readValidSources } from '../../src/content/validate-sources.ts';
import { buildRegistry, detectEntities, getBuiltinGazetteer } from '../../src/lib/entities/index';
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

  it.each([
    'united-nations',
    'un-security-council',
    'g7',
    'g20',
    'nato',
    'european-union',
    'iaea',
    'wto',
    'who',
    'imf',
    'asean',
    'opec',
    'european-commission',
    'world-bank',
    'icc',
    'brics',
    'african-union',
    'quad',
  ])('has the organisation %s', (id) => {
    expect(byId.get(id)?.type).toBe('organization');
  });

  it.each(['medicare', 'medicaid'])('files the programme %s as a subject, not a body', (id) => {
    expect(byId.get(id)?.type).toBe('topic');
  });
});

describe('entity files', () => {
  it('override the built-in entry with the same id: name, type and description win, aliases add up', () => {
    const files = readEntityFiles(join(FIXTURES, 'override-entities'));
    const registry = buildRegistry({ files });
    const entity = registry.entities.get('north-korea');
    expect(entity).toMatchObject({ name: 'DPR Korea', type: 'place', wikidata: 'Q423', description: "Editor's description of the country." });
    expect(entity?.aliases).toEqual(expect.arrayContaining(['Pyongyang regime', 'DPRK', 'North Korea']));
    const found = detectEntities({ title: '', body: 'The Pyongyang regime and North Korea.' }, registry);
    expect(found).toEqual([expect.objectContaining({ id: 'north-korea', count: 2 })]);
  });

  it('add entities the gazetteer does not have', () => {
    const registry = buildRegistry({ files: readEntityFiles(join(FIXTURES, 'override-entities')) });
    expect(registry.entities.get('jane-placeholder')).toMatchObject({ name: 'Jane Placeholder', type: 'person', aliases: [] });
  });

  it.each([
    ['a bad type', '---\nname: X\ntype: people\n---\n', 'content/entities/x.md:3: field "type" '],
    ['a missing type (it decides how names are matched, so there is no default)', '---\nname: X\n---\n', 'content/entities/x.md:1: field "type" is required'],
    ['a missing name', '---\ntype: place\n---\n', 'content/entities/x.md:1: field "name" is required'],
    ['aliases that are not a list', '---\nname: X\ntype: place\naliases: DPRK\n---\n', 'content/entities/x.md:4: field "aliases" '],
    ['a malformed Wikidata id', '---\nname: X\ntype: place\nwikidata: 423\n---\n', 'content/entities/x.md:4: field "wikidata" '],
    ['a Wikidata id with a leading zero', '---\nname: X\ntype: place\nwikidata: Q0423\n---\n', 'field "wikidata" must be a Wikidata Q-id'],
    ['a misspelt field', '---\nname: X\ntype: place\nalias: [Y]\n---\n', 'content/entities/x.md:4: "alias" is not a field'],
    ['no frontmatter', 'just text', 'content/entities/x.md:1: has no frontmatter'],
  ])('reject %s with an error naming the file, line and field', (_name, text, message) => {
    expect(() => readValidSources([{ id: 'x', file: 'content/entities/x.md', text }], entitySchema)).toThrow(message);
  });

  it('report the file when loading a folder with a bad file', () => {
    expect(() => readEntityFiles(join(FIXTURES, 'bad-entities'))).toThrow(/bad-entities\/bad-type\.md:3: field "type"/);
  });

  it('reject a file name that is not a slug, since tags reach an entity only by its slug', () => {
    expect(() => readEntityFiles(join(FIXTURES, 'bad-file-name'))).toThrow(/North_Korea\.md: has a name that is not a URL slug; rename it to north-korea\.md/);
  });

  it('give no entities for a missing folder', () => {
    expect(readEntityFiles(join(FIXTURES, 'no-such-folder'))).toEqual([]);
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
