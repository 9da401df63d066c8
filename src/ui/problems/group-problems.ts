import type { Problem, Severity } from '../../core/validate/types.ts';

export interface ProblemGroup {
  severity: Severity;
  /** "Errors", "Warnings", "Info". */
  title: string;
  problems: Problem[];
}

const ORDER: ReadonlyArray<[Severity, string]> = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Info'],
];

/** Problems by severity, most severe first, keeping the validator's order inside a group; empty groups left out. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  return ORDER.map(([severity, title]) => ({ severity, title, problems: problems.filter((p) => p.severity === severity) })).filter(
    (g) => g.problems.length > 0,
  );
}

export interface ProblemCounts {
  error: number;
  warning: number;
  info: number;
}

export function countProblems(problems: readonly Problem[]): ProblemCounts {
  const counts: ProblemCounts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 errors, 1 warning" — for the panel header and its accessible name. */
export function describeCounts(counts: ProblemCounts): string {
  const parts = [
    counts.error ? plural(counts.error, 'error', 'errors') : '',
    counts.warning ? plural(counts.warning, 'warning', 'warnings') : '',
    counts.info ? plural(counts.info, 'note', 'notes') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'No problems';
}

/** A React key that stays put while other problems come and go. */
export function problemKey(p: Problem): string {
  return `${p.ruleId}|${p.nodeId ?? ''}|${p.artifactPath ?? ''}|${p.pointer ?? ''}|${p.message}`;
}
