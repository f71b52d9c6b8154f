/**
 * Checks all content without building the site: schema, duplicates, unknown entities, story
 * typos, future dates, images and links in bodies. Exit code 1 when there are errors.
 *
 *   tsx scripts/check-content.ts [--json] [--strict] [--root <project>]
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../src/config/site.ts';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatJson, formatReport } from '../src/lib/check/format-report.ts';
import { projectFiles, readContentFolder } from './lib/read-content.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
  },
});
const root = resolve(values.root ?? '.');

const report = checkContent({
  articles: readContentFolder(join(root, 'content/articles'), root),
  entities: readContentFolder(join(root, 'content/entities'), root),
  settings: { timeZone: site.timeZone, sectionIds: site.sections.map((s) => s.id), basePath: site.basePath, siteUrl: site.url },
  now: new Date(),
  strict: values.strict ?? false,
  file: projectFiles(root),
});
// performance.now() counts from process start, so the figure includes loading the checker itself.
const elapsed = performance.now();
console.log(values.json ? formatJson(report, elapsed) : formatReport(report, elapsed));
process.exitCode = report.errors > 0 ? 1 : 0;
