import type { Design, DesignEdge } from '../../core/model/design.ts';
import type { DesignIndex } from '../../core/model/graph.ts';
import { designIndex } from './connections.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../core/model/json.ts';
import { listenersOf } from '../../core/kinds/load-balancer/derive.ts';
import { environmentFileFields, fileSystemMountFields, imagePullFields, namespaceFields, secretReferenceFields, serviceConnectCallFields } from './edge-data-config.ts';
import type { EdgeField } from './edge-field.ts';

export type { EdgeField } from './edge-field.ts';

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
      // External capacity is never in a strategy; a Managed Instances provider is never in a cluster's default one (MI-CLUSTER).
      const source = index.node(edge.source)?.kind;
      if (source === 'capacity-external' || source === 'capacity-managed-instances') return [];
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
      return [{ path: ['revision'], label: 'Revision', type: 'number', min: 1, placeholder: 'latest', help: 'Pin the service or standalone task to one revision of the task definition. Empty: the latest active revision.' }];
    case 'routes-to':
      return routeFields(edge, index);
    case 'allows':
      return [
        { path: ['protocol'], label: 'Protocol', type: 'select', options: ['tcp', 'udp', 'icmp', '-1'], emptyLabel: 'tcp', help: 'IP protocol let in; -1 is all traffic (then ports do not apply).' },
        { path: ['fromPort'], label: 'Port', type: 'number', min: 0, max: 65535, placeholder: 'e.g. 8080', help: 'The port (or the first of a range) the target group lets in from the source group: for a load balancer to awsvpc tasks, the container port.' },
        { path: ['toPort'], label: 'To port', type: 'number', min: 0, max: 65535, placeholder: 'same as port', help: 'Last port of a range, e.g. 65535 for bridge-mode dynamic host ports (32768–65535).' },
        { path: ['description'], label: 'Description', type: 'text', placeholder: 'from <source group>', help: 'The rule’s description in EC2 (up to 255 characters); left empty, it names the source group.' },
      ];
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
    case 'reads-secret':
      return secretReferenceFields(edge, index);
    case 'pulls-image':
      return imagePullFields();
    case 'env-file':
      return environmentFileFields();
    case 'mounts':
      return fileSystemMountFields(edge, index);
    case 'calls':
      return serviceConnectCallFields(edge, index);
    case 'in-namespace':
      return namespaceFields(edge, index);
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
  // ECS-native blue/green, linear and canary deployments shift traffic to a second target group
  // (DEP-BG-LB): its fields show once the service deploys that way (or the route has them).
  const deployment = index.node(edge.target)?.data.deploymentConfiguration;
  const strategy = isPlainObject(deployment) ? deployment.strategy : undefined;
  if (!(strategy === 'BLUE_GREEN' || strategy === 'LINEAR' || strategy === 'CANARY' || isPlainObject(edge.data?.advancedConfiguration))) return fields;
  // Unless the target groups are existing ones, the route creates the second target group and the
  // rules (load-balancer/blue-green.ts); an ARN typed here wins over the one created.
  const created = typeof edge.data?.targetGroupArn !== 'string' && edge.data?.existingBlueGreenResources !== true;
  const nlb = lb?.kind === 'load-balancer-nlb';
  const advanced = (key: string, label: string, placeholder: string, help: string): EdgeField => ({ path: ['advancedConfiguration', key], label, type: 'text', placeholder, help });
  fields.push(
    {
      path: ['testListenerPort'],
      label: 'Test listener port',
      type: 'select',
      options: ports.filter((p) => p !== String(edge.data?.listenerPort ?? ports[0])),
      emptyLabel: '(no test traffic)',
      help: nlb
        ? 'A second listener of the load balancer that sends test traffic to the new tasks before production traffic moves.'
        : 'A second listener of the load balancer; a rule on it sends test traffic to the new tasks before production traffic moves.',
    },
    {
      path: ['existingBlueGreenResources'],
      label: 'Existing target group and rules',
      type: 'boolean',
      help: 'Ticked: the alternate target group and listener rules exist already (type their ARNs below) and none are created. Unticked: they are created beside the route’s target group.',
    },
    advanced(
      'alternateTargetGroupArn',
      'Alternate target group ARN',
      created ? 'created: <target group>-alt' : 'arn:aws:elasticloadbalancing:…:targetgroup/…',
      'Blue/green, linear and canary deployments: the target group the new tasks register with before traffic moves. Empty: the one created with the primary’s protocol, port, VPC and health check.',
    ),
    advanced(
      'productionListenerRule',
      nlb ? 'Production listener ARN' : 'Production listener rule ARN',
      created ? (nlb ? 'the route’s listener' : 'created: a rule forwarding 100/0') : nlb ? 'arn:aws:elasticloadbalancing:…:listener/net/…' : 'arn:aws:elasticloadbalancing:…:listener-rule/…',
      nlb
        ? 'The listener whose traffic the deployment shifts between the two target groups (on a Network Load Balancer, a listener ARN).'
        : 'The listener rule whose traffic the deployment shifts between the two target groups (on an Application Load Balancer, a rule ARN). Empty: a rule on the route’s listener forwarding to both groups, weighted 100 and 0.',
    ),
    advanced('testListenerRule', nlb ? 'Test listener ARN' : 'Test listener rule ARN', created ? 'from the test listener port' : 'optional', 'Sends test traffic to the new tasks before production traffic moves. Empty: the rule (or listener) of the test listener port, if set.'),
    advanced('roleArn', 'Load balancer infrastructure role ARN', 'the connected infrastructure role', 'The role ECS assumes to change the listener rules (AmazonECSInfrastructureRolePolicyForLoadBalancers). Empty: the infrastructure role connected to the service.'),
  );
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
  return field.path[0] === 'listenerPort' || field.path[0] === 'testListenerPort' ? Number(choice) : choice;
}
