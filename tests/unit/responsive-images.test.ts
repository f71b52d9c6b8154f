import { describe, expect, test } from 'vitest';
import { classifyImageSource, fallbackWidth, imageModulePath, planWidths, scaledHeight } from '../../src/lib/images/index.ts';

describe('planWidths', () => {
  test.each([
    { name: 'a 6400 px source gets every lead width and nothing wider than 1536', source: 6400, expected: [480, 768, 1024, 1536] },
    { name: 'a 1200 px source stops at its own width', source: 1200, expected: [480, 768, 1024, 1200] },
    { name: 'a 300 px source is only ever shown at 300 px', source: 300, expected: [300] },
    { name: 'a source exactly 768 px wide is not listed twice', source: 768, expected: [480, 768] },
  ])('$name', ({ source, expected }) => {
    expect(planWidths(source)).toEqual(expected);
  });
});

describe('fallback size', () => {
  test.each([
    { source: { width: 6400, height: 3600 }, width: 1024, height: 576 },
    { source: { width: 800, height: 600 }, width: 800, height: 600 },
  ])('a $source.width × $source.height source falls back to $width × $height', ({ source, width, height }) => {
    const w = fallbackWidth(source.width);
    expect([w, scaledHeight(source, w)]).toEqual([width, height]);
  });
});

describe('where an editor’s image.src points', () => {
  test.each([
    { src: '/images/seine.jpg', kind: 'raster', module: '/content/images/seine.jpg' },
    { src: 'images/map.svg', kind: 'svg', module: '/content/images/map.svg' },
    { src: 'https://example.org/photo.jpg', kind: 'remote', module: undefined },
    { src: '/img/seine.jpg', kind: 'raster', module: undefined },
    { src: '/images/2024/seine.jpg', kind: 'raster', module: undefined },
  ])('$src is $kind, read from $module', ({ src, kind, module }) => {
    expect(classifyImageSource(src)).toBe(kind);
    expect(imageModulePath(src)).toBe(module);
  });
});
