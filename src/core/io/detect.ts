import type { Notice } from '../apply/types.ts';
import type { NodeKind } from '../model/design.ts';
import { isPlainObject, type JsonObject } from '../model/json.ts';
import type { ResourceSignature } from './detect-resource.ts';
import { describedService, isDescribedService, notAServiceInput } from './detect-service.ts';
import { describedTaskDefinition } from './detect-task-definition.ts';

export { SERVICE_READ_ONLY } from './detect-service.ts';

/** Fields `describe-task-definition` returns that RegisterTaskDefinition does not take. */
export const TASK_DEFINITION_READ_ONLY = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
] as const;

/** 'resource': another API input the designer emits, the main file of `nodeKind` (detect-resource.ts). */
export type DocumentKind = 'task-definition' | 'service' | 'cluster' | 'capacity-provider' | 'resource';

export interface DetectedDocument {
  kind: DocumentKind;
  /** The API input object, read-only fields removed. */
  content: JsonObject;
  /** JSON pointer of the object inside the file (for messages). */
  pointer: string;
  /** Fields removed because the API does not take them back (read-only describe fields). */
  dropped: string[];
  /** What else the user should know (a value left out, and why); pointers inside the file. */
  notices?: Notice[];
  /** For a 'resource': the kind of node its file is the main file of, and what it was recognised as. */
  nodeKind?: NodeKind;
  signature?: ResourceSignature;
}

export type Detection = { ok: true; documents: DetectedDocument[] } | { ok: false; error: string };

/**
 * What a pasted or dropped file holds: a RegisterTaskDefinition input, describe-task-definition
 * output, a CreateService input, describe-services / create-service output, a CreateCluster input
 * or a CreateCapacityProvider input with an Auto Scaling group.
 */
export function detectDocuments(value: unknown): Detection {
  if (Array.isArray(value)) return { ok: false, error: 'expected a JSON object, found a list' };
  if (!isPlainObject(value)) return { ok: false, error: `expected a JSON object, found ${value === null ? 'null' : typeof value}` };
  if (isPlainObject(value.taskDefinition) && !('serviceName' in value)) {
    const { content, notices } = describedTaskDefinition(value, value.taskDefinition);
    const doc = taskDefinition(content, '/taskDefinition');
    return { ok: true, documents: [notices.length ? { ...doc, notices } : doc] };
  }
  if ('containerDefinitions' in value) return { ok: true, documents: [taskDefinition(value, '')] };
  if (Array.isArray(value.services)) {
    const docs = value.services.map((s, i) => (isPlainObject(s) ? service(s, `/services/${i}`) : undefined));
    if (!docs.length) return { ok: false, error: 'the "services" list is empty' };
    if (docs.some((d) => !d)) return { ok: false, error: 'every entry of "services" must be an object' };
    return { ok: true, documents: docs as DetectedDocument[] };
  }
  if (isPlainObject(value.service)) return { ok: true, documents: [service(value.service, '/service')] };
  if (typeof value.serviceName === 'string') return { ok: true, documents: [serviceInput(value)] };
  // A CreateService input without serviceName: CodeDeploy pipelines pass the name on the
  // command line (aws ecs create-service --service-name … --cli-input-json file://…).
  const notService = 'taskDefinition' in value ? notAServiceInput(value) : undefined;
  if ('taskDefinition' in value && !notService) return { ok: true, documents: [serviceInput(value)] };
  if (typeof value.clusterName === 'string' && !('clusterArn' in value)) {
    return { ok: true, documents: [{ kind: 'cluster', content: value, pointer: '', dropped: [] }] };
  }
  // An Auto Scaling group capacity provider is what an EC2 capacity node emits, a Managed Instances one a Managed Instances node.
  if (typeof value.name === 'string' && (isPlainObject(value.autoScalingGroupProvider) || isPlainObject(value.managedInstancesProvider))) {
    return { ok: true, documents: [{ kind: 'capacity-provider', content: value, pointer: '', dropped: [] }] };
  }
  const expected =
    'expected containerDefinitions, serviceName, taskDefinition with service fields, clusterName, or name and autoScalingGroupProvider or managedInstancesProvider for a capacity provider';
  return { ok: false, error: `not a task definition, service or cluster (${notService ? `not a service: ${notService}; ` : ''}${expected})` };
}

function taskDefinition(raw: JsonObject, pointer: string): DetectedDocument {
  const content: JsonObject = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if ((TASK_DEFINITION_READ_ONLY as readonly string[]).includes(key)) dropped.push(key);
    else content[key] = value;
  }
  return { kind: 'task-definition', content, pointer, dropped };
}

/** A top-level service object: a CreateService input, or one service of describe output pasted on its own. */
function serviceInput(value: JsonObject): DetectedDocument {
  return isDescribedService(value) ? service(value, '') : { kind: 'service', content: value, pointer: '', dropped: [] };
}

function service(raw: JsonObject, pointer: string): DetectedDocument {
  const { content, dropped, notices } = describedService(raw, pointer);
  return notices.length ? { kind: 'service', content, pointer, dropped, notices } : { kind: 'service', content, pointer, dropped };
}
