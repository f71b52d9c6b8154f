import { describe, expect, it } from 'vitest';
import { buildNewsroom, type NewsroomSettings } from '../../src/lib/newsroom/build-newsroom.ts';
import { entityThingOf, formatDatelineLabel, shownUpdate, viewArticle } from '../../src/lib/newsroom/article-view.ts';
import { viewStory } from '../../src/lib/newsroom/story-view.ts';
import { viewTimelineMonth } from '../../src/lib/newsroom/timeline-month.ts';
import type { ArticleRecord, Entity } from '../../src/lib/types.ts';
import type { UnregisteredCandidate } from '../../src/lib/entities/index.ts';
import { makeArticle } from '../fixtures/article-record.ts';
import { candidate } from '../fixtures/unregistered-candidate.ts';

const entity = (id: string, name: string, type: Entity['type']): Entity => ({ id, name, type, aliases: [] });
const registry = new Map(
  [
    entity('north-korea', 'North Korea', 'place'),
    entity('russia', 'Russia', 'place'),
    entity('kim-jong-un', 'Kim Jong Un', 'person'),
    entity('g7', 'G7', 'organization'),
  ].map((e) => [e.id, e]),
);

function article(id: string, published: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return { ...makeArticle({ id, title: id, summary: `${id} summary`, body: `${id} body`, published }), section: 'world', ...extra };
}

const mention = (id: string, count: number, salient: boolean) => ({ id, count, first: 0, salient });
const archive = [
  article('a-old', '2024-01-01T09:00:00Z', { mentions: [mention('north-korea', 3, true), mention('russia', 1, false)] }),
  article('b-mid', '2024-02-01T09:00:00Z', { section: 'politics', mentions: [mention('kim-jong-un', 2, true), mention('north-korea', 1, true)] }),
  article('c-new', '2024-03-01T09:00:00Z', { featured: true, mentions: [mention('north-korea', 1, false)], entities: ['g7'] }),
  article('d-draft', '2024-04-01T09:00:00Z', { draft: true, mentions: [mention('russia', 5, true)] }),
  article('e-newest', '2024-03-02T09:00:00Z', { mentions: [mention('russia', 2, true), mention('north-korea', 2, true)] }),
];
const settings: NewsroomSettings = {
  timeZone: 'UTC',
  sections: [
    { id: 'world', name: 'World' },
    { id: 'politics', name: 'Politics' },
  ],
  includeDrafts: false,
  registry,
  registered: new Set(registry.keys()),
  entityPageMinArticles: 3,
  now: new Date('2024-07-01T00:00:00Z'),
};

describe('buildNewsroom', () => {
  const newsroom = buildNewsroom(archive, settings);

  it('lists published articles newest first and leaves drafts out of production', () => {
    expect(newsroom.articles.map((a) => a.id)).toEqual(['e-newest', 'c-new', 'b-mid', 'a-old']);
    expect(buildNewsroom(archive, { ...settings, includeDrafts: true }).articles.map((a) => a.id)).toContain('d-draft');
  });

  it('holds an article dated after the build time back until a later build, and shows it in a preview', () => {
    const scheduled = [...archive, article('f-embargoed', '2024-07-01T00:00:01Z')];
    expect(buildNewsroom(scheduled, settings).articles.map((a) => a.id)).not.toContain('f-embargoed');
    expect(buildNewsroom(scheduled, { ...settings, now: new Date('2024-07-01T00:00:01Z') }).articles.map((a) => a.id)[0]).toBe('f-embargoed');
    expect(buildNewsroom(scheduled, { ...settings, includeDrafts: true }).articles.map((a) => a.id)).toContain('f-embargoed');
  });

  it('links previous and next within the same section only', () => {
    expect(newsroom.neighbours.get('c-new')).toMatchObject({ previous: { id: 'a-old' }, next: { id: 'e-newest' } });
    expect(newsroom.neighbours.get('b-mid')).toEqual({ previous: undefined, next: undefined });
  });

  it('gives the home page each section’s newest four in the configured order, leaving empty sections out', () => {
    const many = [...archive, ...[1, 2, 3, 4, 5].map((k) => article(`w-${k}`, `2024-05-0${k}T09:00:00Z`))];
    const sections = [...settings.sections, { id: 'sport', name: 'Sport' }];
    const fronts = buildNewsroom(many, { ...settings, sections }).sectionFronts;
    expect(fronts.map((f) => [f.section.id, f.articles.map((a) => a.id)])).toEqual([
      ['world', ['w-5', 'w-4', 'w-3', 'w-2']],
      ['politics', ['b-mid']],
    ]);
  });

  it('keeps editor’s picks out of the latest list, which the home page shows beside them', () => {
    expect(newsroom.featured.map((a) => a.id)).toEqual(['c-new']);
    expect(newsroom.latest.map((a) => a.id)).toEqual(['e-newest', 'b-mid', 'a-old']);
  });

  it('tags each article with detected and editor-added entities, salient first', () => {
    expect(newsroom.entityIndex.tagsOf.get('a-old')?.map((t) => t.entity.id)).toEqual(['north-korea', 'russia']);
    expect(newsroom.entityIndex.tagsOf.get('c-new')?.map((t) => t.entity.id)).toEqual(['g7', 'north-korea']);
  });

  it('gives each entity its published articles, newest first, and never counts drafts', () => {
    expect(newsroom.entityIndex.articlesOf.get('north-korea')?.map((a) => a.id)).toEqual(['e-newest', 'c-new', 'b-mid', 'a-old']);
    expect(newsroom.entityIndex.articlesOf.get('russia')?.map((a) => a.id)).toEqual(['e-newest', 'a-old']);
  });

  it('lists the entities named together in at least two articles, with how many', () => {
    const companions = newsroom.entityIndex.companions.get('north-korea')?.map((c) => [c.entity.id, c.count]);
    expect(companions).toEqual([['russia', 2]]);
  });

  it('lists the entity directory by type in display order, alphabetically, with counts', () => {
    expect(newsroom.entityDirectory.map((g) => [g.type, g.entries.map((e) => `${e.entity.name} ${e.count}`)])).toEqual([
      ['person', ['Kim Jong Un 1']],
      ['place', ['North Korea 4', 'Russia 2']],
      ['organization', ['G7 1']],
    ]);
  });

  it('puts the featured story first in the hot list', () => {
    expect(newsroom.hot[0]?.article.id).toBe('c-new');
    expect(newsroom.hot.map((h) => h.article.id)).not.toContain('d-draft');
  });
});

describe('story names in the newsroom', () => {
  const thread = [
    article('kim-1', '2024-06-18T09:00:00Z', {
      story: 'kim-putin',
      title: 'Kim Jong Un hosts Putin',
      mentions: [mention('kim-jong-un', 2, true), mention('russia', 1, true)],
    }),
    article('kim-2', '2024-06-19T09:00:00Z', {
      story: 'kim-putin',
      title: 'Kim Jong Un and Putin sign treaty',
      mentions: [mention('kim-jong-un', 2, true), mention('russia', 1, true)],
    }),
  ];

  it('names a story without a file from the registry’s entity names, not from its first headline', () => {
    const [story] = buildNewsroom(thread, settings).stories;
    expect(story?.title).toBe('Kim Jong Un, June 2024');
  });

  it('takes an editor’s story file title and summary over the automatic ones', () => {
    const storyFiles = new Map([['kim-putin', { title: 'The Kim–Putin treaty', summary: 'A summit in Pyongyang ends in a defence pact.' }]]);
    const [story] = buildNewsroom(thread, { ...settings, storyFiles }).stories;
    expect(story).toMatchObject({ title: 'The Kim–Putin treaty', summary: 'A summit in Pyongyang ends in a defence pact.' });
    expect(buildNewsroom(thread, { ...settings, storyFiles }).storySoFar('kim-2')?.title).toBe('The Kim–Putin treaty');
  });
});

describe('unregistered names and the articles’ tags', () => {
  // Detection runs without the tags (they would change the Markdown options with every new tag),
  // so a name it reports may be a tag some other article carries; the index must treat it as it
  // did when detection knew the tags: as that topic, which takes no short forms of a person's name.
  const named = (id: string, name: string, count: number): UnregisteredCandidate => candidate(name, { id, count, inLead: true });
  const tagged = new Map([...registry, ['oleg-tverdov', entity('oleg-tverdov', 'Oleg Tverdov', 'topic')]]);
  const articles = [article('x', '2024-05-01T09:00:00Z'), article('y', '2024-05-02T09:00:00Z'), article('z', '2024-05-03T09:00:00Z')];
  const candidates = new Map([
    ['x', [named('oleg-tverdov', 'Oleg Tverdov', 3)]],
    ['y', [named('tverdov', 'Tverdov', 2)]],
  ]);
  const newsroom = buildNewsroom(articles, { ...settings, registry: tagged, candidates });

  it('never makes a tag a new entity, nor a surname alone that no unregistered full name carries', () => {
    expect([...newsroom.entityIndex.entities.keys()]).toEqual([]);
    expect(newsroom.entityIndex.tagsOf.get('y')).toEqual([]);
    expect(newsroom.entityIndex.tagsOf.get('x')).toEqual([]);
  });
});

describe('viewTimelineMonth', () => {
  const newsroom = buildNewsroom(archive, settings);
  const march = viewTimelineMonth(newsroom, '2024-03')!;

  it('offers the month’s sections and the entities its stories show, by name', () => {
    expect(march.filters).toEqual({
      sections: ['world'],
      entities: [
        { id: 'g7', name: 'G7' },
        { id: 'north-korea', name: 'North Korea' },
        { id: 'russia', name: 'Russia' },
      ],
    });
  });

  it('lists each day’s stories newest first with the top tags shown beside them', () => {
    expect(march.days.map((d) => [d.day, d.rows.map((r) => [r.article.id, r.tags.map((t) => t.entity.id)])])).toEqual([
      ['2024-03-02', [['e-newest', ['north-korea', 'russia']]]],
      ['2024-03-01', [['c-new', ['g7', 'north-korea']]]],
    ]);
  });

  it('links the older and newer months and indexes every month by year', () => {
    expect(march.summary).toMatchObject({ previous: '2024-02', next: undefined });
    expect(march.years.map((y) => [y.year, y.months.map((m) => m.month)])).toEqual([['2024', ['2024-03', '2024-02', '2024-01']]]);
  });

  it('has no view of a month without stories', () => {
    expect(viewTimelineMonth(newsroom, '2024-05')).toBeUndefined();
  });
});

describe('viewArticle', () => {
  const newsroom = buildNewsroom(
    [
      ...archive,
      article('f-filed', '2024-03-03T09:00:00Z', {
        story: 'summit',
        body: 'Envoys met in Pyongyang for summit talks on the treaty and the border crossings.',
        dateline: 'Seoul',
        source: 'News1',
        mentions: [mention('north-korea', 2, true), mention('russia', 1, false)],
      }),
      article('g-follow-up', '2024-03-04T09:00:00Z', {
        story: 'summit',
        body: 'The summit in Pyongyang ended without a treaty; envoys will resume talks next month.',
        mentions: [mention('north-korea', 2, true)],
      }),
    ],
    settings,
  );

  it('splits the structured data into what the article is about (salient) and what it mentions', () => {
    const view = viewArticle(newsroom, 'f-filed')!;
    expect(view.about.map((t) => t.name)).toEqual(['North Korea']);
    expect(view.mentions.map((t) => t.name)).toEqual(['Russia']);
  });

  it('resolves each related link to the article it points at', () => {
    const view = viewArticle(newsroom, 'f-filed')!;
    expect(view.related.map(({ link, article: other }) => [link.id, other.id, other.title])).toContainEqual(['g-follow-up', 'g-follow-up', 'g-follow-up']);
  });

  it('opens the body with the dateline in capitals and the source in brackets', () => {
    expect(viewArticle(newsroom, 'f-filed')!.datelineLabel).toBe('SEOUL (News1)');
  });

  it('has no view of an article the index does not publish', () => {
    expect(viewArticle(newsroom, 'd-draft')).toBeUndefined();
  });
});

describe('formatDatelineLabel', () => {
  it.each([
    ['dateline and source', 'Seoul', 'News1', 'SEOUL (News1)'],
    ['dateline only', 'Kyiv', undefined, 'KYIV'],
    ['source only', undefined, 'Reuters', '(Reuters)'],
    ['neither', undefined, undefined, ''],
  ])('%s', (_name, dateline, source, expected) => {
    expect(formatDatelineLabel(dateline, source)).toBe(expected);
  });
});

describe('shownUpdate', () => {
  const published = new Date('2023-10-07T15:06:12Z');
  it.each([
    ['no update', undefined, undefined],
    ['stamped a second after publication', '2023-10-07T15:06:13Z', undefined],
    ['59 seconds later', '2023-10-07T15:07:11Z', undefined],
    ['a minute later', '2023-10-07T15:07:12Z', '2023-10-07T15:07:12.000Z'],
    ['hours later', '2023-10-07T21:15:00Z', '2023-10-07T21:15:00.000Z'],
  ])('%s', (_name, updated, expected) => {
    expect(shownUpdate(published, updated ? new Date(updated) : undefined)?.toISOString()).toBe(expected);
  });
});

describe('entityThingOf', () => {
  it('identifies an entity by its Wikidata page only when it has a Q-id', () => {
    const tag = (wikidata?: string) => ({
      entity: { ...entity('north-korea', 'North Korea', 'place'), ...(wikidata ? { wikidata } : {}) },
      salient: true,
      count: 1,
    });
    expect(entityThingOf(tag('Q423'))).toEqual({ id: 'north-korea', name: 'North Korea', type: 'place', sameAs: 'https://www.wikidata.org/wiki/Q423' });
    expect(entityThingOf(tag())).toEqual({ id: 'north-korea', name: 'North Korea', type: 'place', sameAs: undefined });
  });
});

describe('viewStory', () => {
  const thread = [
    article('kim-1', '2024-06-18T09:00:00Z', {
      story: 'kim-putin',
      title: 'Kim Jong Un hosts Putin',
      mentions: [mention('kim-jong-un', 2, true), mention('vladimir-putin', 2, true)],
    }),
    article('kim-2', '2024-06-19T09:00:00Z', {
      story: 'kim-putin',
      title: 'Kim Jong Un and Putin sign treaty',
      mentions: [mention('kim-jong-un', 2, true), mention('vladimir-putin', 2, true)],
    }),
  ];
  const withPutin = new Map([...registry, ['vladimir-putin', entity('vladimir-putin', 'Vladimir Putin', 'person')]]);
  const newsroom = buildNewsroom(thread, { ...settings, registry: withPutin });
  const view = viewStory(newsroom, newsroom.stories[0]!);

  it('links the story’s entities that have a page and names the others as plain text', () => {
    expect(view.entities.map(({ entity, page }) => [entity.id, page])).toEqual(view.story.entityIds.map((id) => [id, id !== 'vladimir-putin']));
    expect(view.entities.map((e) => e.entity.id)).toContain('vladimir-putin');
  });

  it('lists the story’s articles oldest first', () => {
    expect(view.timeline.flatMap((e) => (e.kind === 'article' ? [e.articleId] : []))).toEqual(['kim-1', 'kim-2']);
  });
});

describe('the archive’s publisher', () => {
  const words = ['harbour', 'orchard', 'glacier', 'violin', 'meadow', 'lantern', 'canyon', 'pepper', 'quarry', 'falcon'];
  const releases = Array.from({ length: 30 }, (_, i) =>
    article(`r-${String(i).padStart(2, '0')}`, `2024-05-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00Z`, {
      title: `Release on the ${words[i % 10]} ${i}`,
      body: `A note about the ${words[i % 10]} number ${i}.`,
      source: 'The White House',
      mentions: i < 2 ? [mention('white-house', 2, true), mention('north-korea', 1, true)] : [],
      story: i < 2 ? 'tours' : undefined,
    }),
  );
  const withHouse = new Map([...registry, ['white-house', entity('white-house', 'White House', 'organization')]]);
  const newsroom = buildNewsroom(releases, { ...settings, registry: withHouse, registered: new Set(withHouse.keys()) });

  it('stays a tag of the articles that name it', () => {
    expect(newsroom.entityIndex.tagsOf.get('r-00')?.map((t) => t.entity.id)).toContain('white-house');
  });

  it('is not what a story is about', () => {
    expect(newsroom.stories.find((s) => s.id === 'tours')?.entityIds).toEqual(['north-korea']);
  });
});
