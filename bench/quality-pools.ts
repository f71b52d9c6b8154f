/**
 * Writes the blind judging packets behind tests/fixtures/judgments/ (run once, before tuning):
 *
 *   npx tsx bench/quality-pools.ts --out DIR       write the packets and DIR/keys.json
 *   npx tsx bench/quality-pools.ts --collect DIR   turn the judges' DIR/out/*.json into the fixtures
 *   npx tsx bench/quality-pools.ts --stories 24 --out DIR   story packets (judged once, at the end)
 *   npx tsx bench/quality-pools.ts --stories 24 --unjudged --out DIR   only the site's stories no judgment covers yet
 *   npx tsx bench/quality-pools.ts --collect-stories DIR   add DIR's story judgments to the fixture (earlier ones stand)
 *   npx tsx bench/quality-pools.ts --more-entities 48 --out DIR   entity packets for articles no judgment covers yet
 *   npx tsx bench/quality-pools.ts --collect-entities DIR   add DIR's entity lists to the fixture as a new round (earlier ones stand)
 *
 * Related links: for each sampled article, the union of the site's top 8 links and the TF-IDF
 * baseline's top 8, shuffled, with neither system named; judges grade each 0/1/2. Entities: for
 * each sampled article, its whole text; judges list the people, organisations and places an
 * editor would tag, without seeing any system's tags. `DIR/keys.json` maps the packets' labels
 * back to article ids; it never reaches a judge. Stories: automatic stories of the site and of
 * a TF-IDF clustering baseline, shuffled together, each judged for coherence and for its title.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../src/config/site.ts';
import { computeRelated } from '../src/lib/related/index.ts';
import type { ArticleRecord } from '../src/lib/types.ts';
import { mulberry32 } from './lib/prng.ts';
import type { EntityJudgment, GoldEntity } from './lib/judgments.ts';
import { loadQualityNewsroom } from './lib/quality-newsroom.ts';
import { tfidfRelated, tfidfStories } from './lib/tfidf-baseline.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/whitehouse-2023');
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    collect: { type: 'string' },
    stories: { type: 'string' },
    unjudged: { type: 'boolean', default: false },
    'collect-stories': { type: 'string' },
    'more-entities': { type: 'string' },
    'collect-entities': { type: 'string' },
    related: { type: 'string', default: '96' },
    entities: { type: 'string', default: '48' },
    batch: { type: 'string', default: '12' },
  },
});
if (values.collect) {
  collect(resolve(values.collect));
  process.exit(0);
}
if (values['collect-entities']) {
  collectEntities(resolve(values['collect-entities']));
  process.exit(0);
}
if (values['collect-stories']) {
  collectStories(resolve(values['collect-stories']));
  process.exit(0);
}
if (!values.out) throw new Error('usage: npx tsx bench/quality-pools.ts --out DIR | --collect DIR');
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

const newsroom = await loadQualityNewsroom(ROOT, [CORPUS, join(ROOT, 'content/articles')]);
const articles = newsroom.articles;
const byId = newsroom.byId;
const entityNames = new Map([...newsroom.entityIndex.entities].map(([id, e]) => [id, e.name]));
const dateline = computeRelated(articles, {
  limit: 8,
  timeZone: site.timeZone,
  entityNames,
  stories: new Map([...newsroom.storyOf].map(([articleId, story]) => [articleId, story.id])),
});
const baseline = tfidfRelated(articles, { limit: 8 });

// Each round of entity lists draws with its own seed (round 2 drew with 20_261_129), so a round drawn again is the same round.
const nextEntityRound = (): number => Math.max(1, ...readEntityJudgments().map((j) => j.round ?? 1)) + 1;
const random = mulberry32(values.stories ? 20_261_128 : values['more-entities'] ? 20_261_127 + nextEntityRound() : 20_231_128);
function sample<T>(items: readonly T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}
const day = (a: ArticleRecord) => a.published.toISOString().slice(0, 10);
const clip = (text: string, n: number) => (text.length <= n ? text : `${text.slice(0, n).replace(/\s+\S*$/, '')} …`);
const fromSample = (a: ArticleRecord) => !a.id.startsWith('2023/');

if (values.stories) {
  const n = Number(values.stories);
  // A change to the story rule makes new stories; --unjudged asks only about those (the baseline's are mixed in as before, so judges stay blind).
  const judged = new Set(readStoryJudgments().map(storyKey));
  const site = newsroom.stories
    .filter((s) => s.automatic && s.articleIds.length >= 2)
    .map((s) => ({ title: s.title, articleIds: s.articleIds }))
    .filter((s) => !values.unjudged || !judged.has(storyKey(s)));
  const plain = tfidfStories(articles);
  const pool = sample([...sample(site, n), ...sample(plain, n)], 2 * n);
  const keys: Record<string, { title: string; articleIds: string[] }> = {};
  const lines: string[] = [];
  pool.forEach((story, k) => {
    const label = `S${k + 1}`;
    keys[label] = story;
    lines.push(`## ${label}`, '', `STORY TITLE: ${story.title}`, '', `ARTICLES (${story.articleIds.length}):`, '');
    for (const id of story.articleIds.slice(0, 40)) {
      const a = byId.get(id);
      if (a) lines.push(`- ${day(a)}: ${a.title} — ${clip(a.body, 160)}`);
    }
    if (story.articleIds.length > 40) lines.push(`- … and ${story.articleIds.length - 40} more articles`);
    lines.push('');
  });
  const half = Math.ceil(pool.length / 2);
  writeFileSync(
    join(out, 'stories-1.md'),
    lines
      .slice(
        0,
        lines.findIndex((l) => l === `## S${half + 1}`),
      )
      .join('\n'),
  );
  writeFileSync(join(out, 'stories-2.md'), lines.slice(lines.findIndex((l) => l === `## S${half + 1}`)).join('\n'));
  writeFileSync(join(out, 'story-keys.json'), `${JSON.stringify(keys, null, 1)}\n`);
  copyFileSync(resolve(ROOT, 'bench/rubrics/stories.md'), join(out, 'rubric-stories.md'));
  console.log(
    `stories: ${pool.length} (${Math.min(n, site.length)} of the site's ${site.length}, ${Math.min(n, plain.length)} of the baseline's ${plain.length}), written to ${out}`,
  );
  process.exit(0);
}

const batchSize = Number(values.batch);
if (values['more-entities']) {
  const keys = writeEntityPackets(Number(values['more-entities']), new Set(readEntityJudgments().map((j) => j.article)));
  const round = nextEntityRound();
  writeFileSync(join(out, 'entity-keys.json'), `${JSON.stringify({ round, articles: keys }, null, 1)}\n`);
  console.log(`entities: round ${round}, ${Object.keys(keys).length} articles no judgment covers yet, written to ${out}`);
  process.exit(0);
}

// Related: mostly corpus articles, plus every fifth from the sample (the Korean wire copy among them).
const withLinks = articles.filter((a) => (dateline.get(a.id)?.length ?? 0) + (baseline.get(a.id)?.length ?? 0) > 0);
const nRelated = Number(values.related);
const seeds = [
  ...sample(
    withLinks.filter((a) => !fromSample(a)),
    Math.round(nRelated * 0.9),
  ),
  ...sample(withLinks.filter(fromSample), nRelated - Math.round(nRelated * 0.9)),
];
const relatedKeys: Record<string, { article: string; candidates: Record<string, string> }> = {};
for (let b = 0; b * batchSize < seeds.length; b++) {
  const lines: string[] = [];
  seeds.slice(b * batchSize, (b + 1) * batchSize).forEach((seed, k) => {
    const label = `R${b * batchSize + k + 1}`;
    const pool = sample([...new Set([...(dateline.get(seed.id) ?? []).map((l) => l.id), ...(baseline.get(seed.id) ?? [])])], 99);
    relatedKeys[label] = { article: seed.id, candidates: Object.fromEntries(pool.map((id, c) => [`c${c + 1}`, id])) };
    lines.push(`## ${label}`, '', `SEED: ${seed.title} (${day(seed)})`, '', clip(seed.body, 900), '', 'CANDIDATES:', '');
    pool.forEach((id, c) => {
      const cand = byId.get(id);
      if (cand) lines.push(`- [${label}-c${c + 1}] ${cand.title} (${day(cand)}): ${clip(cand.body, 320)}`);
    });
    lines.push('');
  });
  writeFileSync(join(out, `related-${b + 1}.md`), lines.join('\n'));
}

// Entities: corpus and sample articles whose whole text fits a judge's careful read.
function writeEntityPackets(n: number, exclude: ReadonlySet<string>): Record<string, string> {
  const short = articles.filter((a) => a.title.length + a.body.length <= 6000 && !exclude.has(a.id));
  const chosen = [
    ...sample(
      short.filter((a) => !fromSample(a)),
      n - Math.round(n / 8),
    ),
    ...sample(short.filter(fromSample), Math.round(n / 8)),
  ];
  const keys: Record<string, string> = {};
  for (let b = 0; b * batchSize < chosen.length; b++) {
    const lines: string[] = [];
    chosen.slice(b * batchSize, (b + 1) * batchSize).forEach((article, k) => {
      const label = `E${b * batchSize + k + 1}`;
      keys[label] = article.id;
      lines.push(`## ${label}`, '', `TITLE: ${article.title}`, `PUBLISHED: ${day(article)}`, '', article.body, '');
    });
    writeFileSync(join(out, `entities-${b + 1}.md`), lines.join('\n'));
  }
  // Every round's judges read the same instructions: the rubric travels with the packets.
  copyFileSync(resolve(ROOT, 'bench/rubrics/entities.md'), join(out, 'rubric-entities.md'));
  return keys;
}
const entityKeys = writeEntityPackets(Number(values.entities), new Set());
writeFileSync(join(out, 'keys.json'), `${JSON.stringify({ related: relatedKeys, entities: entityKeys }, null, 1)}\n`);
const poolSizes = Object.values(relatedKeys).map((k) => Object.keys(k.candidates).length);
console.log(
  `related: ${seeds.length} seeds, ${poolSizes.reduce((s, n) => s + n, 0)} candidates (mean ${(poolSizes.reduce((s, n) => s + n, 0) / poolSizes.length).toFixed(1)}); entities: ${Object.keys(entityKeys).length} articles; written to ${out}`,
);

/** A third of the judged articles, fixed by their ids, is held aside until the end of tuning. */
function splitOf(id: string): 'tune' | 'held' {
  let hash = 2166136261;
  for (const ch of id) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return hash % 3 === 0 ? 'held' : 'tune';
}

/** A story judgment holds for exactly these members under exactly this title (as bench/quality.ts matches them). */
function storyKey(story: { title: string; articleIds: readonly string[] }): string {
  return `${story.title}\u0000${story.articleIds.join(' ')}`;
}

interface StoryJudgment {
  title: string;
  articleIds: string[];
  split: 'tune' | 'held';
  coherent: boolean;
  titleScore: number;
}

function storyFixture(): string {
  return resolve(ROOT, 'tests/fixtures/judgments/stories.json');
}

function readStoryJudgments(): StoryJudgment[] {
  return existsSync(storyFixture()) ? (JSON.parse(readFileSync(storyFixture(), 'utf8')) as { stories: StoryJudgment[] }).stories : [];
}

function entityFixture(): string {
  return resolve(ROOT, 'tests/fixtures/judgments/entities.json');
}

function readEntityJudgments(): EntityJudgment[] {
  return existsSync(entityFixture()) ? (JSON.parse(readFileSync(entityFixture(), 'utf8')) as { articles: EntityJudgment[] }).articles : [];
}

/** Adds the entity lists in `dir` to the fixture as the round they were drawn for; an article listed before keeps its first list. */
function collectEntities(dir: string): void {
  // The round is fixed when the packets are drawn, so lists collected in two goes stay one round.
  const { round, articles: keys } = JSON.parse(readFileSync(join(dir, 'entity-keys.json'), 'utf8')) as { round: number; articles: Record<string, string> };
  const outputs = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('entities') && f.endsWith('.json'));
  const listed = Object.assign({}, ...outputs.map((f) => JSON.parse(readFileSync(join(dir, 'out', f), 'utf8')) as object)) as Record<string, GoldEntity[]>;
  const file = JSON.parse(readFileSync(entityFixture(), 'utf8')) as { about: string; articles: EntityJudgment[] };
  const known = new Set(file.articles.map((j) => j.article));
  let added = 0;
  for (const [label, article] of Object.entries(keys)) {
    const entities = listed[label];
    if (!entities || known.has(article)) continue;
    file.articles.push({ article, split: splitOf(article), round, entities });
    known.add(article);
    added += 1;
  }
  writeFileSync(entityFixture(), `${JSON.stringify(file, null, 1)}\n`);
  console.log(`entities: ${added} lists added as round ${round}, ${file.articles.length} in all`);
}

/** Adds the story judgments in `dir` to the fixture; a story judged before keeps its first judgment. */
function collectStories(dir: string): void {
  const keys = JSON.parse(readFileSync(join(dir, 'story-keys.json'), 'utf8')) as Record<string, { title: string; articleIds: string[] }>;
  const outputs = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('stories') && f.endsWith('.json'));
  const judged = Object.assign({}, ...outputs.map((f) => JSON.parse(readFileSync(join(dir, 'out', f), 'utf8')) as object)) as Record<
    string,
    { coherent: boolean; title: number }
  >;
  const file = JSON.parse(readFileSync(storyFixture(), 'utf8')) as { about: string; stories: StoryJudgment[] };
  const known = new Set(file.stories.map(storyKey));
  let added = 0;
  for (const [label, story] of Object.entries(keys)) {
    const verdict = judged[label];
    if (!verdict || known.has(storyKey(story))) continue;
    file.stories.push({ ...story, split: splitOf(story.articleIds.join(' ')), coherent: verdict.coherent, titleScore: verdict.title });
    known.add(storyKey(story));
    added += 1;
  }
  writeFileSync(storyFixture(), `${JSON.stringify(file, null, 1)}\n`);
  console.log(`stories: ${added} judgments added, ${file.stories.length} in all`);
}

function collect(dir: string): void {
  const keys = JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')) as {
    related: Record<string, { article: string; candidates: Record<string, string> }>;
    entities: Record<string, string>;
  };
  const outputs = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json'));
  const read = (prefix: string) =>
    Object.assign({}, ...outputs.filter((f) => f.startsWith(prefix)).map((f) => JSON.parse(readFileSync(join(dir, 'out', f), 'utf8')) as object)) as Record<
      string,
      unknown
    >;
  const relatedOut = read('related') as Record<string, Record<string, number>>;
  const related = Object.entries(keys.related).flatMap(([label, key]) => {
    const grades = relatedOut[label];
    if (!grades) return [];
    const missing = Object.keys(key.candidates).filter((c) => !(c in grades));
    if (missing.length) throw new Error(`${label}: no grade for ${missing.join(', ')}`);
    return [
      { article: key.article, split: splitOf(key.article), grades: Object.fromEntries(Object.entries(key.candidates).map(([c, id]) => [id, grades[c]])) },
    ];
  });
  const entitiesOut = read('entities') as Record<string, unknown[]>;
  const entities = Object.entries(keys.entities).flatMap(([label, article]) =>
    entitiesOut[label] ? [{ article, split: splitOf(article), entities: entitiesOut[label] }] : [],
  );
  const storyKeys = existsSync(join(dir, 'story-keys.json'))
    ? (JSON.parse(readFileSync(join(dir, 'story-keys.json'), 'utf8')) as Record<string, { title: string; articleIds: string[] }>)
    : {};
  const storiesOut = read('stories') as Record<string, { coherent: boolean; title: number }>;
  const stories = Object.entries(storyKeys).flatMap(([label, story]) => {
    const judged = storiesOut[label];
    return judged ? [{ ...story, split: splitOf(story.articleIds.join(' ')), coherent: judged.coherent, titleScore: judged.title }] : [];
  });
  const about = (what: string) =>
    `${what} Judged blind by reviewers who saw only the article texts (no system names, candidates shuffled); written by bench/quality-pools.ts before any tuning. A third of the articles (split "held") is kept aside until the end of tuning.`;
  const target = resolve(ROOT, 'tests/fixtures/judgments');
  mkdirSync(target, { recursive: true });
  if (related.length)
    writeFileSync(
      join(target, 'related.json'),
      `${JSON.stringify({ about: about("Related-link grades per article: 0 not useful, 1 useful background, 2 strong (same developing story). Candidates: the union of the site's top 8 and a TF-IDF baseline's top 8."), articles: related }, null, 1)}\n`,
    );
  if (existsSync(join(dir, 'out')) && entities.length)
    writeFileSync(
      join(target, 'entities.json'),
      `${JSON.stringify({ about: about('Entities an editor would tag (tag: true) or accept as correct passing mentions (tag: false), per article.'), articles: entities }, null, 1)}\n`,
    );
  if (stories.length)
    writeFileSync(
      join(target, 'stories.json'),
      `${JSON.stringify({ about: about("Stories (the site's automatic stories and a TF-IDF clustering baseline's, shuffled together) judged for coherence (one developing story) and for the title (0 wrong or misleading, 1 vague or one article's headline, 2 names the thread well). Judged once, after tuning."), stories }, null, 1)}\n`,
    );
  console.log(`stories: ${stories.length} judged`);
  console.log(
    `related: ${related.length} articles (${related.filter((r) => r.split === 'held').length} held aside); entities: ${entities.length} articles (${entities.filter((e) => e.split === 'held').length} held aside)`,
  );
}
