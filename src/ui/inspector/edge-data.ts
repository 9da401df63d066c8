import type { Design, DesignEdge } from '../../core/model/design.ts';
import type { DesignIndex } from '../../core/model/graph.ts';
import { designIndex } from './connections.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../core/model/json.ts';
import { listenersOf } from '../../core/kinds/load-balancer/derive.ts';

/**
 * The data a relation carries (capacity base/weight, which container a load balancer
 * reaches...) as inspector fields. Same shape as a kind's FieldSpec, but the options of a
 * select can depend on the design (the containers of the service's task definition).
 */
export interface EdgeField {
  path: readonly string[];
  label: string;
  type: 'number' | 'text' | 'select' | 'boolean';
  help: string;
  options?: readonly string[];
  /** What the empty option means for this field. */
  emptyLabel?: string;
  min?: number;
  max?: number;
  placeholder?: string;
  /** For a checkbox: what is stored when it is ticked (untick removes the value). */
  checkedValue?: JsonValue;
}

const BASE_HELP = 'Tasks placed on this provider first, before weights apply (0–100000). Only one provider of a strategy may have a base.';
const WEIGHT_HELP = 'Share of the remaining tasks placed on this provider, relative to the other providers (0–1000).';

export function edgeFields(design: Design, edge: DesignEdge, index = designIndex(design)): EdgeField[] {
  switch (edge.kind) {
    case 'capacity':
      return [
        { path: ['base'], label: 'Base', type: 'number', min: 0, max: 100000, placeholder: '0', help: BASE_HELP },
        { path: ['weight'], label: 'Weight', type: 'number', min: 0, max: 1000, placeholder: '0', help: WEIGHT_HELP },
      ];
    case 'in-cluster': {
      if (index.node(edge.source)?.kind === 'capacity-external') return [];
      const fields: EdgeField[] = [
        { path: ['defaultStrategy'], label: 'In default strategy', type: 'boolean', checkedValue: { weight: 1 }, help: 'Services of the cluster that name no capacity of their own place tasks by the default strategy.' },
      ];
      if (isPlainObject(edge.data?.defaultStrategy)) {
        fields.push(
          { path: ['defaultStrategy', 'base'], label: 'Default base', type: 'number', min: 0, max: 100000, placeholder: '0', help: BASE_HELP },
          { path: ['defaultStrategy', 'weight'], label: 'Default weight', type: 'number', min: 0, max: 1000, placeholder: '0', help: WEIGHT_HELP },
        );
      }
      return fields;
    }
    case 'uses':
      return [{ path: ['revision'], label: 'Revision', type: 'number', min: 1, placeholder: 'latest', help: 'Pin the service to one revision of the task definition. Empty: the latest active revision.' }];
    case 'routes-to':
      return routeFields(edge, index);
    case 'accesses':
      return accessFields(edge, index);
    case 'subscribes':
      return [
        {
          path: ['Attributes', 'RawMessageDelivery'],
          label: 'Raw delivery',
          type: 'select',
          options: ['true', 'false'],
          emptyLabel: '(false)',
          help: 'true: the queue gets the message body as published; false: wrapped in SNS’s JSON envelope (with topic, id and attributes).',
        },
        { path: ['Attributes', 'FilterPolicy'], label: 'Filter policy', type: 'text', placeholder: '{"type": ["order"]}', help: 'Only messages whose attributes match this JSON filter policy reach the queue. Empty: every message.' },
      ];
    case 'dead-letter':
      return [
        { path: ['maxReceiveCount'], label: 'Max receives', type: 'number', min: 1, max: 1000, placeholder: '5', help: 'After this many receives without being deleted, a message moves to the dead-letter queue (1–1000).' },
      ];
    default:
      return [];
  }
}

const ACCESS_HELP: Record<string, string> = {
  's3-bucket': 'read: GetObject and ListBucket; write: PutObject; read-write: both, and DeleteObject. Granted to the task role on this bucket only.',
  'dynamodb-table': 'read: GetItem, Query, Scan, BatchGetItem, ConditionCheckItem (also on its indexes); write: PutItem, UpdateItem, DeleteItem, BatchWriteItem. Granted to the task role on this table only.',
  'sqs-queue': 'read (a worker consuming): ReceiveMessage, DeleteMessage, ChangeMessageVisibility, GetQueueAttributes; write: SendMessage. Both include GetQueueUrl. On this queue only.',
  'sns-topic': 'A task can only publish to a topic (sns:Publish on this topic). To receive its messages, subscribe a queue and read that.',
};

/** What the task's role may do with the connected resource; a topic has only one meaningful access. */
function accessFields(edge: DesignEdge, index: DesignIndex): EdgeField[] {
  const kind = index.node(edge.target)?.kind ?? 's3-bucket';
  const topic = kind === 'sns-topic';
  return [
    {
      path: ['access'],
      label: 'Access',
      type: 'select',
      options: topic ? ['write'] : ['read', 'write', 'read-write'],
      emptyLabel: topic ? '(write)' : '(read)',
      help: ACCESS_HELP[kind] ?? '',
    },
  ];
}

function routeFields(edge: DesignEdge, index: DesignIndex): EdgeField[] {
  const lb = index.node(edge.source);
  const td = index.target(edge.target, 'uses');
  const containers = td ? index.containersOf(td.id).map((c) => String(c.data.name ?? c.id)) : [];
  const ports = lb ? listenersOf(lb).map((l) => String(l.port ?? '')).filter((p) => p !== '') : [];
  const fields: EdgeField[] = [
    {
      path: ['containerName'],
      label: 'Container',
      type: 'select',
      options: containers,
      emptyLabel: '(first with a port)',
      help: td ? 'The container the load balancer sends traffic to.' : 'Connect the service to a task definition to choose its container.',
    },
    { path: ['containerPort'], label: 'Container port', type: 'number', min: 1, max: 65535, placeholder: 'its first port', help: 'The container port that receives the traffic; it needs a port mapping.' },
    {
      path: ['listenerPort'],
      label: 'Listener port',
      type: 'select',
      options: ports,
      emptyLabel: '(every listener)',
      help: 'Which listener of the load balancer forwards to this service.',
    },
  ];
  if (lb?.kind === 'load-balancer-alb') {
    fields.push(
      { path: ['pathPattern'], label: 'Path pattern', type: 'text', placeholder: '/api/*', help: 'Route only matching paths here (a listener rule). Empty: the listener’s default route.' },
      { path: ['healthCheckPath'], label: 'Health check path', type: 'text', placeholder: '/', help: 'Path the target group requests to decide a task is healthy.' },
    );
  }
  return fields;
}

/**
 * Sets or (with undefined) removes a value by path. Emptied objects stay: an empty
 * defaultStrategy still means "in the default strategy".
 */
export function withPath(obj: JsonObject, path: readonly string[], value: JsonValue | undefined): JsonObject {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const out: JsonObject = { ...obj };
  const next = rest.length === 0 ? value : withPath(isPlainObject(out[head]) ? out[head] : {}, rest, value);
  if (next === undefined) delete out[head];
  else out[head] = next;
  return out;
}

/** A select stores a listener port as a number; other selects store their text. */
export function edgeSelectValue(field: EdgeField, choice: string): JsonValue | undefined {
  if (choice === '') return undefined;
  return field.path[0] === 'listenerPort' ? Number(choice) : choice;
}
