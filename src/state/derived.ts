import { artifactText } from '../core/derive/index.ts';
import { DeriveContext } from '../core/derive/context.ts';
import { IncrementalDeriver } from '../core/derive/incremental.ts';
import type { Artifact } from '../core/model/artifact.ts';
import type { Design } from '../core/model/design.ts';
import type { JsonObject } from '../core/model/json.ts';
import type { Problem } from '../core/validate/index.ts';
import { useDesignStore } from './design-store.ts';

/**
 * Artifacts and problems are pure functions of the design (ARCHITECTURE principle 1):
 * computed once per design object and shared by every component that asks.
 */
interface Derived {
  artifacts: Artifact[];
  byPath: Map<string, Artifact>;
  /** File texts, made on first read: a change re-derives every file, but only the open ones are shown. */
  texts: { get(path: string): string | undefined };
  problems: Problem[];
  problemsByNode: Map<string, Problem[]>;
  /** Each node's own artifact content (a task definition's RegisterTaskDefinition input...). */
  emitted: Map<string, JsonObject>;
}

const cache = new WeakMap<Design, Derived & { ctx: DeriveContext; validated: boolean }>();

/**
 * The store's designs are immutable, so each change re-derives only the nodes it touched
 * (and their neighbours); unchanged artifacts come back as the same objects, and so do
 * their texts (see textOf).
 */
const deriver = new IncrementalDeriver();

type Validate = typeof import('../core/validate/index.ts').validate;
let validateDesign: Validate | undefined;

/**
 * The rule modules load as their own chunk, next to the first paint rather than before it
 * (the canvas and the generated files do not wait for them). When they arrive, `rulesLoaded`
 * flips in the design store, every selector re-runs, and problems appear.
 */
export const rulesLoaded: Promise<void> = import('../core/validate/index.ts').then((m) => {
  validateDesign = m.validate;
  useDesignStore.setState({ rulesLoaded: true });
});

const NO_PROBLEMS: Problem[] = [];

export function derivedOf(design: Design): Derived {
  let value = cache.get(design);
  if (!value) {
    const ctx = new DeriveContext(design);
    const artifacts = deriver.derive(design, ctx);
    const emitted = new Map<string, JsonObject>();
    for (const a of artifacts) if (!a.implied && !emitted.has(a.nodeId)) emitted.set(a.nodeId, a.content);
    const byPath = new Map(artifacts.map((a) => [a.path, a]));
    value = {
      ctx,
      validated: false,
      emitted,
      artifacts,
      byPath,
      texts: lazyTexts(byPath),
      problems: NO_PROBLEMS,
      problemsByNode: new Map(),
    };
    cache.set(design, value);
  }
  if (!value.validated && validateDesign) {
    value.validated = true;
    value.problems = validateDesign(design, value.artifacts, value.ctx);
    for (const p of value.problems) {
      if (!p.nodeId) continue;
      const list = value.problemsByNode.get(p.nodeId);
      if (list) list.push(p);
      else value.problemsByNode.set(p.nodeId, [p]);
    }
  }
  return value;
}

export function useArtifacts(): Artifact[] {
  return useDesignStore((s) => derivedOf(s.design).artifacts);
}

export function useProblems(): Problem[] {
  return useDesignStore((s) => derivedOf(s.design).problems);
}

/** Text of one generated file ('' when the file no longer exists). */
export function useArtifactText(path: string | undefined): string {
  return useDesignStore((s) => (path ? (derivedOf(s.design).texts.get(path) ?? '') : ''));
}

/** Number of problems of a node by severity, as a primitive key so badges re-render only on change. */
export function useNodeProblemSummary(nodeId: string): string {
  return useDesignStore((s) => {
    const list = derivedOf(s.design).problemsByNode.get(nodeId);
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
