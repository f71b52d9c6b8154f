import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDetection } from '../../bench/lib/check-detection.ts';
import { generateArchive, syntheticEntities, writeEntityFiles } from '../../bench/lib/synthetic-archive.ts';

// The build benchmark is only fair if its synthetic articles name people, places and organisations
// the way real copy does, so that the site's own entity detector finds what Hugo is handed as tags.
describe('the synthetic archive of the build benchmark', () => {
  const options = { count: 600, seed: 20_240_601 };
  const archive = generateArchive(options);
  const entities = syntheticEntities(options);
  const dir = mkdtempSync(join(tmpdir(), 'bench-entities-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws from at least 300 names of people, places and organisations', () => {
    expect(entities.length).toBeGreaterThanOrEqual(300);
    const types = new Set(entities.map((e) => e.type));
    expect([...types].sort()).toEqual(['organization', 'person', 'place']);
  });

  it('names 3 to 6 distinct entities in every article, most named far more often than the rest', () => {
    for (const article of archive) expect(article.mentions.length, article.id).toBeGreaterThanOrEqual(3);
    for (const article of archive) expect(article.mentions.length, article.id).toBeLessThanOrEqual(6);
    const counts = new Map<string, number>();
    for (const m of archive.flatMap((a) => a.mentions)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(10 * (sorted[sorted.length - 1] ?? 0));
  });

  it('tags articles with names from the same list', () => {
    const names = new Set(entities.map((e) => e.name));
    const tags = archive.flatMap((a) => a.tags);
    expect(tags.length).toBeGreaterThan(archive.length);
    for (const tag of tags) expect(names.has(tag), tag).toBe(true);
  });

  it('spreads publication dates over at least two years', () => {
    const years = new Set(archive.map((a) => a.published.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(2);
  });

  it('is the same archive for the same seed and another for another seed', () => {
    expect(JSON.stringify(generateArchive(options))).toBe(JSON.stringify(archive));
    expect(generateArchive({ ...options, seed: 7 })[0]?.body).not.toBe(archive[0]?.body);
  });

  it("writes the names so that the site's detector finds them under the same ids", async () => {
    await writeEntityFiles(entities, dir);
    const check = await checkDetection(archive, dir);
    expect(check.detector).toContain('analyseEntities');
    expect(check.found / check.planned).toBeGreaterThan(0.98);
    expect(check.extra / check.planned).toBeLessThan(0.02);
  });
});
