import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { readContentFolder } from '../../scripts/lib/read-content.ts';

const root = resolve(import.meta.dirname, '../..');
// The hostile fixtures as if they were an articles folder.
const report = checkContent({
  articles: readContentFolder(resolve(root, 'tests/fixtures/hostile'), root)
    .filter((f) => f.path !== 'README.md')
    .map((f) => ({ ...f, path: `2024/06/${f.path}` })),
  entities: [],
  settings: { timeZone: 'Asia/Seoul', sectionIds: ['news', 'world', 'politics', 'science'], basePath: '/', siteUrl: 'https://news.example.org' },
  now: new Date('2024-07-01T00:00:00Z'),
  file: () => undefined,
  gazetteer: false,
});
const of = (name: string) => report.problems.filter((p) => p.file.endsWith(`/${name}`)).map((p) => `${p.severity}:${p.code}`);

describe('npm run check on hostile wire copy', () => {
  it('advises on the 205-character title without stopping anything', () => {
    const problems = report.problems.filter((p) => p.file.endsWith('/long-title.md'));
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'long-title', line: 2, field: 'title' })]);
    expect(problems[0]?.message).toContain('205 characters');
  });

  it('rejects the file with a NUL byte, naming it', () => {
    expect(report.problems.filter((p) => p.file.endsWith('/nul-byte.md'))).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'unreadable',
        file: 'tests/fixtures/hostile/nul-byte.md',
        message: 'contains a NUL byte; save it as plain UTF-8 text',
      }),
    ]);
  });

  it.each(['script-tags.md', 'event-handlers.md', 'svg-script.md', 'javascript-links.md'])('warns that the build strips the markup in %s', (name) => {
    expect(of(name)).toContain('warning:removed-html');
    expect(of(name).filter((p) => p === 'error:schema' || p === 'error:unreadable')).toEqual([]);
  });

  it('sees through character references and tabs in a javascript: URL', () => {
    const lines = report.problems.filter((p) => p.file.endsWith('/javascript-links.md') && p.code === 'removed-html').map((p) => p.line);
    // Line 15 hides the scheme behind &#106;, line 17 behind a tab reference.
    expect(lines).toEqual(expect.arrayContaining([15, 17]));
  });

  it('accepts right-to-left text, zero-width characters and deep nesting', () => {
    expect(of('rtl-zero-width.md')).toEqual([]);
    expect(of('deeply-nested-lists.md')).toEqual([]);
  });

  it('accepts control characters (the feeds drop them) and Korean tags', () => {
    expect(of('control-characters.md')).toEqual([]);
    expect(of('korean-tags.md')).toEqual([]);
  });
});
