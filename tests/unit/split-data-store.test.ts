import { describe, expect, it } from 'vitest';
import { splitStoreLiteral } from '../../src/integrations/split-data-store.ts';

/** Imports a module's code, as the build imports the content store module. */
async function evaluate(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

const astroModule = (store: unknown): string => `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;

describe('the content store module, split into short literals', () => {
  const store = [['Map', 1, 2], 'articles', { title: 'Kim Jong Un meets Putin in Vladivostok — “a new era”', body: 'x'.repeat(50) }, '🇰🇷 Seoul'];

  it('gives the same data as the module Astro wrote', async () => {
    const code = astroModule(store);
    const split = splitStoreLiteral(code, 16);
    expect(split).toBeDefined();
    expect(await evaluate(split ?? '')).toEqual(await evaluate(code));
  });

  it('writes no literal longer than the piece length (plus its quotes and escapes)', () => {
    const split = splitStoreLiteral(astroModule(store), 16) ?? '';
    const literals = split.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(literals.length).toBeGreaterThan(5);
    for (const literal of literals) expect((JSON.parse(literal) as string).length).toBeLessThanOrEqual(16);
  });

  it('keeps a flag or a pair of surrogates whole when a cut falls inside it', async () => {
    const text = JSON.stringify(['🇰🇷🇰🇷🇰🇷']);
    for (const piece of [1, 2, 3, 5]) {
      expect(await evaluate(splitStoreLiteral(`export default JSON.parse(${JSON.stringify(text)})`, piece) ?? '')).toEqual(['🇰🇷🇰🇷🇰🇷']);
    }
  });

  it('leaves a short store, and code of any other shape, as Astro wrote it', () => {
    expect(splitStoreLiteral(astroModule(['Map']), 1024)).toBeUndefined();
    expect(splitStoreLiteral('export default new Map()', 1)).toBeUndefined();
    expect(splitStoreLiteral('export default{"articles":[(await import("chunk"))]}', 1)).toBeUndefined();
  });
});
