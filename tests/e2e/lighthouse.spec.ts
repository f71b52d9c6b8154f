import { expect, test } from '@playwright/test';
import { runLighthouse } from '../../bench/lib/lighthouse-run.ts';
import { paths } from '../../src/lib/urls.ts';
import { articleWith } from './content.ts';

// Lighthouse's accessibility, SEO and best-practice audits on an article page, in mobile emulation,
// so a regression fails CI. Performance scores depend on the machine and stay in bench:lighthouse.

test('Lighthouse rates an article page at least 98 for accessibility and SEO and 95 for best practices', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const article = articleWith('image', 'dateline', 'authors');
  const [report] = await runLighthouse([`${baseURL}${paths.article(article.id)}`]);
  if (!report) throw new Error('Lighthouse returned no report');
  const failed = report.failures.map((f) => `[${f.category}] ${f.id}: ${f.title}`).join('\n');
  console.log(
    `Lighthouse ${report.url}: ${Object.entries(report.scores)
      .map(([k, v]) => `${k} ${Math.round(v * 100)}`)
      .join(', ')}`,
  );
  expect(report.scores['accessibility'], failed).toBeGreaterThanOrEqual(0.98);
  expect(report.scores['seo'], failed).toBeGreaterThanOrEqual(0.98);
  expect(report.scores['best-practices'], failed).toBeGreaterThanOrEqual(0.95);
});
