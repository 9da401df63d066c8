import { MarkerType, type EdgeMarker } from '@xyflow/react';
import type { DesignEdge, DesignNode, RelationKind } from '../../core/model/design.ts';
import { accessLevel } from '../../core/derive/task-role-access.ts';
import { DEFAULT_MAX_RECEIVE_COUNT } from '../../core/kinds/sqs-queue/derive.ts';

/**
 * One look per relation kind, so a glance tells what a line means: routing is animated
 * (traffic flows), capacity placement is dashed, IAM roles are dotted, structure is solid.
 * Colours are mid-tones that read on both the light and the dark canvas.
 */
interface Appearance {
  className: string;
  animated: boolean;
  marker: EdgeMarker;
}

const COLOURS: Record<RelationKind, string> = {
  contains: '#94a3b8',
  'task-role': '#e11d48',
  'execution-role': '#e11d48',
  'instance-role': '#e11d48',
  'in-cluster': '#059669',
  'runs-in': '#64748b',
  uses: '#ea580c',
  capacity: '#059669',
  'routes-to': '#7c3aed',
  'in-vpc': '#0284c7',
  'attached-to': '#0284c7',
  'in-subnet': '#0284c7',
  allows: '#0284c7',
  'placed-in': '#0284c7',
  'secured-by': '#0284c7',
  accesses: '#0891b2',
  'dead-letter': '#d97706',
  starts: '#db2777',
  'reads-secret': '#e11d48',
  'pulls-image': '#0891b2',
  'env-file': '#0891b2',
  mounts: '#0891b2',
  attaches: '#0891b2',
  scales: '#0891b2',
  triggers: '#db2777',
  subscribes: '#db2777',
  'in-namespace': '#0284c7',
  calls: '#7c3aed',
  'infrastructure-role': '#e11d48',
};

const STROKE: Record<RelationKind, 'solid' | 'dashed' | 'dotted'> = {
  contains: 'solid',
  'task-role': 'dotted',
  'execution-role': 'dotted',
  'instance-role': 'dotted',
  'in-cluster': 'solid',
  'runs-in': 'solid',
  uses: 'solid',
  capacity: 'dashed',
  'routes-to': 'solid',
  'in-vpc': 'solid',
  'attached-to': 'solid',
  'in-subnet': 'solid',
  // Traffic allowed, not structure.
  allows: 'dashed',
  'placed-in': 'solid',
  'secured-by': 'dotted',
  accesses: 'dashed',
  'dead-letter': 'dashed',
  starts: 'dashed',
  'reads-secret': 'dotted',
  'pulls-image': 'solid',
  // Configuration read at start, like a secret.
  'env-file': 'dotted',
  mounts: 'solid',
  attaches: 'solid',
  scales: 'dashed',
  triggers: 'dashed',
  subscribes: 'solid',
  'in-namespace': 'dotted',
  calls: 'solid',
  'infrastructure-role': 'dotted',
};

const APPEARANCE = Object.fromEntries(
  (Object.keys(COLOURS) as RelationKind[]).map((kind) => [
    kind,
    {
      className: `ecs-edge ecs-edge-${STROKE[kind]} ecs-edge-${kind}`,
      // Traffic flows along these: a load balancer's route, a Service Connect call.
      animated: kind === 'routes-to' || kind === 'calls',
      marker: { type: MarkerType.ArrowClosed, color: COLOURS[kind], width: 14, height: 14 },
    },
  ]),
) as Record<RelationKind, Appearance>;

export function edgeAppearance(kind: RelationKind): Appearance {
  return APPEARANCE[kind];
}

export function edgeColour(kind: RelationKind): string {
  return COLOURS[kind];
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** base/weight as a short label: "weight 1", "base 2 · weight 3". */
function strategyLabel(data: unknown): string {
  if (!data || typeof data !== 'object') return '';
  const { base, weight } = data as { base?: unknown; weight?: unknown };
  const parts: string[] = [];
  if (num(base)) parts.push(`base ${num(base)}`);
  if (num(weight) !== undefined) parts.push(`weight ${num(weight)}`);
  return parts.join(' · ');
}

/** The small text on a line, where the relation carries a value worth seeing. */
export function edgeLabel(edge: DesignEdge, nodes: ReadonlyMap<string, DesignNode>): string {
  const data = edge.data ?? {};
  switch (edge.kind) {
    case 'capacity':
      return strategyLabel(data);
    case 'in-cluster': {
      const strategy = strategyLabel(data.defaultStrategy);
      return data.defaultStrategy ? `default${strategy ? ` · ${strategy}` : ''}` : '';
    }
    case 'routes-to': {
      const listener = num(data.listenerPort) ?? firstListenerPort(nodes.get(edge.source));
      const container = num(data.containerPort);
      const name = typeof data.containerName === 'string' ? data.containerName : '';
      const target = container !== undefined ? `${name}:${container}` : name;
      if (listener !== undefined && target) return `:${listener} → ${target}`;
      return listener !== undefined ? `:${listener}` : target;
    }
    case 'uses':
      return num(data.revision) !== undefined ? `revision ${num(data.revision)}` : '';
    case 'reads-secret':
      return typeof data.variable === 'string' ? data.variable : '';
    case 'env-file':
      return typeof data.key === 'string' ? data.key : '';
    case 'pulls-image':
      return typeof data.digest === 'string' ? 'digest' : typeof data.tag === 'string' ? `:${data.tag}` : '';
    case 'accesses': {
      const target = nodes.get(edge.target);
      return target ? accessLevel(edge, target.kind) : '';
    }
    case 'calls': {
      // The port the client calls: its alias port when set, and the port name.
      const alias = data.alias && typeof data.alias === 'object' && !Array.isArray(data.alias) ? num(data.alias.port) : undefined;
      const name = typeof data.portName === 'string' ? data.portName : '';
      return alias !== undefined ? `${name ? `${name} ` : ''}:${alias}` : name;
    }
    case 'in-namespace':
      return data.discovery === 'dns' ? 'DNS' : data.discovery === 'both' ? 'Service Connect + DNS' : '';
    case 'dead-letter':
      return `after ${num(data.maxReceiveCount) ?? DEFAULT_MAX_RECEIVE_COUNT} receives`;
    default:
      return '';
  }
}

function firstListenerPort(lb: DesignNode | undefined): number | undefined {
  const listeners = lb?.data.listeners;
  if (!Array.isArray(listeners)) return undefined;
  const first = listeners[0];
  return first && typeof first === 'object' && !Array.isArray(first) ? num(first.port) : undefined;
}
