import { describe, expect, it } from 'vitest';
import { END_OF_TIME, isPublished } from '../../src/lib/visibility.ts';

const now = new Date('2024-06-20T12:00:00Z');
const at = (iso: string, draft = false) => ({ published: new Date(iso), draft });

describe('isPublished', () => {
  it.each([
    ['an article dated before the build', at('2024-06-19T09:00:00Z'), false, true],
    ['an article dated at the build time', at('2024-06-20T12:00:00Z'), false, true],
    ['an article scheduled after the build', at('2024-06-20T12:00:01Z'), false, false],
    ['a draft', at('2024-06-19T09:00:00Z', true), false, false],
    ['a draft, in a preview', at('2024-06-19T09:00:00Z', true), true, true],
    ['a scheduled article, in a preview', at('2024-07-01T00:00:00Z'), true, true],
  ])('%s: %s', (_name, article, includeDrafts, expected) => {
    expect(isPublished(article, { now, includeDrafts })).toBe(expected);
  });

  it('tells with END_OF_TIME whether an article is ever published: every one but a draft', () => {
    expect(isPublished(at('2999-01-01T00:00:00Z'), { now: END_OF_TIME, includeDrafts: false })).toBe(true);
    expect(isPublished(at('2024-01-01T00:00:00Z', true), { now: END_OF_TIME, includeDrafts: false })).toBe(false);
  });
});
