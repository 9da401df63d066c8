import type { Problem } from '../src/core/validate/index.ts';

/** Where a problem is: `file#pointer` when it is in a generated file, else the node id. */
export function problemLocation(p: Problem): string {
  if (p.artifactPath) return p.pointer ? `${p.artifactPath}#${p.pointer}` : p.artifactPath;
  return p.nodeId ?? '-';
}

/** `error  FG-CPU-MEM  task-definitions/web.json#/cpu  message` */
export function problemLine(p: Problem, severity: string = p.severity): string {
  return `${severity}  ${p.ruleId}  ${problemLocation(p)}  ${p.message}`;
}

/** A problem as plain data: the quick fix is a function, so only its label is kept. */
export function problemJson(p: Problem): Record<string, unknown> {
  const { fix, ...rest } = p;
  return fix ? { ...rest, fix: { label: fix.label } } : rest;
}

export function countSummary(problems: readonly Problem[]): string {
  const count = (s: Problem['severity']) => problems.filter((p) => p.severity === s).length;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [part(count('error'), 'error'), part(count('warning'), 'warning'), `${count('info')} info`].join(', ');
}
