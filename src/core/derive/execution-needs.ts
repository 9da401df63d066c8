import { emittedContainers } from '../kinds/container/emit.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../model/json.ts';
import type { DeriveContext } from './context.ts';

const objects = (list: JsonValue | undefined): JsonObject[] => (Array.isArray(list) ? list.filter(isPlainObject) : []);

/**
 * What a task definition asks of its execution role (ECS_RULES §5.2): private ECR pulls,
 * awslogs, secrets, private registry credentials, environment files. Read from the
 * container definitions as they will be emitted.
 */
export interface ExecutionNeeds {
  ecrRepositories: string[]; // repository ARNs
  logGroups: Array<{ group: string; region: string; createGroup: boolean }>;
  secretsManager: string[]; // secret ARNs (without JSON key / version suffixes) or names
  ssmParameters: string[]; // parameter ARNs or names
  s3Objects: string[]; // environment file object ARNs
}

const ECR_IMAGE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)/;

export function ecrRepositoryArn(image: string): string | undefined {
  const m = ECR_IMAGE.exec(image);
  if (!m) return undefined;
  const partition = image.includes('.amazonaws.com.cn/') ? 'aws-cn' : 'aws';
  return `arn:${partition}:ecr:${m[2]}:${m[1]}:repository/${m[3]}`;
}

/** `arn:aws:secretsmanager:r:a:secret:name-AbCdEf:json-key:stage:version` → the secret ARN. */
export function secretArnOf(valueFrom: string): string {
  const parts = valueFrom.split(':');
  return parts.length > 7 ? parts.slice(0, 7).join(':') : valueFrom;
}

export function executionNeeds(containers: readonly JsonObject[], defaultRegion: string): ExecutionNeeds {
  const needs: ExecutionNeeds = { ecrRepositories: [], logGroups: [], secretsManager: [], ssmParameters: [], s3Objects: [] };
  const addSecret = (valueFrom: unknown) => {
    if (typeof valueFrom !== 'string' || !valueFrom) return;
    if (valueFrom.startsWith('arn:') && valueFrom.split(':')[2] === 'secretsmanager') {
      needs.secretsManager.push(secretArnOf(valueFrom));
    } else {
      needs.ssmParameters.push(valueFrom);
    }
  };
  for (const c of containers) {
    if (typeof c.image === 'string') {
      const repo = ecrRepositoryArn(c.image);
      if (repo) needs.ecrRepositories.push(repo);
    }
    // Imported and hand-edited files can hold anything at each of these places (API-SHAPE
    // reports it): only objects and arrays of the documented form are read.
    const log = isPlainObject(c.logConfiguration) ? c.logConfiguration : undefined;
    const options = isPlainObject(log?.options) ? log.options : undefined;
    const group = options?.['awslogs-group'];
    if (log?.logDriver === 'awslogs' && typeof group === 'string' && group) {
      const region = options?.['awslogs-region'];
      needs.logGroups.push({ group, region: typeof region === 'string' ? region : defaultRegion, createGroup: options?.['awslogs-create-group'] === 'true' });
    }
    for (const s of objects(log?.secretOptions)) addSecret(s.valueFrom);
    for (const s of objects(c.secrets)) addSecret(s.valueFrom);
    const creds = isPlainObject(c.repositoryCredentials) ? c.repositoryCredentials : undefined;
    if (typeof creds?.credentialsParameter === 'string' && creds.credentialsParameter) needs.secretsManager.push(secretArnOf(creds.credentialsParameter));
    for (const f of objects(c.environmentFiles)) {
      if (typeof f.value === 'string') needs.s3Objects.push(f.value);
    }
  }
  needs.ecrRepositories = unique(needs.ecrRepositories);
  needs.secretsManager = unique(needs.secretsManager);
  needs.ssmParameters = unique(needs.ssmParameters);
  needs.s3Objects = unique(needs.s3Objects);
  return needs;
}

/**
 * The needs of one task definition's containers as emitted. Shared per pass: the task
 * definition asks whether it implies an execution role, the role what its policy grants.
 */
export function taskDefinitionNeeds(taskDefinitionId: string, ctx: DeriveContext): ExecutionNeeds {
  return ctx.shared(TD_NEEDS, taskDefinitionId, () => executionNeeds(emittedContainers(taskDefinitionId, ctx).definitions, ctx.region));
}

const TD_NEEDS = Symbol('task definition execution needs');

/** The needs of several task definitions' containers together: what executionNeeds() gives for all their containers. */
export function mergedNeeds(list: readonly ExecutionNeeds[]): ExecutionNeeds {
  if (list.length === 1) return list[0]!;
  const all = <T>(pick: (n: ExecutionNeeds) => T[]): T[] => list.flatMap(pick);
  return {
    ecrRepositories: unique(all((n) => n.ecrRepositories)),
    logGroups: all((n) => n.logGroups),
    secretsManager: unique(all((n) => n.secretsManager)),
    ssmParameters: unique(all((n) => n.ssmParameters)),
    s3Objects: unique(all((n) => n.s3Objects)),
  };
}

export function needsExecutionRole(needs: ExecutionNeeds): boolean {
  return (
    needs.ecrRepositories.length > 0 ||
    needs.logGroups.length > 0 ||
    needs.secretsManager.length > 0 ||
    needs.ssmParameters.length > 0 ||
    needs.s3Objects.length > 0
  );
}

/** The values without repeats, in first-seen order. */
export function unique(values: string[]): string[] {
  // Most task definitions have no such needs, or one: no Set for those.
  return values.length < 2 ? values : [...new Set(values)];
}
