import type { FieldSpec } from '../../core/kinds/types.ts';
import type { ArtifactType } from '../../core/model/artifact.ts';
import type { Problem } from '../../core/validate/types.ts';

/**
 * Puts each problem of a node beside the inspector field it concerns. Problems point into
 * the generated file (a JSON pointer), while fields point into the node's data; the two
 * mostly share their shape, with a few known offsets handled here.
 */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** ELBv2 inputs are PascalCase (Subnets, Name) where the node data is camelCase. */
function sameKey(a: string, b: string): boolean {
  return a === b || a.charAt(0).toLowerCase() + a.slice(1) === b.charAt(0).toLowerCase() + b.slice(1);
}

export function fieldForPointer(
  fields: readonly FieldSpec[],
  pointer: string | undefined,
  artifactType?: ArtifactType,
): FieldSpec | undefined {
  if (pointer === undefined) return undefined;
  // A listener file is one entry of the load balancer's listener list.
  if (artifactType === 'listener') return fields.find((f) => f.type === 'listeners');
  // Target groups come from the load balancer → service connection, not from a field.
  if (artifactType === 'target-group') return undefined;
  // A service auto scaling file other than the scalable target is one entry of a list of the scaling node.
  if (artifactType === 'scheduled-action') return fields.find((f) => f.type === 'scheduledActions');
  if (artifactType === 'metric-alarm') return fields.find((f) => f.path[0] === 'stepScaling');
  if (artifactType === 'scaling-policy') return fields.find((f) => f.path[0] === (pointer.includes('TargetTracking') ? 'targetTracking' : 'stepScaling'));
  let segs = pointerSegments(pointer);
  // A container is emitted inside its task definition at /containerDefinitions/N.
  if (segs[0] === 'containerDefinitions' && segs[1] !== undefined && /^\d+$/.test(segs[1])) segs = segs.slice(2);
  // An EC2 (Managed Instances) capacity node's settings sit under autoScalingGroupProvider
  // (managedInstancesProvider) in the capacity provider.
  else if (segs[0] === 'autoScalingGroupProvider' || segs[0] === 'managedInstancesProvider') segs = segs.slice(1);
  if (segs.length === 0) return undefined;
  let best: FieldSpec | undefined;
  for (const field of fields) {
    if (field.path.length > segs.length) continue;
    if (!field.path.every((key, i) => sameKey(key, segs[i]!))) continue;
    if (!best || field.path.length > best.path.length) best = field;
  }
  return best;
}

export function fieldKey(path: readonly string[]): string {
  return path.join('.');
}

export interface PlacedProblems {
  /** Problems by fieldKey(field.path). */
  byField: Map<string, Problem[]>;
  /** Problems that concern no single field: shown at the top of the form. */
  unplaced: Problem[];
}

export function placeProblems(
  fields: readonly FieldSpec[],
  problems: readonly Problem[],
  artifactTypeOf: (path: string) => ArtifactType | undefined,
): PlacedProblems {
  const byField = new Map<string, Problem[]>();
  const unplaced: Problem[] = [];
  for (const problem of problems) {
    const type = problem.artifactPath ? artifactTypeOf(problem.artifactPath) : undefined;
    const field = fieldForPointer(fields, problem.pointer, type);
    if (!field) {
      unplaced.push(problem);
      continue;
    }
    const key = fieldKey(field.path);
    const list = byField.get(key);
    if (list) list.push(problem);
    else byField.set(key, [problem]);
  }
  return { byField, unplaced };
}

/** Where inside a field its problems point, e.g. '1/hostPort' (row 1's host port) or '' (the field itself). */
export type Marks = ReadonlyMap<string, 'error' | 'warning'>;

export const NO_MARKS: Marks = new Map();

/**
 * The places inside a field that its problems point at, with the worst severity at each,
 * so a list can outline the one cell at fault. Info problems outline nothing.
 */
export function problemMarks(problems: readonly Problem[], fieldPath: readonly string[]): Marks {
  const marks = new Map<string, 'error' | 'warning'>();
  const last = fieldPath[fieldPath.length - 1];
  for (const p of problems) {
    if (p.severity === 'info') continue;
    const segs = pointerSegments(p.pointer ?? '');
    const at = last === undefined ? -1 : segs.findLastIndex((s, i) => sameKey(s, last) && i >= fieldPath.length - 1);
    const key = at < 0 ? '' : segs.slice(at + 1).join('/');
    if (marks.get(key) !== 'error') marks.set(key, p.severity);
  }
  return marks;
}

/** The worst severity among the marks whose place starts with `prefix` (all of them for ''). */
export function toneOf(marks: Marks, prefix = ''): 'error' | 'warning' | undefined {
  let tone: 'error' | 'warning' | undefined;
  for (const [key, severity] of marks) {
    if (prefix && key !== prefix && !key.startsWith(`${prefix}/`)) continue;
    if (severity === 'error') return 'error';
    tone = severity;
  }
  return tone;
}
