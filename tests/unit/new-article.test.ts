import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/schemas.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { findSchemaProblems } from '../../src/content/validate-entry.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { createArticle, NewArticleError, type NewArticleOptions } from '../../scripts/lib/create-article.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'dateline-new-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SECTIONS = ['news', 'world', 'politics'];
let n = 0;

function options(overrides: Partial<NewArticleOptions> = {}): NewArticleOptions {
  n += 1;
  return {
    title: 'Putin arrives in Pyongyang',
    contentRoot: join(work, `case-${n}`),
    // 22:30 UTC on 19 June is 07:30 on 20 June in Seoul.
    now: new Date('2024-06-19T22:30:15.678Z'),
    timeZone: 'Asia/Seoul',
    sectionIds: SECTIONS,
    basePath: '/',
    ...overrides,
  };
}

describe('npm run new', () => {
  it('writes <yyyy>/<mm>/<slug>.md, dated now in the site timezone with its offset', () => {
    const opts = options({ section: 'world', story: 'north-korea-russia', dateline: 'Seoul', source: 'News1' });
    const created = createArticle(opts);
    expect(created.path).toBe(join(opts.contentRoot, '2024/06/putin-arrives-in-pyongyang.md'));
    expect(created.id).toBe('2024/06/putin-arrives-in-pyongyang');
    const { data } = readFrontmatter(readFileSync(created.path, 'utf8'), created.path);
    expect(data).toMatchObject({
      title: 'Putin arrives in Pyongyang',
      published: '2024-06-20T07:30:15+09:00',
      section: 'world',
      story: 'north-korea-russia',
      dateline: 'Seoul',
      source: 'News1',
      draft: true,
    });
  });

  it('takes the month folder from the local date, not UTC', () => {
    // 31 May 23:00 UTC is already 1 June in Seoul.
    const created = createArticle(options({ now: new Date('2024-05-31T23:00:00Z') }));
    expect(created.id).toBe('2024/06/putin-arrives-in-pyongyang');
  });

  it('writes a file that passes the article schema, with tricky headlines quoted', () => {
    const opts = options({ title: 'Kim: "We are ready" — #1 priority' });
    const created = createArticle(opts);
    const frontmatter = readFrontmatter(readFileSync(created.path, 'utf8'), created.path);
    expect(findSchemaProblems(articleSchema({ timeZone: opts.timeZone, sectionIds: SECTIONS }), frontmatter, created.path)).toEqual([]);
    expect(frontmatter.data['title']).toBe('Kim: "We are ready" — #1 priority');
    expect(created.id).toBe('2024/06/kim-we-are-ready-1-priority');
  });

  it('writes a file npm run check finds no error in', () => {
    const opts = options({ title: 'Kim: "We are ready" — #1 priority', dateline: 'SEOUL', source: 'KCNA: state media', story: 'summit' });
    const created = createArticle(opts);
    const report = checkContent({
      articles: [{ path: `${created.id}.md`, file: created.path, frontmatter: readFrontmatter(readFileSync(created.path, 'utf8'), created.path) }],
      entities: [],
      settings: { timeZone: opts.timeZone, sectionIds: SECTIONS, basePath: '/', siteUrl: 'https://news.example.org' },
      now: opts.now,
      file: () => undefined,
      gazetteer: false,
    });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('never overwrites: a second article with the same headline gets a numbered name', () => {
    const opts = options();
    const first = createArticle(opts);
    writeFileSync(first.path, 'the editor has written here');
    const second = createArticle(opts);
    expect(second.path).toBe(join(opts.contentRoot, '2024/06/putin-arrives-in-pyongyang-2.md'));
    expect(second.takenPath).toBe(first.path);
    expect(readFileSync(first.path, 'utf8')).toBe('the editor has written here');
  });

  it('prints the preview URL under the base path', () => {
    expect(createArticle(options({ basePath: '/news/' })).previewUrl).toBe('http://localhost:4321/news/articles/2024/06/putin-arrives-in-pyongyang/');
  });

  it.each([
    { name: 'an unknown section', overrides: { section: 'gossip' }, message: '--section "gossip" must be one of: news, world, politics' },
    { name: 'a story id that is not kebab-case', overrides: { story: 'North Korea' }, message: '--story "North Korea" must be a lowercase kebab-case id' },
    { name: 'an empty headline', overrides: { title: '  ' }, message: 'give the headline' },
  ])('refuses $name and writes nothing', ({ overrides, message }) => {
    const opts = options(overrides);
    expect(() => createArticle(opts)).toThrow(NewArticleError);
    expect(() => createArticle(opts)).toThrow(message);
    expect(() => readdirSync(opts.contentRoot)).toThrow();
  });

  it('runs from the command line and prints the path and the preview URL', () => {
    const contentRoot = join(work, 'cli');
    mkdirSync(contentRoot);
    const run = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'scripts/new-article.ts'), 'Seoul hosts summit', '--section', 'world', '--root', contentRoot],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, BASE_PATH: '/news/' },
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Created .*\/\d{4}\/\d{2}\/seoul-hosts-summit\.md/);
    expect(run.stdout).toMatch(/Preview: http:\/\/localhost:4321\/news\/articles\/\d{4}\/\d{2}\/seoul-hosts-summit\//);
  });
});
