import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as frontmatterModule from '../../src/lib/frontmatter.ts';
import { cachedFrontmatterReader } from '../../src/content/frontmatter-cache.ts';

const dirs: string[] = [];
function cachePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontmatter-cache-'));
  dirs.push(dir);
  return join(dir, 'sub', 'frontmatter.bin');
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const article = (title: string) => `---\ntitle: "${title}"\npublished: 2024-04-20 06:43:58\ntags: [Seoul]\n---\n\nThe body of ${title}.\n`;

describe('frontmatter kept between builds', () => {
  it('gives what reading the file gives, whether parsed now or kept from the last build', () => {
    const path = cachePath();
    const text = article('Summit opens');
    const first = cachedFrontmatterReader(path, 'r1');
    const parsed = first.read(text, 'a.md');
    first.save();
    const kept = cachedFrontmatterReader(path, 'r1').read(text, 'a.md');
    expect(parsed).toEqual(frontmatterModule.readFrontmatter(text, 'a.md'));
    expect(kept).toEqual(parsed);
    expect(kept.data['published']).toBe('2024-04-20 06:43:58');
  });

  it('parses again only the files whose text changed', () => {
    const path = cachePath();
    const first = cachedFrontmatterReader(path, 'r1');
    first.read(article('One'), 'one.md');
    first.read(article('Two'), 'two.md');
    first.save();
    const spy = vi.spyOn(frontmatterModule, 'readFrontmatter');
    const second = cachedFrontmatterReader(path, 'r1');
    second.read(article('One'), 'one.md');
    expect(second.read(article('Two, corrected'), 'two.md').data['title']).toBe('Two, corrected');
    expect(spy.mock.calls.map(([, file]) => file)).toEqual(['two.md']);
  });

  it('ignores results of other parsing code, and a damaged cache file', () => {
    const path = cachePath();
    const first = cachedFrontmatterReader(path, 'r1');
    first.read(article('One'), 'one.md');
    first.save();
    const spy = vi.spyOn(frontmatterModule, 'readFrontmatter');
    cachedFrontmatterReader(path, 'r2').read(article('One'), 'one.md');
    writeFileSync(path, 'not a cache');
    cachedFrontmatterReader(path, 'r1').read(article('One'), 'one.md');
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('reports a broken file again in the next build, and keeps only the files of the last build', () => {
    const path = cachePath();
    const broken = '---\ntitle: [unclosed\n---\n\nBody\n';
    const first = cachedFrontmatterReader(path, 'r1');
    first.read(article('Gone'), 'gone.md');
    expect(() => first.read(broken, 'broken.md')).toThrow(/broken\.md|malformed/);
    first.save();
    const second = cachedFrontmatterReader(path, 'r1');
    expect(() => second.read(broken, 'broken.md')).toThrow(/malformed/);
    second.save();
    const spy = vi.spyOn(frontmatterModule, 'readFrontmatter');
    cachedFrontmatterReader(path, 'r1').read(article('Gone'), 'gone.md');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
