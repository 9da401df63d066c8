import type { editor as MonacoEditor } from 'monaco-editor/editor';
import type { Problem, Severity } from '../../core/validate/types.ts';
import type { Monaco } from './monaco/setup.ts';
import { markerSpan, type Span } from './json-locate.ts';

/** A validator problem placed in a file's text, ready to become an editor marker. */
export interface PlacedProblem {
  span: Span;
  severity: Severity;
  /** Prefixed with the rule id, as in the problems panel. */
  message: string;
  ruleId: string;
}

/**
 * The problems of one file at their JSON pointers. A problem without a pointer, or whose
 * place is gone from the text, is marked at the start of the file so it is not lost.
 */
export function placeProblems(problems: readonly Problem[], path: string, text: string): PlacedProblem[] {
  const placed: PlacedProblem[] = [];
  for (const p of problems) {
    if (p.artifactPath !== path) continue;
    const span = markerSpan(text, p.pointer ?? '') ?? { offset: 0, length: 1 };
    placed.push({ span, severity: p.severity, message: `${p.ruleId}: ${p.message}`, ruleId: p.ruleId });
  }
  return placed;
}

/** A stable key of a file's problems, so markers are only rebuilt when they change. */
export function problemsKey(problems: readonly Problem[], path: string): string {
  let key = '';
  for (const p of problems) if (p.artifactPath === path) key += `${p.ruleId}|${p.severity}|${p.pointer ?? ''}|${p.message}\n`;
  return key;
}

export function markerSeverity(monaco: Monaco, severity: Severity): number {
  const { MarkerSeverity } = monaco;
  return severity === 'error' ? MarkerSeverity.Error : severity === 'warning' ? MarkerSeverity.Warning : MarkerSeverity.Info;
}

/** A text span as a Monaco range (at least one character, so a marker is visible). */
export function rangeOf(model: MonacoEditor.ITextModel, span: Span) {
  const start = model.getPositionAt(span.offset);
  const end = model.getPositionAt(span.offset + Math.max(1, span.length));
  return { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
}

const APPLY_OWNER = 'ecs-apply';
const RULES_OWNER = 'ecs-rules';

/** Marks the validator's problems of one file (replacing its earlier ones). */
export function setRuleMarkers(monaco: Monaco, model: MonacoEditor.ITextModel, problems: readonly Problem[], path: string): void {
  const markers = placeProblems(problems, path, model.getValue()).map((p) => ({
    ...rangeOf(model, p.span),
    severity: markerSeverity(monaco, p.severity),
    message: p.message,
    source: 'ECS designer',
  }));
  monaco.editor.setModelMarkers(model, RULES_OWNER, markers);
}

/** Marks why the typed text was not applied, where it is wrong; no span clears the mark. */
export function setApplyMarker(monaco: Monaco, model: MonacoEditor.ITextModel, error: { message: string; span?: Span } | undefined): void {
  if (!error) return monaco.editor.setModelMarkers(model, APPLY_OWNER, []);
  monaco.editor.setModelMarkers(model, APPLY_OWNER, [
    {
      ...rangeOf(model, error.span ?? { offset: 0, length: 1 }),
      severity: monaco.MarkerSeverity.Error,
      message: `Not applied: ${error.message}. The design keeps its last valid state.`,
      source: 'ECS designer',
    },
  ]);
}
