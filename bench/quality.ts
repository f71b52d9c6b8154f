/**
 * `npm run bench:quality [-- --only related,entities,stories] [-- --final]`
 *
 * Dateline's editorial quality against the blind judgments in tests/fixtures/judgments/, on
 * ../shared/corpus/whitehouse-2023 plus the sample content, printed beside a plain baseline in
 * the same run: TF-IDF cosine over title + body for related links, compromise's named-entity
 * tagger for entity tags. Without --final only the tuning half is shown; the held-aside half is
 * for the end of a piece of work, so that tuning never sees it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { DAY_MS } from '../src/lib/time/index.ts';
import { loadQualityNewsroom } from './lib/quality-newsroom.ts';
import {
  foldName,
  measureEntities,
  measureRelated,
  type EntityFigures,
  type EntityJudgment,
  type RelatedFigures,
  type RelatedJudgment,
  type TagNames,
} from './lib/judgments.ts';
import { tfidfRelated, tfidfStories } from './lib/tfidf-baseline.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/whitehouse-2023');
const JUDGMENTS = join(ROOT, 'tests/fixtures/judgments');
const { values } = parseArgs({ options: { only: { type: 'string', default: 'related,entities,stories' }, final: { type: 'boolean', default: false } } });
const only = new Set(values.only.split(','));
const halves: Array<'tune' | 'held'> = values.final ? ['tune', 'held'] : ['tune'];

if (!existsSync(CORPUS)) {
  console.log(`bench:quality: SKIPPED — ${CORPUS} is missing (the shared corpus lives beside the project, in ../shared/corpus; a fresh clone has none).`);
  process.exit(0);
}
const started = performance.now();
const newsroom = await loadQualityNewsroom(ROOT, [CORPUS, join(ROOT, 'content/articles')]);
console.log(
  `Archive: ${newsroom.articles.length} published articles (corpus + sample), newsroom index in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
if (!values.final) console.log('Showing the tuning half only; the held-aside half is printed with --final.');

const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(3));
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
function readJson<T>(name: string): T | undefined {
  const path = join(JUDGMENTS, name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

if (only.has('related')) {
  const file = readJson<{ articles: RelatedJudgment[] }>('related.json');
  if (!file) console.log('\nRelated links: no tests/fixtures/judgments/related.json yet.');
  else {
    const baseline = tfidfRelated(newsroom.articles, { limit: 5 });
    const systems: Array<[string, (id: string) => readonly string[]]> = [
      ['Dateline', (id) => (newsroom.related.get(id) ?? []).map((r) => r.link.id)],
      ['TF-IDF baseline', (id) => baseline.get(id) ?? []],
    ];
    console.log('\nRelated links (precision over the links each system shows, at most 5; grades: 1 useful, 2 strong)');
    console.log(row(['half', 'system', 'articles', 'links shown', 'judged', 'precision useful', 'precision strong', 'articles with a strong link']));
    console.log(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const half of halves) {
      const judged = file.articles.filter((j) => j.split === half);
      for (const [name, links] of systems) {
        const f: RelatedFigures = measureRelated(judged, links);
        console.log(
          row([
            half,
            name,
            f.articles,
            f.shown,
            `${f.judged} (${ratio(f.judged, f.shown)})`,
            ratio(f.useful, f.judged),
            ratio(f.strong, f.judged),
            ratio(f.withStrong, f.articles),
          ]),
        );
      }
    }
    console.log(
      'Goals: useful ≥ 0.85, strong ≥ 0.6, and at least 0.1 above the baseline on both. Links not yet judged are left out of the precision and counted under "judged".',
    );
  }
}

if (only.has('entities')) {
  const file = readJson<{ articles: EntityJudgment[] }>('entities.json');
  if (!file) console.log('\nEntity tags: no tests/fixtures/judgments/entities.json yet.');
  else {
    const KINDS = new Set(['person', 'organization', 'place']);
    const datelineTags = (id: string): TagNames[] =>
      (newsroom.entityIndex.tagsOf.get(id) ?? [])
        .filter((t) => KINDS.has(t.entity.type))
        .map((t) => ({ id: t.entity.id, type: t.entity.type, names: [t.entity.name, ...t.entity.aliases, t.entity.id.replace(/-/g, ' ')] }));
    const compromiseTags = (id: string): TagNames[] => {
      const article = newsroom.byId.get(id);
      if (!article) return [];
      const doc = nlp(`${article.title}.\n\n${article.body}`);
      const found = new Map<string, TagNames>();
      const add = (type: string, names: string[]) => {
        for (const name of names) {
          const clean = name.replace(/[.,;:!?'"’]+$/g, '').trim();
          if (clean && !found.has(foldName(clean))) found.set(foldName(clean), { id: foldName(clean), type, names: [clean] });
        }
      };
      add('person', doc.people().out('array') as string[]);
      add('place', doc.places().out('array') as string[]);
      add('organization', doc.organizations().out('array') as string[]);
      return [...found.values()];
    };
    console.log("\nEntity tags (people, organisations, places; precision: tags on the editor's list; recall: the editor's tags found)");
    console.log(row(['half', 'system', 'articles', 'tags', 'precision', 'recall', 'recall: people', 'recall: organisations', 'recall: places']));
    console.log(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
    // A later round of judging brings articles no tuning has seen: each round is shown apart as well as in the whole half.
    const rounds = [...new Set(file.articles.map((j) => j.round ?? 1))].sort((a, b) => a - b);
    const groups = halves.flatMap((half) => [
      { label: half, judged: file.articles.filter((j) => j.split === half) },
      ...(rounds.length > 1
        ? rounds.map((r) => ({ label: `${half}, round ${r}`, judged: file.articles.filter((j) => j.split === half && (j.round ?? 1) === r) }))
        : []),
    ]);
    for (const { label, judged } of groups) {
      for (const [name, tags] of [
        ['Dateline', datelineTags],
        ['compromise NER baseline', compromiseTags],
      ] as const) {
        const f: EntityFigures = measureEntities(judged, tags);
        const by = (type: string) => ratio(f.goldByType[type]?.found ?? 0, f.goldByType[type]?.gold ?? 0);
        console.log(row([label, name, judged.length, f.tags, ratio(f.correct, f.tags), ratio(f.found, f.gold), by('person'), by('organization'), by('place')]));
      }
    }
    console.log('Goals: precision ≥ 0.95, recall ≥ 0.85, organisations ≥ 0.8.');
  }
}

if (only.has('stories')) {
  const automatic = newsroom.stories.filter((s) => s.automatic);
  const sizes = automatic.map((s) => s.articleIds.length).sort((a, b) => a - b);
  const spans = automatic.map((s) => (s.lastPublished.getTime() - s.firstPublished.getTime()) / DAY_MS).sort((a, b) => a - b);
  const pick = (list: number[], q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
  console.log(
    `\nStories: ${newsroom.stories.length} (${automatic.length} automatic); automatic sizes median ${pick(sizes, 0.5)}, p90 ${pick(sizes, 0.9)}, max ${sizes.at(-1) ?? 0}; span in days median ${pick(spans, 0.5).toFixed(0)}, max ${(spans.at(-1) ?? 0).toFixed(0)}`,
  );
  const file = readJson<{ stories: Array<{ split: 'tune' | 'held'; articleIds: string[]; title: string; coherent: boolean; titleScore: number }> }>(
    'stories.json',
  );
  if (!file) console.log('No tests/fixtures/judgments/stories.json yet.');
  else {
    // A judgment holds for a story with exactly the judged members and title; others are not yet judged.
    const key = (s: { title: string; articleIds: readonly string[] }) => `${s.title}\u0000${s.articleIds.join(' ')}`;
    const judged = new Map(file.stories.map((s) => [key(s), s]));
    const systems: Array<[string, Array<{ title: string; articleIds: string[] }>]> = [
      ['Dateline', automatic.filter((s) => s.articleIds.length >= 2)],
      ['TF-IDF clustering baseline', tfidfStories(newsroom.articles)],
    ];
    console.log('\nStories (coherent: one developing story; title: 0–2)');
    console.log(row(['half', 'system', 'stories', 'judged', 'coherent', 'title score']));
    console.log(row(['---', '---', '---:', '---:', '---:', '---:']));
    for (const half of ['tune', 'held'] as const) {
      for (const [name, stories] of systems) {
        const found = stories.flatMap((s) => judged.get(key(s)) ?? []).filter((s) => s.split === half);
        const coherent = found.filter((s) => s.coherent).length;
        const title = found.reduce((sum, s) => sum + s.titleScore, 0);
        console.log(row([half, name, stories.length, found.length, ratio(coherent, found.length), found.length ? (title / found.length).toFixed(2) : '–']));
      }
    }
    console.log('Goals: coherent ≥ 0.9, title ≥ 1.6. Stories are judged once, after tuning, so both halves are shown.');
  }
}
