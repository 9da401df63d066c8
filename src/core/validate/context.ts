import { DeriveContext } from '../derive/context.ts';
import type { Artifact } from '../model/artifact.ts';
import type { Design, DesignNode } from '../model/design.ts';
import type { FileProblemsMemo } from './file-problems-memo.ts';
import type { Problem, QuickFix, Severity } from './types.ts';

export interface Report {
  ruleId: string;
  message: string;
  node?: DesignNode;
  /** Pointer inside the node's main artifact. */
  pointer?: string;
  /** Artifact path when it is not the node's main artifact. */
  artifactPath?: string;
  fix?: QuickFix;
  /** Overrides the catalogue severity (rare: e.g. a W-only variant of an E rule). */
  severity?: Severity;
}

/**
 * What every rule module gets: the design, the derive context (relations, launch targets)
 * and the artifacts as they will be exported, so rules check what AWS will receive.
 */
export class ValidateContext {
  readonly problems: Problem[] = [];
  private readonly mainArtifact = new Map<string, Artifact>();
  private readonly byNode = new Map<string, Artifact[]>();
  private readonly sharedValues = new Map<symbol, unknown>();

  constructor(
    readonly design: Design,
    readonly derive: DeriveContext,
    readonly artifacts: readonly Artifact[],
    private readonly severityOf: (ruleId: string) => Severity,
    private readonly memo?: FileProblemsMemo,
  ) {
    for (const a of artifacts) {
      if (!a.implied && !this.mainArtifact.has(a.nodeId)) this.mainArtifact.set(a.nodeId, a);
      const list = this.byNode.get(a.nodeId);
      if (list) list.push(a);
      else this.byNode.set(a.nodeId, [a]);
    }
  }

  get index() {
    return this.derive.index;
  }

  /** The node's own file: the task definition of a TD node, the service of a service node... */
  artifactOf(nodeId: string): Artifact | undefined {
    return this.mainArtifact.get(nodeId);
  }

  /** Every file a node gives rise to (its own, implied roles, a load balancer's listeners...), in path order. */
  artifactsOf(nodeId: string): readonly Artifact[] {
    return this.byNode.get(nodeId) ?? [];
  }

  /**
   * A value computed once per run and shared by the rule modules (views of task
   * definitions, services...). Held by the context rather than in module-level WeakMaps:
   * V8's young-generation collections kept those entries (and every artifact the views
   * point to) alive and promoted them; measured at 1,000 nodes, each collection promoted
   * ~4 MB and took ~4× longer than with the views held here.
   */
  shared<T>(key: symbol, compute: () => T): T {
    if (!this.sharedValues.has(key)) this.sharedValues.set(key, compute());
    return this.sharedValues.get(key) as T;
  }

  /**
   * Runs a check that reads this one file and nothing else, or reuses its problems from the
   * last run when the file is the same object (see FileProblemsMemo). `key` names the check.
   */
  checkFile(key: symbol, artifact: Artifact, check: () => void): void {
    const reused = this.memo?.reused(key, artifact);
    if (reused) {
      for (const p of reused) this.problems.push(p);
      return;
    }
    const start = this.problems.length;
    check();
    this.memo?.keep(key, artifact, this.problems.length === start ? NO_PROBLEMS : this.problems.slice(start));
  }

  report(r: Report): void {
    const artifactPath = r.artifactPath ?? (r.node ? this.mainArtifact.get(r.node.id)?.path : undefined);
    const problem: Problem = {
      ruleId: r.ruleId,
      severity: r.severity ?? this.severityOf(r.ruleId),
      message: r.message,
    };
    if (r.node) problem.nodeId = r.node.id;
    if (artifactPath) problem.artifactPath = artifactPath;
    if (r.pointer !== undefined) problem.pointer = r.pointer;
    if (r.fix) problem.fix = r.fix;
    this.problems.push(problem);
  }
}

const NO_PROBLEMS: Problem[] = [];

/** A rule module: checks one area (task size, port mappings, ...) and reports problems. */
export interface RuleModule {
  area: string;
  /** Rule ids this module can report, with their severity from ECS_RULES.md. */
  rules: Readonly<Record<string, Severity>>;
  check(ctx: ValidateContext): void;
}
