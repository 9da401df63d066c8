import type { Notice } from '../apply/types.ts';
import { ECS_SHAPES } from '../generated/ecs-model.gen.ts';
import type { JsonObject } from '../model/json.ts';

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

/** A service as detected: the CreateService input, what was left out and why. */
export interface DetectedService {
  content: JsonObject;
  /** Read-only fields left out (CreateService has no such field). */
  dropped: string[];
  /** Values kept or left out for a reason the user should read, pointers inside the file. */
  notices: Notice[];
}

/**
 * Keys of RunTask / StartTask and CreateTaskSet inputs that CreateService does not have:
 * a file with one of them also names a taskDefinition and a cluster, but is not a service.
 */
const OTHER_INPUT_KEYS = ['count', 'group', 'overrides', 'startedBy', 'referenceId', 'containerInstances', 'service', 'externalId', 'scale'];

/**
 * CreateService members that mark a file as a service when `serviceName` is missing
 * (CodeDeploy pipelines give the name on the command line): everything but the name, the
 * task definition itself, and what any tagged request has.
 */
const SERVICE_FIELDS = (ECS_SHAPES.CreateServiceRequest?.members ?? [])
  .map(([name]) => name)
  .filter((name) => !['serviceName', 'taskDefinition', 'tags', 'clientToken'].includes(name));

/** Why an object naming a taskDefinition is not taken as a service, or undefined when it is one. */
export function notAServiceInput(value: JsonObject): string | undefined {
  if (typeof value.taskDefinition !== 'string') return 'its taskDefinition is not a text (family, family:revision or ARN)';
  const other = OTHER_INPUT_KEYS.filter((key) => key in value);
  if (other.length) return `it has ${other.join(', ')}, which a RunTask, StartTask or CreateTaskSet input has and CreateService does not`;
  if (!SERVICE_FIELDS.some((key) => key in value)) return 'it names a taskDefinition but no service field (cluster, desiredCount, launchType, …)';
  return undefined;
}

/** True when the object carries fields only describe-services (or create-service output) returns. */
export function isDescribedService(value: JsonObject): boolean {
  return SERVICE_READ_ONLY.some((key) => key in value);
}

/**
 * One service of `describe-services` (or create-service output) → its CreateService input.
 * `clusterArn` becomes `cluster` as it is (CreateService takes the ARN, and the design must
 * give back what it was given); `roleArn` becomes `role`, except the ECS service-linked
 * role, which ECS uses by itself and CreateService refuses as a role for awsvpc services.
 */
export function describedService(raw: JsonObject, pointer: string): DetectedService {
  const content: JsonObject = {};
  const dropped: string[] = [];
  const notices: Notice[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if ((SERVICE_READ_ONLY as readonly string[]).includes(key)) dropped.push(key);
    else content[key] = value;
  }
  const keep = (from: string, to: string) => {
    content[to] = raw[from]!;
    dropped.splice(dropped.indexOf(from), 1);
  };
  if (typeof raw.clusterArn === 'string' && content.cluster === undefined) keep('clusterArn', 'cluster');
  if (typeof raw.roleArn === 'string' && content.role === undefined) {
    if (!isServiceLinkedRole(raw.roleArn)) keep('roleArn', 'role');
    else {
      dropped.splice(dropped.indexOf('roleArn'), 1);
      notices.push({
        level: 'info',
        pointer: `${pointer}/roleArn`,
        message:
          `Left out roleArn ${raw.roleArn}: it is the ECS service-linked role, which ECS uses by itself when a service gives no role ` +
          '(CreateService refuses it as the role of an awsvpc service), so the service is created with the same role without it',
      });
    }
  }
  return { content, dropped, notices };
}

/** `arn:aws:iam::<account>:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS` and the like. */
export function isServiceLinkedRole(arn: string): boolean {
  return arn.includes(':role/aws-service-role/');
}
