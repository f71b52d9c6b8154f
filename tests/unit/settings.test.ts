import { describe, expect, it } from 'vitest';
import { normaliseBasePath, resolveBuildTime, resolveSettings } from '../../src/lib/settings.ts';
import { makeSiteSettings } from '../fixtures/site-settings.ts';

const base = makeSiteSettings();

describe('site settings', () => {
  it.each([
    ['news', '/news/'],
    ['/news', '/news/'],
    ['/news/', '/news/'],
    ['', '/'],
    ['/', '/'],
    ['/a/b/', '/a/b/'],
  ])('normalises the base path %j to %j', (input, expected) => {
    expect(normaliseBasePath(input)).toBe(expected);
  });

  it('lets SITE_URL, BASE_PATH and SITE_TIMEZONE override the file', () => {
    const resolved = resolveSettings(base, { SITE_URL: 'https://example.com/', BASE_PATH: 'news', SITE_TIMEZONE: 'Asia/Seoul' });
    expect(resolved).toMatchObject({ url: 'https://example.com', basePath: '/news/', timeZone: 'Asia/Seoul', name: 'Dateline' });
  });

  it('keeps the file values when the environment is silent', () => {
    expect(resolveSettings(base, {})).toEqual(base);
  });

  it('rejects a timezone that is not an IANA name', () => {
    expect(() => resolveSettings(base, { SITE_TIMEZONE: 'Korea Standard Time' })).toThrow(/SITE_TIMEZONE "Korea Standard Time" is not an IANA timezone/);
  });

  it('rejects a site URL that is not absolute', () => {
    expect(() => resolveSettings(base, { SITE_URL: 'dateline.example.org' })).toThrow(/SITE_URL/);
  });

  it('pins the build time to SOURCE_DATE_EPOCH so builds are reproducible', () => {
    expect(resolveBuildTime({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const now = new Date('2030-05-05T00:00:00Z');
    expect(resolveBuildTime({}, () => now)).toBe(now);
    expect(() => resolveBuildTime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
