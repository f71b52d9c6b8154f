import { describe, expect, it } from 'vitest';
import { isJsonArray, storeModuleCode } from '../../src/integrations/split-data-store.ts';

/** Imports a module's code, as the build imports the content store module. */
async function evaluate(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

const bytesOf = (store: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(store));

describe('the content store module, written as short literals', () => {
  const store = [['Map', 1, 2], 'articles', { title: 'Kim Jong Un meets Putin in Vladivostok — “a new era”', body: 'x'.repeat(50) }, '🇰🇷 Seoul, Çavuşoğlu'];

  it('gives the store Astro wrote', async () => {
    expect(await evaluate(storeModuleCode(bytesOf(store), 16))).toEqual(store);
  });

  it('writes no literal longer than a piece, in ASCII only', () => {
    const code = storeModuleCode(bytesOf(store), 16);
    const literals = code.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(literals.length).toBeGreaterThan(5);
    for (const literal of literals) expect(new TextEncoder().encode(JSON.parse(literal) as string).length).toBeLessThanOrEqual(16 + 3);
    expect(code).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('keeps every character whole when a piece ends inside its bytes', async () => {
    const text = ['🇰🇷🇰🇷 Çavuşoğlu 서울'];
    for (const piece of [1, 2, 3, 5, 7]) expect(await evaluate(storeModuleCode(bytesOf(text), piece))).toEqual(text);
  });

  it('is used only for a whole store: an empty or cut-off file is left to Astro, which reports it', () => {
    const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
    expect(isJsonArray(encode('[["Map",1,2],"articles"]\n'))).toBe(true);
    expect(isJsonArray(encode(''))).toBe(false);
    expect(isJsonArray(encode('[["Map",1,2],"artic'))).toBe(false);
    expect(isJsonArray(encode('{"articles":[]}'))).toBe(false);
  });
});
