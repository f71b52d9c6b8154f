/**
 * Checks .github/workflows/deploy.yml against the rules in scripts/lib/workflow-rules.ts and prints
 * what each one found. Exit code 1 when a rule fails. (The schema check and actionlint run after
 * it in `npm run test:workflow`.)
 *
 *   tsx scripts/check-workflow.ts [workflow.yml]
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkWorkflow } from './lib/workflow-rules.ts';
import { readWorkflow } from './lib/workflow-model.ts';

const ROOT = resolve(import.meta.dirname, '..');
const file = resolve(process.argv[2] ?? resolve(ROOT, '.github/workflows/deploy.yml'));
const name = relative(process.cwd(), file);
const { scripts } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

let results;
try {
  results = checkWorkflow(readWorkflow(readFileSync(file, 'utf8'), scripts));
} catch (error) {
  console.error(`${name}: ${(error as Error).message}`);
  process.exit(1);
}
for (const { rule, problems, found } of results) {
  console.log(problems.length === 0 ? `✓ ${rule}${found ? `: ${found}` : ''}` : `✗ ${rule}`);
  for (const problem of problems) console.log(`    ${name}: ${problem}`);
}
const failed = results.filter((r) => r.problems.length > 0).length;
console.log(failed === 0 ? `${name}: all ${results.length} workflow rules hold` : `${name}: ${failed} of ${results.length} workflow rules fail`);
process.exitCode = failed === 0 ? 0 : 1;
