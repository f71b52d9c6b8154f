/** How `npm run check` prints its findings: lines an editor reads, or JSON for tools. */
import { formatContentProblem } from '../content-error.ts';
import { formatCount } from '../format-count.ts';
import type { CheckReport } from './check-content.ts';

/** One problem as a line: `error content/articles/x.md:5: field "section" … [schema]`. */
export function formatProblemLine(problem: CheckReport['problems'][number]): string {
  const label = problem.severity === 'error' ? 'error  ' : 'warning';
  return `${label} ${formatContentProblem(problem)} [${problem.code}]`;
}

/** The human-readable report, ending with a summary and the time taken. */
export function formatReport(report: CheckReport, elapsedMs: number): string {
  const lines = report.problems.map(formatProblemLine);
  const counted = `${formatCount(report.articles, 'article')} and ${formatCount(report.entities, 'entityFile')}`;
  const seconds = `${(elapsedMs / 1000).toFixed(2)} s`;
  if (report.problems.length === 0) lines.push(`✓ Checked ${counted} in ${seconds}: no problems.`);
  else
    lines.push(
      `${report.errors > 0 ? '✗' : '✓'} Checked ${counted} in ${seconds}: ${formatCount(report.errors, 'error')}, ${formatCount(report.warnings, 'warning')}.`,
    );
  return lines.join('\n');
}

/** The JSON report for tools. */
export function formatJson(report: CheckReport, elapsedMs: number): string {
  return JSON.stringify({ ok: report.errors === 0, ...report, elapsedMs: Math.round(elapsedMs) }, null, 2);
}
