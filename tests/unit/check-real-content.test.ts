import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblemLine } from '../../src/lib/check/format-report.ts';
import { readEntityFiles } from '../../src/content/entity-files.ts';
import { buildRegistry, listEntityIds } from '../../src/lib/entities/index.ts';
import { projectFiles, readContentFolder } from '../../scripts/lib/read-content.ts';

const root = resolve(import.meta.dirname, '../..');
const articles = readContentFolder(resolve(root, 'content/articles'), root);
const entities = readContentFolder(resolve(root, 'content/entities'), root);

describe('the sample content', () => {
  it('passes npm run check with no errors', () => {
    const report = checkContent({
      articles,
      entities,
      settings: { timeZone: site.timeZone, sectionIds: site.sections.map((s) => s.id), basePath: site.basePath, siteUrl: site.url },
      now: new Date(),
      file: projectFiles(root),
    });
    expect(report.articles).toBeGreaterThan(50);
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblemLine)).toEqual([]);
  });

  it('knows exactly the entity ids the build registry holds', () => {
    const files = readEntityFiles(resolve(root, 'content/entities'));
    const tags = articles.flatMap((a) => (Array.isArray(a.frontmatter?.data['tags']) ? (a.frontmatter.data['tags'] as unknown[]).map(String) : []));
    const registry = buildRegistry({ files, tags });
    expect([...listEntityIds({ files, tags })].sort()).toEqual([...registry.entities.keys()].sort());
  });
});
