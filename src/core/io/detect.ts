import { isPlainObject, type JsonObject } from '../model/json.ts';

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

/** Fields `describe-services` returns that CreateService does not take. */
export const SERVICE_READ_ONLY = [
  'serviceArn',
  'clusterArn',
  'status',
  'runningCount',
  'pendingCount',
  'taskSets',
  'deployments',
  'events',
  'createdAt',
  'createdBy',
  'platformFamily',
  'roleArn',
  'currentServiceDeployment',
  'currentServiceRevisions',
  'resourceManagementType',
] as const;

export type DocumentKind = 'task-definition' | 'service' | 'cluster' | 'capacity-provider';

export interface DetectedDocument {
  kind: DocumentKind;
  /** The API input object, read-only fields removed. */
  content: JsonObject;
  /** JSON pointer of the object inside the file (for messages). */
  pointer: string;
  /** Fields removed because the API does not take them back (read-only describe fields). */
  dropped: string[];
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
    const content: JsonObject = { ...value.taskDefinition };
    if (Array.isArray(value.tags) && value.tags.length && content.tags === undefined) content.tags = value.tags;
    return { ok: true, documents: [taskDefinition(content, '/taskDefinition')] };
  }
  if ('containerDefinitions' in value) return { ok: true, documents: [taskDefinition(value, '')] };
  if (Array.isArray(value.services)) {
    const docs = value.services.map((s, i) => (isPlainObject(s) ? describedService(s, `/services/${i}`) : undefined));
    if (!docs.length) return { ok: false, error: 'the "services" list is empty' };
    if (docs.some((d) => !d)) return { ok: false, error: 'every entry of "services" must be an object' };
    return { ok: true, documents: docs as DetectedDocument[] };
  }
  if (isPlainObject(value.service)) return { ok: true, documents: [describedService(value.service, '/service')] };
  if (typeof value.serviceName === 'string') {
    if ('serviceArn' in value) return { ok: true, documents: [describedService(value, '')] };
    return { ok: true, documents: [{ kind: 'service', content: value, pointer: '', dropped: [] }] };
  }
  if (typeof value.clusterName === 'string' && !('clusterArn' in value)) {
    return { ok: true, documents: [{ kind: 'cluster', content: value, pointer: '', dropped: [] }] };
  }
  // An Auto Scaling group capacity provider is what an EC2 capacity node emits.
  if (typeof value.name === 'string' && isPlainObject(value.autoScalingGroupProvider)) {
    return { ok: true, documents: [{ kind: 'capacity-provider', content: value, pointer: '', dropped: [] }] };
  }
  return {
    ok: false,
    error:
      'not a task definition, service or cluster (expected containerDefinitions, serviceName, clusterName, or name and autoScalingGroupProvider for a capacity provider)',
  };
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

function describedService(raw: JsonObject, pointer: string): DetectedDocument {
  const content: JsonObject = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if ((SERVICE_READ_ONLY as readonly string[]).includes(key)) dropped.push(key);
    else content[key] = value;
  }
  // describe-services names the cluster by ARN; CreateService takes its name.
  if (typeof raw.clusterArn === 'string' && content.cluster === undefined) {
    content.cluster = raw.clusterArn.slice(raw.clusterArn.lastIndexOf('/') + 1);
  }
  // The legacy load balancer role comes back as roleArn; CreateService calls it role. For
  // awsvpc services it is the service-linked role, which CreateService must not be given.
  if (typeof raw.roleArn === 'string' && content.role === undefined && !isServiceLinkedRole(raw.roleArn)) {
    content.role = raw.roleArn;
  }
  return { kind: 'service', content, pointer, dropped };
}

function isServiceLinkedRole(arn: string): boolean {
  return arn.includes(':role/aws-service-role/');
}
