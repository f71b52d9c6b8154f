import { describe, expect, it } from 'vitest';
import { checkContent, type CheckInput, type CheckReport } from '../../src/lib/check/check-content.ts';
import { decodeAttribute } from '../../src/lib/check/body-links.ts';
import { findClosest } from '../../src/lib/check/closest.ts';
import { formatJson, formatReport } from '../../src/lib/check/format-report.ts';
import type { ContentFile } from '../../src/lib/check/types.ts';
import { ContentError } from '../../src/lib/content-error.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';

const SECTIONS = ['news', 'world', 'politics'];
const NOW = new Date('2024-06-20T00:00:00Z');

/** A content file from its path under the folder (without `.md`) and text, read the way the check reads files. */
function file(folder: 'articles' | 'entities', id: string, text: string): ContentFile {
  const path = `content/${folder}/${id}.md`;
  try {
    return { path: `${id}.md`, file: path, frontmatter: readFrontmatter(text, path) };
  } catch (error) {
    return { path: `${id}.md`, file: path, readError: (error as ContentError).problem };
  }
}

function article(id: string, fields: string, body = 'Some text.'): ContentFile {
  return file('articles', id, `---\n${fields}\n---\n\n${body}\n`);
}

const fine = (title: string, extra = '') => `title: ${title}\npublished: 2024-06-19T10:00:00+09:00${extra ? `\n${extra}` : ''}`;

const FILES: Record<string, number> = {
  'content/images/map.svg': 2_000,
  'content/images/huge.svg': 6 * 1024 * 1024,
  'content/images/huge.jpg': 7 * 1024 * 1024,
  'public/images/chart.png': 10_000,
  'public/favicon.svg': 500,
};

function run(articles: ContentFile[], options: Partial<CheckInput> = {}) {
  return checkContent({
    articles,
    entities: [file('entities', 'kim-jong-un', '---\nname: Kim Jong Un\ntype: person\n---\nLeader.\n')],
    settings: { timeZone: 'Asia/Seoul', sectionIds: SECTIONS, basePath: '/', siteUrl: 'https://news.example.org' },
    now: NOW,
    file: (path) => (path in FILES ? { size: FILES[path] ?? 0 } : undefined),
    gazetteer: false,
    ...options,
  });
}

/** The problems of the last article in `articles`, as `code@line` strings. */
function codesOf(articles: ContentFile[], options: Partial<CheckInput> = {}) {
  const last = articles.at(-1)!.file;
  return run(articles, options)
    .problems.filter((p) => p.file === last)
    .map((p) => `${p.severity}:${p.code}@${p.line ?? '-'}`);
}

describe('npm run check: one article at a time', () => {
  const cases: Array<{ name: string; files: ContentFile[]; expected: string[] }> = [
    { name: 'a correct article has no problems', files: [article('2024/06/ok', fine('Fine'))], expected: [] },
    { name: 'an unknown section is a schema error on its line', files: [article('2024/06/a', fine('A', 'section: gossip'))], expected: ['error:schema@4'] },
    { name: 'a 400-character title is advice, not an error', files: [article('2024/06/a', fine('x'.repeat(400)))], expected: ['warning:long-title@2'] },
    { name: 'a 110-character title passes without advice', files: [article('2024/06/a', fine('x'.repeat(110)))], expected: [] },
    {
      name: 'updated before published is a schema error',
      files: [article('2024/06/a', fine('A', 'updated: 2024-06-18T10:00:00+09:00'))],
      expected: ['error:schema@4'],
    },
    { name: 'a NUL byte makes the file unreadable', files: [file('articles', '2024/06/a', `---\ntitle: A\u0000\n---\n`)], expected: ['error:unreadable@-'] },
    { name: 'a file name that is not a slug', files: [article('2024/06/Big News', fine('A'))], expected: ['error:file-name@-'] },
    { name: 'an entity id nobody registered', files: [article('2024/06/a', fine('A', 'entities: [kim-jong-on]'))], expected: ['error:unknown-entity@4'] },
    {
      name: 'registered entities and tags are known',
      files: [article('2024/06/a', fine('A', 'tags: [Trade War]\nentities: [kim-jong-un, trade-war]'))],
      expected: [],
    },
    {
      name: 'a future date is a warning',
      files: [article('2024/06/a', 'title: A\npublished: 2024-07-01T10:00:00+09:00')],
      expected: ['warning:future-date@3'],
    },
    { name: 'a future draft is fine', files: [article('2024/06/a', 'title: A\npublished: 2024-07-01T10:00:00+09:00\ndraft: true')], expected: [] },
    {
      name: 'a missing lead image',
      files: [article('2024/06/a', fine('A', 'image:\n  src: /images/nope.svg\n  alt: A map'))],
      expected: ['error:image-missing@4'],
    },
    { name: 'a lead image that exists', files: [article('2024/06/a', fine('A', 'image:\n  src: /images/map.svg\n  alt: A map'))], expected: [] },
    {
      name: 'an SVG over 5 MB is an error',
      files: [article('2024/06/a', fine('A', 'image:\n  src: /images/huge.svg\n  alt: A map'))],
      expected: ['error:image-too-large@4'],
    },
    {
      name: 'a photo over 5 MB is resized, so only a warning',
      files: [article('2024/06/a', fine('A', 'image:\n  src: /images/huge.jpg\n  alt: A photo'))],
      expected: ['warning:image-too-large@4'],
    },
    {
      name: 'a remote lead image is not fetched',
      files: [article('2024/06/a', fine('A', 'image:\n  src: https://cdn.example.org/a.jpg\n  alt: A photo'))],
      expected: [],
    },
    { name: 'an empty body', files: [article('2024/06/a', fine('A'), '')], expected: ['error:empty-body@5'] },
    { name: 'the npm run new placeholder', files: [article('2024/06/a', fine('A'), 'Write the story here.')], expected: ['error:empty-body@5'] },
    { name: 'a draft may still be a placeholder', files: [article('2024/06/a', fine('A', 'draft: true'), 'Write the story here.')], expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(codesOf(files)).toEqual(expected);
  });

  it('refuses a file over 1 MB (a feed pasted into one article)', () => {
    const big = { ...article('2024/06/a', fine('A')), bytes: 5 * 1024 * 1024 };
    const { problems } = run([big]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', code: 'too-large' })]);
    expect(problems[0]?.message).toContain('is 5.0 MB; a content file may be at most 1.0 MB');
  });

  it('names the file, the line and the field of a schema error', () => {
    const [problem] = run([article('2024/06/a', fine('A', 'section: gossip'))]).problems;
    expect(problem).toMatchObject({ file: 'content/articles/2024/06/a.md', line: 4, field: 'section' });
    expect(problem?.message).toMatch(/must be one of: news, world, politics/);
  });

  it('suggests the registered id closest to a misspelt one', () => {
    const [problem] = run([article('2024/06/a', fine('A', 'entities: [kim-jong-on]'))]).problems;
    expect(problem?.message).toContain('Did you mean "kim-jong-un"?');
  });

  it('turns warnings into errors with --strict', () => {
    const future = [article('2024/06/a', 'title: A\npublished: 2024-07-01T10:00:00+09:00')];
    expect(codesOf(future, { strict: true })).toEqual(['error:future-date@3']);
  });

  it('checks entity files against the entity schema', () => {
    const report = run([], { entities: [file('entities', 'robot', '---\nname: Robot\ntype: robot\n---\n')] });
    expect(report.problems).toEqual([expect.objectContaining({ code: 'schema', file: 'content/entities/robot.md', field: 'type', line: 3 })]);
  });
});

describe('npm run check: across articles', () => {
  it('finds two files that become one article id', () => {
    const codes = codesOf([article('2024/06/story', fine('One')), article('2024/06/story/index', fine('Two'))]);
    expect(codes).toEqual(['error:duplicate-id@-']);
  });

  it('finds the same headline twice on one day in the site timezone', () => {
    const first = article('2024/06/a', 'title: Rates held\npublished: 2024-06-19T08:00:00+09:00');
    const second = article('2024/06/b', 'title: Rates  HELD\npublished: 2024-06-19T23:00:00+09:00');
    expect(codesOf([first, second])).toEqual(['error:duplicate-title@2']);
  });

  it('does not call headlines on different local days duplicates, even on the same UTC day', () => {
    // 23:30 and 00:30 in Seoul are both 19 June in UTC, but two days in the site timezone.
    const first = article('2024/06/a', 'title: Rates held\npublished: 2024-06-19T23:30:00+09:00');
    const second = article('2024/06/b', 'title: Rates held\npublished: 2024-06-20T00:30:00+09:00');
    expect(run([first, second]).problems).toEqual([]);
  });

  it('warns about a one-off story id one edit away from a shared one', () => {
    const thread = [article('2024/06/a', fine('A', 'story: north-korea-russia')), article('2024/06/b', fine('B', 'story: north-korea-russia'))];
    const typo = article('2024/06/c', fine('C', 'story: north-korea-rusia'));
    const fresh = article('2024/06/d', fine('D', 'story: paris-olympics'));
    const problems = run([...thread, typo, fresh]).problems;
    expect(problems.map((p) => `${p.file}:${p.code}`)).toEqual(['content/articles/2024/06/c.md:story-typo']);
    expect(problems[0]?.message).toContain('Did you mean "north-korea-russia"?');
  });
});

describe('npm run check: links and images in bodies', () => {
  const others = [article('2024/05/earlier-story', fine('Earlier')), article('2024/05/secret-draft', fine('Draft', 'draft: true'))];
  const cases: Array<{ name: string; body: string; expected: string[] }> = [
    { name: 'a link to an existing article', body: 'See [this](/articles/2024/05/earlier-story/).', expected: [] },
    { name: 'a link without the trailing slash', body: 'See [this](/articles/2024/05/earlier-story).', expected: [] },
    { name: 'a relative link to a sibling article', body: 'See [this](../../05/earlier-story/).', expected: [] },
    { name: 'a link to a missing article', body: 'See [this](/articles/2024/05/earlier-stroy/).', expected: ['error:broken-link@6'] },
    { name: 'a link to a draft', body: 'Line one.\n\nSee [this](/articles/2024/05/secret-draft/).', expected: ['error:draft-link@8'] },
    {
      name: 'a link to a section, a section page and a feed',
      body: '[w](/sections/world/) [p](/sections/world/2/) [f](/sections/world/rss.xml)',
      expected: [],
    },
    { name: 'a link to an unknown section', body: '[w](/sections/gossip/)', expected: ['error:broken-link@6'] },
    { name: "a link to a section's share card", body: '[card](/sections/world/card.png)', expected: [] },
    { name: 'a link to a section page 1 under a number, which the build never makes', body: '[w](/sections/world/1/)', expected: ['error:broken-link@6'] },
    { name: 'a link to a sub-page of an entity, which the build never makes', body: '[Kim](/entities/kim-jong-un/photos/)', expected: ['error:broken-link@6'] },
    { name: 'a link to a registered entity', body: '[Kim](/entities/kim-jong-un/)', expected: [] },
    { name: 'a link to an unregistered entity is only a warning', body: '[Kim](/entities/kim-jong-il/)', expected: ['warning:unverified-link@6'] },
    { name: 'a link to a month with published articles', body: '[June](/timeline/2024/06/)', expected: [] },
    {
      name: 'links to fixed pages and public files',
      body: '[t](/timeline/) [s](/search/?q=x) [i](/favicon.svg) [r](/rss.xml) [j](/feed.json) [h](/hot.json)',
      expected: [],
    },
    { name: 'a link to nothing', body: '[x](/no-such-page/)', expected: ['error:broken-link@6'] },
    { name: 'a link with the site URL', body: '[x](https://news.example.org/articles/2024/05/nope/)', expected: ['error:broken-link@6'] },
    { name: 'external links, mail and fragments are not checked', body: '[a](https://example.com/x) [b](mailto:desk@example.org) [c](#top)', expected: [] },
    { name: 'a reference-style link definition', body: 'See [this][1].\n\n[1]: /articles/2024/05/gone/', expected: ['error:broken-link@8'] },
    { name: 'a raw HTML link', body: '<a href="/articles/2024/05/gone/">x</a>', expected: ['error:broken-link@6'] },
    { name: 'links inside code are not links', body: '```\n[x](/nowhere/)\n```\n\nUse `[x](/nowhere/)` here.', expected: [] },
    { name: 'a body image served from public/', body: '![A chart](/images/chart.png)', expected: [] },
    { name: 'a body image that is missing', body: '![A chart](/images/missing.png)', expected: ['error:image-missing@6'] },
    { name: 'a body image without alt text', body: '![](/images/chart.png)', expected: ['warning:image-alt@6'] },
    { name: 'a raw img without alt text', body: '<img src="https://cdn.example.org/x.jpg">', expected: ['warning:image-alt@6'] },
    { name: 'a javascript: link the build will strip', body: '[x](javascript:alert(1))', expected: ['warning:removed-html@6'] },
    { name: 'a script the build will strip', body: 'Text.\n\n<script>alert(1)</script>', expected: ['warning:removed-html@8'] },
    { name: 'an event handler the build will strip', body: '<p onclick="alert(1)">x</p>', expected: ['warning:removed-html@6'] },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    expect(codesOf([...others, article('2024/06/a', fine('A'), body)])).toEqual(expected);
  });

  it('reports a link to an article scheduled after now as not published', () => {
    const embargoed = article('2024/07/embargoed', 'title: Embargoed\npublished: 2024-07-01T10:00:00+09:00');
    const linking = article('2024/06/a', fine('A'), 'See [this](/articles/2024/07/embargoed/).');
    expect(codesOf([embargoed, linking])).toEqual(['error:draft-link@6']);
    expect(codesOf([embargoed, linking], { now: new Date('2024-07-02T00:00:00Z') })).toEqual([]);
  });

  it('reads base-path links the way the build writes them', () => {
    const files = [...others, article('2024/06/a', fine('A'), '[x](/news/articles/2024/05/earlier-story/) [y](/news/articles/2024/05/gone/)')];
    const options = { settings: { timeZone: 'Asia/Seoul', sectionIds: SECTIONS, basePath: '/news/', siteUrl: 'https://news.example.org' } };
    expect(codesOf(files, options)).toEqual(['error:broken-link@6']);
  });
});

describe('npm run check: output', () => {
  const report = run([article('2024/06/a', fine('A', 'section: gossip')), article('2024/06/b', 'title: B\npublished: 2024-07-01T10:00:00+09:00')]);

  it('prints one line per problem with file:line, field and code, then a summary', () => {
    const text = formatReport(report, 1234);
    expect(text).toContain('error   content/articles/2024/06/a.md:4: field "section" must be one of: news, world, politics [schema]');
    expect(text).toContain('warning content/articles/2024/06/b.md:3: field "published" is in the future');
    expect(text.split('\n').at(-1)).toBe('✗ Checked 2 articles and 1 entity file in 1.23 s: 1 error, 1 warning.');
  });

  it('gives tools JSON with the same problems', () => {
    const json = JSON.parse(formatJson(report, 1234)) as CheckReport & { ok: boolean; elapsedMs: number };
    expect(json).toMatchObject({ ok: false, errors: 1, warnings: 1, elapsedMs: 1234 });
    expect(json.problems[0]).toMatchObject({ severity: 'error', code: 'schema', file: 'content/articles/2024/06/a.md', line: 4, field: 'section' });
  });
});

describe('reading raw HTML attributes', () => {
  it.each([
    { raw: '&#106;avascript:alert(1)', decoded: 'javascript:alert(1)' },
    { raw: 'java&#x09;script:alert(1)', decoded: 'javascript:alert(1)' },
    { raw: ' /articles/a/ ', decoded: '/articles/a/' },
    { raw: '/a?x=1&amp;y=2', decoded: '/a?x=1&y=2' },
    { raw: '&#99999999;x', decoded: '\ufffdx' },
  ])('reads $raw as $decoded', ({ raw, decoded }) => {
    expect(decodeAttribute(raw)).toBe(decoded);
  });
});

describe('did-you-mean suggestions', () => {
  it.each([
    { word: 'japn', candidates: ['japan', 'jordan'], expected: 'japan' },
    { word: 'north-korea-rusia', candidates: ['north-korea-russia', 'north-korea'], expected: 'north-korea-russia' },
    { word: 'tokyo', candidates: ['togo'], expected: undefined },
    { word: 'completely-new', candidates: ['climate-talks'], expected: undefined },
  ])('suggests $expected for $word', ({ word, candidates, expected }) => {
    expect(findClosest(word, candidates)).toBe(expected);
  });
});
