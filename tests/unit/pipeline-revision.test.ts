import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from '../../src/content/markdown-pipeline';
import { hashSourceFiles, PIPELINE_SOURCES } from '../../src/content/pipeline-revision';

describe('the Markdown pipeline revision', () => {
  it('changes when any file of the pipeline code changes, and only then', () => {
    const root = mkdtempSync(join(tmpdir(), 'revision-'));
    mkdirSync(join(root, 'remark/nested'), { recursive: true });
    writeFileSync(join(root, 'remark/nested/plugin.ts'), 'export const a = 1;');
    const first = hashSourceFiles([join(root, 'remark')]);
    expect(hashSourceFiles([join(root, 'remark')])).toBe(first);
    writeFileSync(join(root, 'remark/nested/plugin.ts'), 'export const a = 2;');
    expect(hashSourceFiles([join(root, 'remark')])).not.toBe(first);
  });

  it('counts a file named among the folders as itself (a package version, for example)', () => {
    const root = mkdtempSync(join(tmpdir(), 'revision-'));
    writeFileSync(join(root, 'package.json'), '{"version":"2.9.1"}');
    const first = hashSourceFiles([join(root, 'package.json')]);
    writeFileSync(join(root, 'package.json'), '{"version":"2.9.2"}');
    expect(hashSourceFiles([join(root, 'package.json')])).not.toBe(first);
  });

  it('is part of what Astro fingerprints (the plugin options, serialised as JSON)', () => {
    const options = markdownPipeline({ basePath: '/', timeZone: 'UTC', locale: 'en-GB' });
    expect(JSON.stringify(options)).toContain(hashSourceFiles(PIPELINE_SOURCES));
  });
});
