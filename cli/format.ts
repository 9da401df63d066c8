import type { Problem } from '../src/core/validate/index.ts';

/** Where a problem is: `file#pointer` when it is in a generated file, else the node id. */
export function problemLocation(p: Problem): string {
  if (p.artifactPath) return p.pointer ? `${p.artifactPath}#${p.pointer}` : p.artifactPath;
  return p.nodeId ?? '-';
}

/**
 * Text for one output line: control characters (a newline or tab in an imported key,
 * name or id) are written as JSON escapes, so every message stays one line and
 * line-by-line readers of the output see one problem per line.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `error  FG-CPU-MEM  task-definitions/web.json#/cpu  message` */
export function problemLine(p: Problem, severity: string = p.severity): string {
  return oneLine(`${severity}  ${p.ruleId}  ${problemLocation(p)}  ${p.message}`);
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
