/**
 * Lighthouse on every page type of the built site (dist/, served locally with gzip) in mobile
 * emulation: prints the four category scores and LCP, CLS and TBT per page, then the audits that
 * did not pass. Targets: 100 in every category, LCP ≤ 1.5 s, CLS ≤ 0.01.
 *
 *   npm run build && npm run bench:lighthouse
 */
import { readSourceFiles } from '../src/content/source-files.ts';
import { paths } from '../src/lib/urls.ts';
import { runLighthouse, serveSite } from './lib/lighthouse-run.ts';

const PORT = 4391;

// The article with a photo exercises the image pipeline and the largest contentful paint.
const photo = readSourceFiles('content/articles').find((f) =>
  /\.(jpe?g|png|webp|avif)$/i.test(String((f.frontmatter.data['image'] as { src?: string } | undefined)?.src ?? '')),
);
// Relative to the server's root, without the leading slash.
const pages: Array<[string, string]> = (
  [
    ['home', paths.home()],
    ['article', photo ? paths.article(photo.id) : '/articles/'],
    ['section', paths.section('world')],
    ['entity', paths.entity('united-states')],
    ['timeline', paths.timeline()],
    ['search', paths.search()],
  ] as const
).map(([name, path]) => [name, path.slice(1)]);

const server = await serveSite('dist', PORT);
try {
  const reports = await runLighthouse(pages.map(([, path]) => `${server.url}${path}`));
  const pct = (score: number | undefined) => String(Math.round((score ?? 0) * 100)).padStart(5);
  console.log('\npage        perf  a11y  best   seo    LCP s    CLS     TBT ms  path');
  reports.forEach((r, i) => {
    const [name = '', path = ''] = pages[i] ?? [];
    const s = r.scores;
    console.log(
      `${name.padEnd(10)} ${pct(s['performance'])} ${pct(s['accessibility'])} ${pct(s['best-practices'])} ${pct(s['seo'])} ${(r.lcpMs / 1000).toFixed(2).padStart(8)} ${r.cls.toFixed(3).padStart(6)} ${r.tbtMs.toFixed(0).padStart(10)}  /${path}`,
    );
  });
  const missed = reports.flatMap((r, i) => r.failures.map((f) => `  ${pages[i]?.[0]}: [${f.category}] ${f.id} (${f.score.toFixed(2)}) ${f.title}`));
  console.log(missed.length ? `\nAudits not passed:\n${missed.join('\n')}` : '\nEvery weighted audit passed.');
} finally {
  server.close();
}
