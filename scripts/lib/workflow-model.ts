/**
 * A GitHub Actions workflow read for checking: its jobs and steps, each `run:` expanded through the
 * npm scripts of package.json down to the commands that do the work (`npm test` → `astro build`,
 * `vitest run`, …), so a rule sees what a step really runs, not what it is called.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';

/** What one command in a step does, as far as the rules care. */
export type ActionKind =
  'content-check' | 'lint' | 'format-check' | 'type-check' | 'unit-tests' | 'build' | 'link-check' | 'browser-tests' | 'browser-install' | 'other';

/** One command a step runs, after npm scripts are expanded. */
export interface Action {
  kind: ActionKind;
  command: string;
  /** For a build: the folder it writes; for a link check: the folder it checks. */
  dir?: string | undefined;
  /** For a build: `BUILD_VARIANT` as the command sees it (`default` when unset). */
  variant?: string | undefined;
}

/** One step of a job. */
export interface Step {
  job: string;
  index: number;
  /** Its name, id, action or first line of script: how messages refer to it. */
  label: string;
  line: number;
  uses?: string | undefined;
  /** The comment after `uses:` (the version of a pinned action). */
  usesComment?: string | undefined;
  with: Record<string, unknown>;
  actions: Action[];
}

/** One job. `permissions` and `concurrency` are as written (undefined when absent). */
export interface Job {
  id: string;
  line: number;
  permissions: unknown;
  concurrency: unknown;
  needs: string[];
  /** A reusable workflow the job calls instead of having steps. */
  uses?: string | undefined;
  usesComment?: string | undefined;
  steps: Step[];
}

/** The parts of a workflow the rules read. */
export interface Workflow {
  permissions: unknown;
  concurrency: unknown;
  jobs: Job[];
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
/** A YAML scalar as text (`name: 2024` reads as a number); a map or a list is no text. */
export const scalarText = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
const normaliseDir = (dir: string): string =>
  dir
    .replace(/^["']|["']$/g, '')
    .replace(/^\.\//, '')
    .replace(/\/+$/, '');

/** The commands of a shell script, one per `&&`, `||`, `;`, `|` or line, with `npx` dropped and `npm run x` expanded. */
export function expandCommands(script: string, scripts: Readonly<Record<string, string>>, depth = 0): { command: string; env: Record<string, string> }[] {
  if (depth > 10) throw new Error(`npm scripts call each other more than 10 deep: ${script}`);
  const out: { command: string; env: Record<string, string> }[] = [];
  for (const raw of script.split(/\n|&&|\|\||;|\|/)) {
    let command = raw.trim();
    const env: Record<string, string> = {};
    for (let m = /^([A-Z_][A-Z0-9_]*)=(\S*)\s+/.exec(command); m; m = /^([A-Z_][A-Z0-9_]*)=(\S*)\s+/.exec(command)) {
      env[m[1] ?? ''] = (m[2] ?? '').replace(/^["']|["']$/g, '');
      command = command.slice(m[0].length);
    }
    command = command.replace(/^npx\s+(--no-install\s+|--no\s+)?/, '');
    if (command === '') continue;
    const npm = /^npm\s+(?:run(?:-script)?\s+(?:--silent\s+|-s\s+)?([^\s]+)|(test|start|t)\b)/.exec(command);
    const name = npm ? (npm[1] ?? (npm[2] === 't' ? 'test' : npm[2])) : undefined;
    if (name === undefined) {
      out.push({ command, env });
      continue;
    }
    for (const part of [`pre${name}`, name, `post${name}`]) {
      const body = scripts[part];
      if (body === undefined) {
        if (part === name) out.push({ command, env });
        continue;
      }
      for (const inner of expandCommands(body, scripts, depth + 1)) out.push({ command: inner.command, env: { ...env, ...inner.env } });
    }
  }
  return out;
}

/** What a single command does. */
export function classify(command: string, env: Readonly<Record<string, string>>): Action {
  if (/^astro\s+build\b/.test(command)) {
    const outDir = /--outDir[=\s]+(\S+)/.exec(command)?.[1];
    return { kind: 'build', command, dir: normaliseDir(outDir ?? 'dist'), variant: env['BUILD_VARIANT'] || 'default' };
  }
  if (/^astro\s+check\b/.test(command)) return { kind: 'type-check', command };
  if (/^tsx\s+scripts\/check-content\.ts\b/.test(command)) return { kind: 'content-check', command };
  if (/^eslint\b/.test(command)) return { kind: 'lint', command };
  if (/^prettier\b.*\s(--check|-c)\b/.test(command)) return { kind: 'format-check', command };
  const links = /^tsx\s+scripts\/check-links\.ts\s+(\S+)/.exec(command);
  if (links) return { kind: 'link-check', command, dir: normaliseDir(links[1] ?? '') };
  if (/^vitest(\s+run)?\b/.test(command)) return { kind: 'unit-tests', command };
  if (/^playwright\s+test\b/.test(command)) return { kind: 'browser-tests', command };
  if (/^playwright\s+install\b.*\bchromium\b/.test(command)) return { kind: 'browser-install', command };
  return { kind: 'other', command };
}

/** Reads a workflow file's text; `scripts` are package.json's, to see through `npm run`. */
export function readWorkflow(source: string, scripts: Readonly<Record<string, string>>): Workflow {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  if (doc.errors.length > 0) throw new Error(`not valid YAML: ${doc.errors[0]?.message}`);
  const root = asRecord(doc.toJS());
  const lineOf = (node: { range?: [number, number, number] | null | undefined } | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 0);
  const jobsNode = doc.get('jobs', true);
  if (!isMap(jobsNode)) throw new Error('has no jobs');
  const workflowEnv = asRecord(root['env']);
  const jobs = jobsNode.items.map((pair): Job => {
    const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const node = pair.value as YAMLMap | null;
    const job = asRecord(node && isMap(node) ? node.toJSON() : undefined);
    const jobEnv = { ...workflowEnv, ...asRecord(job['env']) };
    const stepsNode = node?.get('steps', true);
    const steps = (isSeq(stepsNode) ? stepsNode.items : []).map((stepNode, index): Step => {
      const step = asRecord(isMap(stepNode) ? stepNode.toJSON() : undefined);
      const usesNode = isMap(stepNode) ? stepNode.get('uses', true) : undefined;
      const env = { ...jobEnv, ...asRecord(step['env']) } as Record<string, string>;
      const run = typeof step['run'] === 'string' ? step['run'] : '';
      const uses = typeof step['uses'] === 'string' ? step['uses'] : undefined;
      return {
        job: id,
        index,
        label: scalarText(step['name']) ?? scalarText(step['id']) ?? uses ?? run.split('\n')[0] ?? '',
        line: lineOf(stepNode as { range?: [number, number, number] }),
        uses,
        usesComment: isScalar(usesNode) ? usesNode.comment?.trim() : undefined,
        with: asRecord(step['with']),
        actions: expandCommands(run, scripts).map(({ command, env: own }) => classify(command, { ...env, ...own })),
      };
    });
    const jobUses = node?.get('uses', true);
    const needs = job['needs'];
    return {
      id,
      line: lineOf(pair.key as { range?: [number, number, number] }),
      permissions: job['permissions'],
      concurrency: job['concurrency'],
      needs: typeof needs === 'string' ? [needs] : Array.isArray(needs) ? needs.map(String) : [],
      uses: typeof job['uses'] === 'string' ? job['uses'] : undefined,
      usesComment: isScalar(jobUses) ? jobUses.comment?.trim() : undefined,
      steps,
    };
  });
  return { permissions: root['permissions'], concurrency: root['concurrency'], jobs };
}
