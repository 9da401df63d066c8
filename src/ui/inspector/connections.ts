import { KINDS, kindLabel } from '../../core/kinds/registry.ts';
import type { Design, DesignEdge, DesignNode, NodeKind, RelationKind } from '../../core/model/design.ts';
import { DesignIndex } from '../../core/model/graph.ts';
import { checkConnection, RELATIONS } from '../../core/model/relations.ts';

/**
 * The relations a node can take part in, seen from that node: what it is connected to
 * now, and which nodes it could be connected to. This is how the inspector lets a
 * keyboard user draw what others draw with the mouse.
 */
export interface ConnectedNode {
  edge: DesignEdge;
  other: DesignNode;
  name: string;
}

export interface Candidate {
  id: string;
  name: string;
}

export interface RelationSlot {
  relation: RelationKind;
  /** The inspected node is the relation's source (it "starts" it) or its target. */
  role: 'source' | 'target';
  /** From the inspected node's side: "Runs in", "Containers"... */
  label: string;
  /** What the other end is, for hints: "Cluster", "Fargate / EC2 Auto Scaling group / ..." */
  otherLabel: string;
  existing: ConnectedNode[];
  candidates: Candidate[];
  /** Why there is nothing to connect to, when there is nothing. */
  note?: string;
}

/** How a relation reads from its target's side. */
const TARGET_LABELS: Record<RelationKind, string> = {
  contains: 'Containers',
  'task-role': 'Task role',
  'execution-role': 'Execution role',
  'instance-role': 'Instance role',
  'in-cluster': 'Capacity providers',
  'runs-in': 'Services and tasks',
  uses: 'Used by services and tasks',
  capacity: 'Services placing tasks here',
  'routes-to': 'Load balancers',
  'in-vpc': 'Subnets, security groups and namespaces',
  'attached-to': 'Internet gateway',
  'in-subnet': 'NAT gateways',
  allows: 'Allowed in from',
  'placed-in': 'Placed here',
  'secured-by': 'Members',
  accesses: 'Accessed by task definitions',
  'dead-letter': 'Dead-letter queue of',
  starts: 'Started by',
  'reads-secret': 'Containers reading it',
  'pulls-image': 'Containers pulling from it',
  'env-file': 'Containers loading environment files from it',
  mounts: 'Task definitions mounting it',
  attaches: 'Task definitions attaching it at launch',
  scales: 'Auto scaling',
  triggers: 'Events from buckets',
  subscribes: 'Subscribed to topics',
  'in-namespace': 'Clusters and services using it',
  calls: 'Called by (Service Connect clients)',
  'infrastructure-role': 'Infrastructure role',
};

/** localeCompare's order, without building a collator per comparison (hundreds of candidates). */
const byName = new Intl.Collator();

const indexes = new WeakMap<Design, DesignIndex>();

/** One lookup index per design object, shared by the inspector's connection views. */
export function designIndex(design: Design): DesignIndex {
  let index = indexes.get(design);
  if (!index) {
    index = new DesignIndex(design);
    indexes.set(design, index);
  }
  return index;
}

export function nodeName(node: DesignNode): string {
  return KINDS[node.kind].displayName(node);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function relationSlots(design: Design, node: DesignNode, index = designIndex(design)): RelationSlot[] {
  const slots: RelationSlot[] = [];
  for (const spec of Object.values(RELATIONS)) {
    for (const role of ['source', 'target'] as const) {
      const mine = role === 'source' ? spec.sources : spec.targets;
      if (!mine.includes(node.kind)) continue;
      const otherKinds = role === 'source' ? spec.targets : spec.sources;
      const edges = role === 'source' ? index.outgoing(node.id, spec.kind) : index.incoming(node.id, spec.kind);
      const existing = edges.map((edge) => {
        const other = index.node(role === 'source' ? edge.target : edge.source)!;
        return { edge, other, name: nodeName(other) };
      });
      const others = index.nodesOfKind(...(otherKinds as NodeKind[]));
      const candidates: Candidate[] = [];
      let refusal: string | undefined;
      for (const other of others) {
        const check = role === 'source' ? checkConnection(design, node, other, kindLabel, index) : checkConnection(design, other, node, kindLabel, index);
        if (check.ok) candidates.push({ id: other.id, name: otherKinds.length > 1 ? `${nodeName(other)} (${kindLabel(other.kind)})` : nodeName(other) });
        else if (!existing.some((e) => e.other.id === other.id)) refusal ??= check.reason;
      }
      candidates.sort((a, b) => byName.compare(a.name, b.name));
      const otherLabel = otherKinds.map(kindLabel).join(' / ');
      const slot: RelationSlot = {
        relation: spec.kind,
        role,
        label: role === 'source' ? capitalise(spec.label) : TARGET_LABELS[spec.kind],
        otherLabel,
        existing,
        candidates,
      };
      if (candidates.length === 0) {
        if (others.length === 0) slot.note = `No ${otherLabel} in the design yet.`;
        else if (refusal) slot.note = refusal;
      }
      slots.push(slot);
    }
  }
  // The relations a node starts come first, in the order its kind lists them.
  const accepts = KINDS[node.kind].accepts;
  const rank = (s: RelationSlot) => (s.role === 'source' ? accepts.indexOf(s.relation) : 100);
  return slots.sort((a, b) => rank(a) - rank(b));
}
