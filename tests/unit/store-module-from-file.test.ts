import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { holdsJsonArray, storeModuleCode, storeModuleFromFile, storeReadFailure } from '../../src/integrations/store-module-from-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'store-module-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Imports a module's code, as the build imports the content store module. */
async function evaluate(code: string): Promise<unknown> {
  const path = file(`module-${Math.random().toString(36).slice(2)}.mjs`, code);
  const module = (await import(path)) as { default: unknown };
  return module.default;
}

describe('the content store module, read from the store file when it runs', () => {
  const store = [['Map', 1, 2], 'articles', { title: 'Kim Jong Un meets Putin in Vladivostok — “a new era”', body: 'x'.repeat(50) }, '🇰🇷 Seoul, Çavuşoğlu'];

  it('gives the store Astro wrote, whatever the file is called', async () => {
    const path = file('data store "quoted" \\ name.json', JSON.stringify(store));
    expect(await evaluate(storeModuleCode(path))).toEqual(store);
  });

  it('holds none of the store in its code', () => {
    const path = file('store.json', JSON.stringify(store));
    expect(storeModuleCode(path)).not.toContain('Vladivostok');
    expect(storeModuleCode(path).length).toBeLessThan(500 + path.length);
  });

  it.each([
    ['a file that cannot be read', null],
    ['a file cut off after an inner bracket', '[["Map",1,2],{"a":[1,2]'],
    ['a file that holds no list', '{"articles":[]}'],
  ])('stops the build, naming the file, on %s (Astro would build a site without articles)', async (_, text) => {
    const path = text === null ? join(dir, 'missing.json') : file(`broken-${Math.random().toString(36).slice(2)}.json`, text);
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('dateline.contentStoreReadFailure')];
    await expect(evaluate(storeModuleCode(path))).rejects.toThrow();
    expect(storeReadFailure()).toContain(path);
    const generated = storeModuleFromFile().hooks['astro:build:generated'] as () => void;
    expect(generated).toThrow(/content store.*nothing may be published/);
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('dateline.contentStoreReadFailure')];
  });

  it('lets a build whose store was read go on', () => {
    const generated = storeModuleFromFile().hooks['astro:build:generated'] as () => void;
    expect(generated).not.toThrow();
  });

  it('is used only for a whole store: an empty or cut-off file is left to Astro, which reports it', () => {
    expect(holdsJsonArray(file('whole.json', '[["Map",1,2],"articles"]\n'))).toBe(true);
    expect(holdsJsonArray(file('long.json', `[${'"x",'.repeat(100)}"y"]`))).toBe(true);
    expect(holdsJsonArray(file('empty.json', ''))).toBe(false);
    expect(holdsJsonArray(file('cut.json', '[["Map",1,2],"artic'))).toBe(false);
    expect(holdsJsonArray(file('object.json', '{"articles":[]}'))).toBe(false);
  });
});
