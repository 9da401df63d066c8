import type { Notice } from '../../apply/types.ts';
import { applyArtifactText } from '../../apply/index.ts';
import { connect } from '../../commands/design-commands.ts';
import { derive } from '../../derive/index.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import type { ApiInput } from './reader-types.ts';

/**
 * The state one template's import shares between the storage wiring modules
 * (storage-first.ts, messaging-wiring.ts, efs-discovery-wiring.ts), and their helpers; the
 * passes that call them are in storage-wiring.ts (apart, so that the modules do not import
 * what imports them).
 */

export interface StorageWiringInput {
  ids: readonly string[];
  typeOf(id: string): string;
  inputsOf(id: string): ApiInput[] | undefined;
  /** A resource's Properties as the template writes them. */
  written(id: string): JsonObject;
  note(id: string, level: Notice['level'], message: string): void;
}

/** A resource created first: the node and file whose identities stand for it (what Ref and Fn::GetAtt of it give). */
export interface MadeFirst {
  input: ApiInput;
  node: DesignNode;
}

export type Applied = { ok: true; design: Design; path: string } | { ok: false; error: string };

/** The state of one template's import that the wiring modules share, and their helpers. */
export class StorageImportState {
  /** Logical id → its node and file, for the resources created first. */
  readonly made = new Map<string, MadeFirst>();
  readonly nodeIds: string[] = [];
  /** File path → logical id, of the files read here (compared with their inputs at the end, import-template.ts reportNotKept). */
  readonly paths = new Map<string, string>();

  /** `existing`: the nodes of the design imported into; what the template names is among the nodes of this import. */
  constructor(readonly w: StorageWiringInput, private readonly at: { x: number; y: number }, private readonly existing: ReadonlySet<string>) {}

  /** File path → logical id of the files read here, as the design now derives them. */
  files(design: Design): Array<[string, string]> {
    const paths = new Set(derive(design).map((a) => a.path));
    return [...this.paths].filter(([path]) => paths.has(path));
  }

  /** Whether a node is one of this import's. */
  mine(nodeId: string): boolean {
    return !this.existing.has(nodeId);
  }

  /** The logical ids of a resource type. */
  of(type: string): string[] {
    return this.w.ids.filter((id) => this.w.typeOf(id) === type);
  }

  /** Where the next node made here goes. */
  place(): { x: number; y: number } {
    const i = this.nodeIds.length;
    return { x: this.at.x + (i % 4) * 320, y: this.at.y + Math.floor(i / 4) * 360 };
  }

  /**
   * The design with `source` connected to `target` (as it is when they are connected
   * already); undefined, said on `id`, when the connection is refused.
   */
  connectOnce(design: Design, id: string, source: string, target: string): Design | undefined {
    if (design.edges.some((e) => e.source === source && e.target === target)) return design;
    const linked = connect(design, source, target);
    if (linked.ok) return linked.design;
    this.warn(id, `is not imported: ${linked.reason}`);
    return undefined;
  }

  /** `${id} (${type}) ${message}` as a warning on the resource. */
  warn(id: string, message: string): void {
    this.w.note(id, 'warning', `${id} (${this.w.typeOf(id)}) ${message}`);
  }

  /** What the resource became, said on it. */
  became(id: string, what: string): void {
    this.w.note(id, 'info', `${id} (${this.w.typeOf(id)}) → ${what}`);
  }

  /** Applies `content` to the node's file of `type` (found by `which`), the way an edit in the editor is; its warnings said on `id`. */
  applyTo(design: Design, id: string, nodeId: string, type: Artifact['type'], content: JsonObject, which: (a: Artifact) => boolean = () => true): Applied {
    const file = derive(design).find((a) => a.nodeId === nodeId && a.type === type && which(a));
    if (!file) return { ok: false, error: `the design gives no ${type} file to read it into` };
    const result = applyArtifactText(design, file.path, JSON.stringify(content));
    if (!result.ok) return { ok: false, error: result.error };
    for (const n of result.notices.filter((x) => x.level === 'warning')) this.w.note(id, 'warning', `${id}: ${n.message}`);
    this.paths.set(file.path, id);
    return { ok: true, design: result.design, path: file.path };
  }

  /** Records what Ref and Fn::GetAtt of `id` give: the identities of the node's file `which` picks. */
  remember(design: Design, id: string, nodeId: string, which: (a: Artifact) => boolean): void {
    const file = derive(design).find((a) => a.nodeId === nodeId && which(a));
    const node = design.nodes.find((n) => n.id === nodeId);
    if (file && node) this.made.set(id, { input: { type: file.type, content: file.content }, node });
  }
}
