import { describe, expect, it } from 'vitest';
import { buildCacheDir } from '../../src/lib/build-cache-dir.ts';

describe('the build cache folder', () => {
  it.each([
    [{}, './.cache/astro/default/'],
    [{ BUILD_VARIANT: '' }, './.cache/astro/default/'],
    [{ BUILD_VARIANT: 'news' }, './.cache/astro/news/'],
    [{ BUILD_VARIANT: 'pages' }, './.cache/astro/pages/'],
  ])('is one folder per build variant (%j → %s)', (env, expected) => {
    expect(buildCacheDir(env)).toBe(expected);
  });

  it.each(['../elsewhere', 'News', 'a/b'])('refuses a variant %j that is not a plain folder name', (variant) => {
    expect(() => buildCacheDir({ BUILD_VARIANT: variant })).toThrow(/BUILD_VARIANT/);
  });
});
