import { artifactText } from '../core/derive/index.ts';
import { DeriveContext } from '../core/derive/context.ts';
import { IncrementalDeriver } from '../core/derive/incremental.ts';
import type { Artifact } from '../core/model/artifact.ts';
import type { Design } from '../core/model/design.ts';
import type { JsonObject } from '../core/model/json.ts';
import type { Problem } from '../core/validate/index.ts';
import { getDesign, useDesignStore, type DesignState } from './design-store.ts';
import { afterPaint, whenIdle } from './scheduling.ts';

/**
 * Artifacts and problems are pure functions of the design (ARCHITECTURE principle 1):
 * computed once per design object and shared by every component that asks.
 */
interface Derived {
  artifacts: Artifact[];
  byPath: Map<string, Artifact>;
  /** File texts, made on first read: only the open files are shown. */
  texts: { get(path: string): string | undefined };
  /** Each node's own artifact content (a task definition's RegisterTaskDefinition input...). */
  emitted: Map<string, JsonObject>;
  /** Checked on first read (empty until the rule modules have loaded). */
  readonly problems: Problem[];
  readonly problemsByNode: Map<string, Problem[]>;
}

const cache = new WeakMap<Design, Derived>();

/**
 * The store's designs are immutable, so each change re-derives only the nodes it touched
 * (and their neighbours); unchanged artifacts come back as the same objects, and so do
 * their texts (see textOf).
 */
const deriver = new IncrementalDeriver();

type ValidateModule = typeof import('../core/validate/index.ts');
let validateDesign: ValidateModule['validate'] | undefined;
/** Per-file checks of the files an edit did not touch are reused (the deriver keeps those files). */
let fileProblems: InstanceType<ValidateModule['FileProblemsMemo']> | undefined;

/**
 * The rule modules load as their own chunk, next to the first paint rather than before it
 * (the canvas and the generated files do not wait for them). When they arrive, the current
 * design is checked and its problems appear.
 */
export const rulesLoaded: Promise<void> = import('../core/validate/index.ts').then((m) => {
  validateDesign = m.validate;
  fileProblems = new m.FileProblemsMemo();
  useDesignStore.setState({ rulesLoaded: true });
  // Checked after the next paint: at start the canvas is still drawing the design.
  afterPaint(showLatestProblems);
});

/**
 * The UI shows the problems of `checked`, which catches up with the design in the first
 * idle moment after a change: the edit appears at once (canvas, inspector, code), its
 * problems just after. Idle rather than the next frame: the canvas draws a change in a
 * render React may spread over several tasks (use-flow-elements.ts), and checking the
 * rules (and re-rendering every problem badge) between those tasks held the canvas back
 * by as long as the check took. The first of several callbacks checks the latest design.
 */
const CHECK_SOON = whenIdle(200);
useDesignStore.subscribe((state, previous) => {
  if (state.design !== previous.design && validateDesign) CHECK_SOON(showLatestProblems);
});

function showLatestProblems(): void {
  // The first of several callbacks in a frame checks the latest design; the rest find it done.
  const design = getDesign();
  if (useDesignStore.getState().checked !== design) useDesignStore.setState({ checked: design });
}

const NO_PROBLEMS: Problem[] = [];
const UNCHECKED = { problems: NO_PROBLEMS, problemsByNode: new Map<string, Problem[]>() };

export function derivedOf(design: Design): Derived {
  let value = cache.get(design);
  if (!value) {
    value = derivedValue(design);
    cache.set(design, value);
  }
  return value;
}

function derivedValue(design: Design): Derived {
  const ctx = new DeriveContext(design);
  const artifacts = deriver.derive(design, ctx);
  const emitted = new Map<string, JsonObject>();
  for (const a of artifacts) if (!a.implied && !emitted.has(a.nodeId)) emitted.set(a.nodeId, a.content);
  // A container has no file of its own: its definition inside the task definition is what it emits (an ECR image included).
  for (const a of artifacts) {
    if (a.type !== 'task-definition' || !Array.isArray(a.content.containerDefinitions)) continue;
    const defs = a.content.containerDefinitions;
    a.owners.forEach((o) => {
      const i = /^\/containerDefinitions\/(\d+)$/.exec(o.pointer)?.[1];
      const def = i === undefined ? undefined : defs[Number(i)];
      if (def && typeof def === 'object' && !Array.isArray(def) && !emitted.has(o.nodeId)) emitted.set(o.nodeId, def);
    });
  }
  const byPath = new Map(artifacts.map((a) => [a.path, a]));
  let checked: { problems: Problem[]; problemsByNode: Map<string, Problem[]> } | undefined;
  const check = () => {
    if (checked) return checked;
    if (!validateDesign) return UNCHECKED;
    const problems = validateDesign(design, artifacts, ctx, fileProblems);
    const problemsByNode = new Map<string, Problem[]>();
    for (const p of problems) {
      if (!p.nodeId) continue;
      const list = problemsByNode.get(p.nodeId);
      if (list) list.push(p);
      else problemsByNode.set(p.nodeId, [p]);
    }
    checked = { problems, problemsByNode };
    return checked;
  };
  return {
    artifacts,
    byPath,
    texts: lazyTexts(byPath),
    emitted,
    get problems() {
      return check().problems;
    },
    get problemsByNode() {
      return check().problemsByNode;
    },
  };
}

/** The design whose problems are shown (see `checked` in the design store). */
export function getCheckedDesign(): Design | undefined {
  return useDesignStore.getState().checked;
}

export function useArtifacts(): Artifact[] {
  return useDesignStore((s) => derivedOf(s.design).artifacts);
}

export function useProblems(): Problem[] {
  return useDesignStore((s) => (s.checked ? derivedOf(s.checked).problems : NO_PROBLEMS));
}

/** Problems of one node, as shown (see `checked`). */
function shownNodeProblems(s: DesignState, nodeId: string): Problem[] | undefined {
  return s.checked ? derivedOf(s.checked).problemsByNode.get(nodeId) : undefined;
}

export function useNodeProblems(nodeId: string): Problem[] | undefined {
  return useDesignStore((s) => shownNodeProblems(s, nodeId));
}

/** Text of one generated file ('' when the file no longer exists). */
export function useArtifactText(path: string | undefined): string {
  return useDesignStore((s) => (path ? (derivedOf(s.design).texts.get(path) ?? '') : ''));
}

/** Number of problems of a node by severity, as a primitive key so badges re-render only on change. */
export function useNodeProblemSummary(nodeId: string): string {
  return useDesignStore((s) => {
    const list = shownNodeProblems(s, nodeId);
    if (!list) return '';
    const errors = list.filter((p) => p.severity === 'error').length;
    const warnings = list.filter((p) => p.severity === 'warning').length;
    return `${errors}:${warnings}:${list.length - errors - warnings}`;
  });
}

/** Text per artifact content: a reused artifact is not stringified again. */
const texts = new WeakMap<object, string>();

function textOf(artifact: Artifact): string {
  let text = texts.get(artifact.content);
  if (text === undefined) {
    text = artifactText(artifact);
    texts.set(artifact.content, text);
  }
  return text;
}

function lazyTexts(byPath: ReadonlyMap<string, Artifact>): Derived['texts'] {
  return {
    get(path) {
      const artifact = byPath.get(path);
      return artifact && textOf(artifact);
    },
  };
}
