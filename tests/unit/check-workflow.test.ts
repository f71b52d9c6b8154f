import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, expandCommands, readWorkflow } from '../../scripts/lib/workflow-model.ts';
import { checkWorkflow } from '../../scripts/lib/workflow-rules.ts';

const ROOT = join(import.meta.dirname, '../..');
const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const FIXTURES = join(ROOT, 'tests/fixtures/workflows');

/** The rules a workflow file breaks. */
function failing(path: string): string[] {
  return checkWorkflow(readWorkflow(readFileSync(path, 'utf8'), scripts))
    .filter((r) => r.problems.length > 0)
    .map((r) => r.rule);
}

describe('the workflow rules', () => {
  it('hold for the repository’s own deploy.yml', () => {
    expect(failing(join(ROOT, '.github/workflows/deploy.yml'))).toEqual([]);
  });

  it.each([
    ['pages.yml', []],
    ['deploy-without-contents.yml', ['permissions per job']],
    ['cancel-deployment.yml', ['no cancelled deployment']],
    ['tag-pinned.yml', ['actions pinned by SHA']],
    ['rebuild-before-upload.yml', ['one build of the published site']],
    ['check-after-build.yml', ['content check before the build']],
    ['upload-before-tests.yml', ['tests before the upload']],
    // The workflow before issue 15: a deploy job without contents: read, a push cancelling a
    // deployment, tags instead of SHAs, a fourth build that no test saw.
    [
      'before-issue-15.yml',
      ['permissions per job', 'no cancelled deployment', 'actions pinned by SHA', 'one build of the published site', 'tests before the upload'],
    ],
  ])('%s breaks %j', (file, rules) => {
    expect(failing(join(FIXTURES, file))).toEqual(rules);
  });

  it('names the job, step and line of each problem', () => {
    const pinned = checkWorkflow(readWorkflow(readFileSync(join(FIXTURES, 'tag-pinned.yml'), 'utf8'), scripts)).find((r) => r.rule === 'actions pinned by SHA');
    expect(pinned?.problems).toEqual([
      'job "test", step "actions/checkout@v7" (line 18): actions/checkout@v7 is not pinned by a full commit SHA',
      'job "test", step "actions/setup-node@820762786026740c76f36085b0efc47a31fe5020" (line 19): actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 has no "# vX.Y.Z" comment saying which version the SHA is',
    ]);
  });

  it('flags a job the deployment needs that always cancels, and a job that writes without deploying', () => {
    const text = readFileSync(join(FIXTURES, 'pages.yml'), 'utf8')
      .replace("cancel-in-progress: ${{ github.event_name == 'pull_request' }}", 'cancel-in-progress: true')
      .replace('    permissions:\n      contents: read\n    concurrency:', '    permissions:\n      contents: write\n    concurrency:');
    const results = checkWorkflow(readWorkflow(text, scripts));
    expect(results.find((r) => r.rule === 'no cancelled deployment')?.problems).toEqual([expect.stringContaining('always cancels in progress')]);
    expect(results.find((r) => r.rule === 'permissions per job')?.problems).toEqual([expect.stringContaining('may write (contents write)')]);
  });

  it('requires the lint and the format check before the upload', () => {
    const text = readFileSync(join(FIXTURES, 'pages.yml'), 'utf8').replace('npm run lint && npm run format:check && ', '');
    const results = checkWorkflow(readWorkflow(text, scripts));
    expect(results.find((r) => r.rule === 'tests before the upload')?.problems).toEqual([
      expect.stringMatching(/^the lint must run in job "test" before the upload/),
      expect.stringMatching(/^the format check must run in job "test" before the upload/),
    ]);
  });
});

describe('reading what a step runs', () => {
  it('sees through npm scripts, their pre-scripts and env assignments', () => {
    const commands = expandCommands('npm run build:news', {
      'build:news': 'BUILD_VARIANT=news astro build --outDir dist-news',
      'prebuild:news': 'node scripts/require-node.mjs',
    });
    expect(commands).toEqual([
      { command: 'node scripts/require-node.mjs', env: {} },
      { command: 'astro build --outDir dist-news', env: { BUILD_VARIANT: 'news' } },
    ]);
  });

  it.each([
    ['astro build', {}, { kind: 'build', dir: 'dist', variant: 'default' }],
    ['astro build --outDir ./dist-news/', { BUILD_VARIANT: 'news' }, { kind: 'build', dir: 'dist-news', variant: 'news' }],
    ['tsx scripts/check-links.ts dist --base "$BASE_PATH"', {}, { kind: 'link-check', dir: 'dist' }],
    ['tsx scripts/check-content.ts', {}, { kind: 'content-check' }],
    ['eslint --max-warnings 0 .', {}, { kind: 'lint' }],
    ['prettier --check .', {}, { kind: 'format-check' }],
    ['prettier --write .', {}, { kind: 'other' }],
    ['playwright test', {}, { kind: 'browser-tests' }],
    ['playwright install --with-deps chromium', {}, { kind: 'browser-install' }],
  ])('classifies %s', (command, env, expected) => {
    expect(classify(command, env)).toMatchObject(expected);
  });

  it('counts npm test as every build and test it runs', () => {
    const kinds = expandCommands('npm test', scripts).map(({ command, env }) => classify(command, env).kind);
    expect(kinds.filter((k) => k === 'build')).toHaveLength(2);
    expect(kinds).toEqual(expect.arrayContaining(['lint', 'format-check', 'content-check', 'type-check', 'unit-tests', 'link-check', 'browser-tests']));
  });
});
