import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/urls.ts';
import { articleWith } from './content.ts';

const pages = () => [
  { name: 'home', path: '/' },
  { name: 'section', path: '/sections/world/' },
  { name: 'article', path: paths.article(articleWith('image', 'summary').id) },
  { name: '404', path: '/no-such-page/' },
  { name: 'entity', path: '/entities/north-korea/' },
  { name: 'entity index', path: '/entities/' },
  { name: 'timeline', path: '/timeline/2024/06/' },
  { name: 'story', path: '/stories/north-korea-russia/' },
  { name: 'stories', path: '/stories/' },
  { name: 'search', path: '/search/?q=summit' },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, path } of pages()) {
    test(`${name} page has no WCAG 2.2 AA violations in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(path);
      expect(response?.status(), `${path} is the page meant, not the 404 page`).toBe(name === '404' ? 404 : 200);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
