import type { Notice } from '../../apply/types.ts';
import { applyArtifactText } from '../../apply/index.ts';
import { derive } from '../../derive/index.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import type { ApiInput } from './resources.ts';
import { createFirst } from './storage-first.ts';
import { wireMessaging } from './messaging-wiring.ts';
import { wireMountsAndDiscovery } from './efs-discovery-wiring.ts';

/**
 * What the designer draws for template resources that name each other by ids it makes up
 * from its nodes, or that are connections and list entries of other nodes rather than files:
 *
 * - first (after the network, before the rest; storage-first.ts): EFS file systems and their
 *   access points (entries of the file system's list), and Cloud Map namespaces, so that what
 *   names them (a task definition's volume, a mount target, a Cloud Map service) gets their ids;
 * - later (once every node exists): an SNS subscription is the topic → queue connection, a
 *   queue policy the queue's Policy attribute unless the subscriptions give it, a bucket's
 *   EventBridge notifications its trigger of a rule, a table's TTL its TTL attribute
 *   (messaging-wiring.ts); a mount target the file system → subnet connection, a volume the
 *   task definition's mount, a Service Connect namespace and a Cloud Map service the ECS
 *   service's connection to its namespace (efs-discovery-wiring.ts).
 */

/** Created after the network, before the rest, in this order. */
export const STORAGE_FIRST: readonly string[] = ['AWS::EFS::FileSystem', 'AWS::EFS::AccessPoint', 'AWS::ServiceDiscovery::HttpNamespace', 'AWS::ServiceDiscovery::PrivateDnsNamespace', 'AWS::ServiceDiscovery::PublicDnsNamespace'];
/** Read once the nodes exist. */
export const STORAGE_LATER: readonly string[] = ['AWS::SNS::Subscription', 'AWS::SQS::QueuePolicy', 'AWS::EFS::MountTarget', 'AWS::ServiceDiscovery::Service'];

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
export class StorageImport {
  /** Logical id → its node and file, for the resources created first. */
  readonly made = new Map<string, MadeFirst>();
  readonly nodeIds: string[] = [];
  /** File path → logical id, of the files read here (compared with their inputs at the end, import-template.ts reportNotKept). */
  readonly paths = new Map<string, string>();

  /** `existing`: the nodes of the design imported into; what the template names is among the nodes of this import. */
  constructor(readonly w: StorageWiringInput, private readonly at: { x: number; y: number }, private readonly existing: ReadonlySet<string>) {}

  /** Pass 1½: file systems, their access points and namespaces as nodes, their ids recorded for what names them. */
  first(design: Design): Design {
    return createFirst(this, design);
  }

  /** Pass 3: what is a connection or a setting of the nodes the import made. */
  later(design: Design): Design {
    return wireMountsAndDiscovery(this, wireMessaging(this, design));
  }

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
