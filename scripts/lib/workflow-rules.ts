/**
 * The rules `npm run test:workflow` holds .github/workflows/deploy.yml to: what must be true for
 * "an editor pushes, CI publishes" to work on a real repository. Each rule returns what it found,
 * so the check prints evidence, not only a tick.
 */
import { scalarText, type Action, type ActionKind, type Job, type Step, type Workflow } from './workflow-model.ts';

/** One rule's verdict: what was found when it holds, every problem when it does not. */
export interface RuleResult {
  rule: string;
  problems: string[];
  found: string;
}

const DEPLOY = /^actions\/deploy-pages@/;
const UPLOAD = /^actions\/upload-pages-artifact@/;
const CHECKOUT = /^actions\/checkout@/;
/** The build variant GitHub Pages publishes (BUILD_VARIANT, and so its own Astro cacheDir). */
export const PUBLISHED_VARIANT = 'pages';

const at = (job: Job, step?: Step) => (step ? `job "${job.id}", step "${step.label}" (line ${step.line})` : `job "${job.id}" (line ${job.line})`);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const stepsWith = (job: Job, kind: ActionKind, where: (a: Action) => boolean = () => true) =>
  job.steps.filter((s) => s.actions.some((a) => a.kind === kind && where(a)));
const grants = (permissions: unknown): string =>
  typeof permissions === 'string'
    ? permissions
    : Object.entries(record(permissions))
        .map(([scope, level]) => `${scope} ${String(level)}`)
        .join(', ') || 'none';

/** Every job states its permissions (a job's own replace the workflow's, they do not add to them); checkout needs contents: read; only the deploy job writes, and it has what deploy-pages needs. */
function checkPermissions(workflow: Workflow): RuleResult {
  const problems: string[] = [];
  for (const job of workflow.jobs) {
    const deploys = job.steps.some((s) => DEPLOY.test(s.uses ?? ''));
    if (job.permissions === undefined) {
      problems.push(`${at(job)} has no permissions of its own; state them, since job permissions replace the workflow's`);
      continue;
    }
    const p = record(job.permissions);
    if (job.permissions === 'write-all' || (!deploys && Object.values(p).includes('write')))
      problems.push(`${at(job)} may write (${grants(job.permissions)}); only the deploy job writes`);
    if (job.steps.some((s) => CHECKOUT.test(s.uses ?? '')) && !['read', 'write'].includes(String(p['contents'])) && job.permissions !== 'read-all') {
      problems.push(`${at(job)} checks out the repository without contents: read, which fails in a private repository`);
    }
    if (deploys) {
      for (const [scope, level] of [
        ['contents', 'read'],
        ['pages', 'write'],
        ['id-token', 'write'],
      ] as const) {
        if (p[scope] !== level) problems.push(`${at(job)} deploys to Pages without ${scope}: ${level}`);
      }
    }
  }
  return { rule: 'permissions per job', problems, found: workflow.jobs.map((j) => `${j.id}: ${grants(j.permissions)}`).join('; ') };
}

/** The cancel-in-progress setting of a concurrency block as written: false when absent. */
const cancels = (concurrency: unknown): unknown =>
  typeof concurrency === 'string' || concurrency === undefined ? false : (record(concurrency)['cancel-in-progress'] ?? false);
const groupOf = (concurrency: unknown): string | undefined =>
  typeof concurrency === 'string' ? concurrency : (record(concurrency)['group'] as string | undefined);

/** Nothing can cancel a running deployment; tests the deployment waits for are cancelled only conditionally (pull requests), so steady pushes still publish. */
function checkConcurrency(workflow: Workflow): RuleResult {
  const problems: string[] = [];
  if (workflow.concurrency !== undefined && cancels(workflow.concurrency) !== false) {
    problems.push(
      `the workflow's own concurrency cancels whole runs in progress (cancel-in-progress: ${String(cancels(workflow.concurrency))}), deployments included`,
    );
  }
  const deployJobs = workflow.jobs.filter((j) => j.steps.some((s) => DEPLOY.test(s.uses ?? '')));
  for (const job of deployJobs) {
    const group = groupOf(job.concurrency);
    if (group === undefined) problems.push(`${at(job)} has no concurrency group, so two deployments can run at once`);
    else if (cancels(job.concurrency) !== false)
      problems.push(`${at(job)} cancels a running deployment (cancel-in-progress: ${String(cancels(job.concurrency))})`);
    const sharing = workflow.jobs.filter((other) => other !== job && groupOf(other.concurrency) === group && cancels(other.concurrency) !== false);
    for (const other of sharing) problems.push(`${at(other)} shares the group "${group}" with the deployment and cancels in progress`);
    for (const id of job.needs) {
      const needed = workflow.jobs.find((j) => j.id === id);
      if (needed && cancels(needed.concurrency) === true)
        problems.push(
          `${at(needed)} always cancels in progress, so with steady pushes the deployment it leads to may never run; cancel only for pull requests`,
        );
    }
  }
  const found = workflow.jobs.map((j) => `${j.id}: ${groupOf(j.concurrency) ?? 'no group'}, cancel-in-progress ${String(cancels(j.concurrency))}`).join('; ');
  return { rule: 'no cancelled deployment', problems: deployJobs.length === 0 ? ['no job uses actions/deploy-pages', ...problems] : problems, found };
}

/** Every action and reusable workflow is pinned to a full commit SHA, with its version in a comment. */
function checkPinned(workflow: Workflow): RuleResult {
  const problems: string[] = [];
  const refs = workflow.jobs.flatMap((job) => [
    ...(job.uses ? [{ where: at(job), uses: job.uses, comment: job.usesComment }] : []),
    ...job.steps.filter((s) => s.uses).map((s) => ({ where: at(job, s), uses: s.uses ?? '', comment: s.usesComment })),
  ]);
  for (const { where, uses, comment } of refs) {
    if (uses.startsWith('./')) continue;
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses)) problems.push(`${where}: ${uses} is not pinned by digest`);
    } else if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses)) problems.push(`${where}: ${uses} is not pinned by a full commit SHA`);
    else if (!/^v\d+(\.\d+)*$/.test(comment ?? '')) problems.push(`${where}: ${uses} has no "# vX.Y.Z" comment saying which version the SHA is`);
  }
  return {
    rule: 'actions pinned by SHA',
    problems,
    found: `${refs.length} uses: ${[...new Set(refs.map((r) => `${r.uses.split('@')[0]} ${r.comment ?? ''}`.trim()))].join(', ')}`,
  };
}

/** The job that uploads the Pages artifact, its upload step and the folder it publishes. */
function findUpload(workflow: Workflow) {
  for (const job of workflow.jobs) {
    const step = job.steps.find((s) => UPLOAD.test(s.uses ?? ''));
    if (step) return { job, step, dir: (scalarText(step.with['path']) ?? '_site').replace(/^\.\//, '').replace(/\/+$/, '') };
  }
  return undefined;
}

/** The published variant is built exactly once, in the job that uploads it, into the folder it uploads; nothing rebuilds that folder before the upload, and the deploy job builds nothing. */
function checkOneBuild(workflow: Workflow): RuleResult {
  const upload = findUpload(workflow);
  if (!upload) return { rule: 'one build of the published site', problems: ['no step uses actions/upload-pages-artifact'], found: '' };
  const problems: string[] = [];
  const published = workflow.jobs.flatMap((job) => stepsWith(job, 'build', (a) => a.variant === PUBLISHED_VARIANT).map((step) => ({ job, step })));
  if (published.length !== 1) {
    problems.push(
      `the ${PUBLISHED_VARIANT} variant is built ${published.length} times (${published.map(({ job, step }) => at(job, step)).join('; ') || 'nowhere'}); build it once (BUILD_VARIANT=${PUBLISHED_VARIANT})`,
    );
  }
  const writers = upload.job.steps.filter((s) => s.index < upload.step.index && s.actions.some((a) => a.kind === 'build' && a.dir === upload.dir));
  for (const step of writers) {
    const variants = step.actions.filter((a) => a.kind === 'build' && a.dir === upload.dir).map((a) => a.variant);
    if (variants.some((v) => v !== PUBLISHED_VARIANT) || writers.length > 1)
      problems.push(`${at(upload.job, step)} also writes ${upload.dir}/ (BUILD_VARIANT=${variants.join(', ')}) before it is uploaded`);
  }
  if (writers.length === 0) problems.push(`nothing in job "${upload.job.id}" builds ${upload.dir}/ before it is uploaded`);
  for (const job of workflow.jobs.filter((j) => j !== upload.job && j.steps.some((s) => DEPLOY.test(s.uses ?? '')))) {
    for (const step of stepsWith(job, 'build')) problems.push(`${at(job, step)} builds again in the deploy job: what it publishes is not what was tested`);
    if (!job.needs.includes(upload.job.id)) problems.push(`${at(job)} does not need "${upload.job.id}", the job that uploads the tested build`);
  }
  const only = published[0];
  return {
    rule: 'one build of the published site',
    problems,
    found: only ? `${at(only.job, only.step)} → ${upload.dir}/, uploaded at line ${upload.step.line}` : '',
  };
}

/** In the job that uploads, the content check runs once, before the build of the published site. */
function checkContentFirst(workflow: Workflow): RuleResult {
  const upload = findUpload(workflow);
  if (!upload) return { rule: 'content check before the build', problems: ['no step uses actions/upload-pages-artifact'], found: '' };
  const checks = stepsWith(upload.job, 'content-check');
  const build = stepsWith(upload.job, 'build', (a) => a.dir === upload.dir)[0];
  const problems: string[] = [];
  if (checks.length !== 1)
    problems.push(
      `job "${upload.job.id}" runs the content check ${checks.length} times (${checks.map((s) => `line ${s.line}`).join(', ') || 'never'}); run it once, first`,
    );
  if (build && checks[0] && checks[0].index > build.index)
    problems.push(`${at(upload.job, checks[0])} comes after the build (line ${build.line}); a content mistake should fail in seconds, before it`);
  return { rule: 'content check before the build', problems, found: checks[0] && build ? `line ${checks[0].line} before the build at line ${build.line}` : '' };
}

/** Before the upload: lint, format check and unit tests, then after the build the link check of the uploaded folder and the browser tests, which install Playwright's Chromium first. */
function checkTestsFirst(workflow: Workflow): RuleResult {
  const upload = findUpload(workflow);
  if (!upload) return { rule: 'tests before the upload', problems: ['no step uses actions/upload-pages-artifact'], found: '' };
  const { job } = upload;
  const build = stepsWith(job, 'build', (a) => a.dir === upload.dir)[0];
  const after = build?.index ?? 0;
  const before = (step: Step | undefined, from: number) => step !== undefined && step.index > from && step.index < upload.step.index;
  const required: [string, Step | undefined, number][] = [
    ['the lint', stepsWith(job, 'lint')[0], -1],
    ['the format check', stepsWith(job, 'format-check')[0], -1],
    ['the unit tests', stepsWith(job, 'unit-tests')[0], -1],
    [`the link check of ${upload.dir}/`, stepsWith(job, 'link-check', (a) => a.dir === upload.dir)[0], after],
    ['the browser tests', stepsWith(job, 'browser-tests')[0], after],
  ];
  const problems = required
    .filter(([, step, from]) => !before(step, from))
    .map(
      ([what, , from]) =>
        `${what} must run in job "${job.id}" ${from < 0 ? '' : `after the build of ${upload.dir}/ and `}before the upload (line ${upload.step.line})`,
    );
  const browser = stepsWith(job, 'browser-tests')[0];
  const install = stepsWith(job, 'browser-install')[0];
  if (browser && !(install && install.index < browser.index))
    problems.push(`${at(job, browser)} runs without installing Playwright's Chromium first (npx playwright install --with-deps chromium)`);
  return {
    rule: 'tests before the upload',
    problems,
    found: required.map(([what, step]) => `${what} (line ${step?.line ?? '?'})`).join(', ') + ` before the upload (line ${upload.step.line})`,
  };
}

/** Every rule, in the order the check prints them. */
export function checkWorkflow(workflow: Workflow): RuleResult[] {
  return [
    checkPermissions(workflow),
    checkConcurrency(workflow),
    checkPinned(workflow),
    checkOneBuild(workflow),
    checkContentFirst(workflow),
    checkTestsFirst(workflow),
  ];
}
