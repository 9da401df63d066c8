import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { pointer, type JsonObject } from '../../model/json.ts';
import { canonicalizeLayers } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { taskDefinitionNeeds, type ExecutionNeeds } from '../../derive/execution-needs.ts';
import { buildRoleArtifactContent } from '../../derive/iam-policies.ts';
import { hasAccesses } from '../../derive/task-role-access.ts';
import { parseCpuUnits, parseMemoryMiB, smallestFargateSize } from '../../derive/fargate-sizes.ts';
import { textOf } from '../../model/text.ts';
import { emittedContainers } from '../container/emit.ts';
import { emittedVolumes } from '../efs-file-system/volumes.ts';
import { attachedVolume, taskDefinitionVolume } from '../ebs-volume/derive.ts';

/** Fields that come from relations rather than from the node's own data. */
export const TD_RELATION_FIELDS = ['taskRoleArn', 'executionRoleArn', 'containerDefinitions'] as const;

/**
 * What the design implies for a task definition when the node leaves a field unset
 * (ARCHITECTURE principle 5): compatibilities and network mode from the capacity that runs
 * it, a valid Fargate size from its containers, an execution role when awslogs, secrets or
 * private ECR need one.
 */
export interface TaskDefinitionImplied {
  fields: JsonObject;
  /** Name of an execution role the design does not draw but the task needs. */
  impliedExecutionRole?: string;
  /** Name of a task role the design does not draw but the task's "accesses" connections need. */
  impliedTaskRole?: string;
}

export function impliedTaskDefinition(td: DesignNode, containers: readonly JsonObject[], ctx: DeriveContext): TaskDefinitionImplied {
  // Only what AWS requires is implied: a valid definition imported as it is must export
  // unchanged, so nothing that is merely a good default may appear here.
  const data = td.data;
  const targets = ctx.taskDefinitionTargets(td.id);
  const fields: JsonObject = {};
  // ECS checks a definition for Fargate or Managed Instances only when it lists them (SVC-COMPAT).
  if (targets.includes('FARGATE') || targets.includes('MANAGED_INSTANCES')) fields.requiresCompatibilities = [...targets];
  const compat = Array.isArray(data.requiresCompatibilities) ? (data.requiresCompatibilities as string[]) : targets;
  const fargate = compat.includes('FARGATE');
  // Managed Instances take awsvpc or host and no default (NET-MI): awsvpc, as on Fargate.
  if (compat.includes('MANAGED_INSTANCES')) fields.networkMode = 'awsvpc';
  if (fargate) {
    fields.networkMode = 'awsvpc';
    const os = (data.runtimePlatform as { operatingSystemFamily?: string } | undefined)?.operatingSystemFamily;
    const size = smallestFargateSize({
      minCpu: sum(containers, (c) => num(c.cpu)),
      minMemory: sum(containers, (c) => num(c.memoryReservation) ?? num(c.memory)),
      fixedCpu: parseCpuUnits(data.cpu),
      fixedMemory: parseMemoryMiB(data.memory),
      windows: os !== undefined && os !== 'LINUX',
    });
    if (size) {
      fields.cpu = String(size.cpu);
      fields.memory = String(size.memory);
    }
  }
  const result: TaskDefinitionImplied = { fields };
  const hasExecutionRole = ctx.index.incoming(td.id, 'execution-role').length > 0 || typeof data.executionRoleArn === 'string';
  if (!hasExecutionRole && executionRoleRequired(taskDefinitionNeeds(td.id, ctx), fargate || compat.includes('EXTERNAL'))) {
    result.impliedExecutionRole = ctx.impliedExecutionRoleName(textOf(data.family ?? td.id));
    fields.executionRoleArn = `arn:aws:iam::${ctx.accountId}:role/${result.impliedExecutionRole}`;
  }
  // Connections to buckets, tables, queues or topics need a task role, implied like the execution role (IAM-TASK-ACCESS).
  const hasTaskRole = ctx.index.incoming(td.id, 'task-role').length > 0 || data.taskRoleArn !== undefined;
  if (!hasTaskRole && hasAccesses(td, ctx)) {
    result.impliedTaskRole = ctx.impliedTaskRoleName(textOf(data.family ?? td.id));
    fields.taskRoleArn = `arn:aws:iam::${ctx.accountId}:role/${result.impliedTaskRole}`;
  }
  return result;
}

/**
 * Secrets, registry credentials and environment files always need an execution role;
 * awslogs and private ECR pulls need one on Fargate and EXTERNAL (on EC2 the instance role
 * can serve) — LOG-AWSLOGS-ROLE-FG, SEC-ROLE, REG-ECR-FG, ENVF-ROLE.
 */
export function executionRoleRequired(needs: ExecutionNeeds, fargateOrExternal: boolean): boolean {
  if (needs.secretsManager.length || needs.ssmParameters.length || needs.s3Objects.length) return true;
  return fargateOrExternal && (needs.logGroups.length > 0 || needs.ecrRepositories.length > 0);
}

export interface TaskDefinitionContent {
  content: JsonObject;
  containers: DesignNode[];
  implied: TaskDefinitionImplied;
}

/**
 * The RegisterTaskDefinition input of a task definition node. Shared per pass: the roles
 * a rule or schedule passes are read from it too (standalone-task/target.ts).
 */
export function taskDefinitionContent(td: DesignNode, ctx: DeriveContext): TaskDefinitionContent {
  return ctx.shared(TD_CONTENT, td.id, () => buildTaskDefinitionContent(td, ctx));
}

const TD_CONTENT = Symbol('task definition content');

function buildTaskDefinitionContent(td: DesignNode, ctx: DeriveContext): TaskDefinitionContent {
  // No copies here: nothing below mutates data, and the emitted objects share what needs no change with it.
  const { nodes: containers, definitions: containerData } = emittedContainers(td.id, ctx);
  const implied = impliedTaskDefinition(td, containerData, ctx);
  const related: JsonObject = {}; // what the relations stand for: laid over the data, which lies over implied.fields
  const taskRole = ctx.index.source(td.id, 'task-role');
  if (taskRole) related.taskRoleArn = ctx.roleArn(taskRole);
  const executionRole = ctx.index.source(td.id, 'execution-role');
  if (executionRole) related.executionRoleArn = ctx.roleArn(executionRole);
  related.containerDefinitions = containerData;
  const volumes = emittedVolumes(td, ctx); // file system relations
  const ebs = attachedVolume(td, ctx); // the volume configured at launch, after the others
  if (ebs) related.volumes = [...(volumes ?? (Array.isArray(td.data.volumes) ? td.data.volumes : [])), taskDefinitionVolume(ebs)];
  else if (volumes) related.volumes = volumes;
  return { content: canonicalizeLayers('RegisterTaskDefinitionRequest', td.data, related, implied.fields), containers, implied };
}

/** The task definition's RegisterTaskDefinition file, and the execution role it implies when none is drawn. */
export function taskDefinitionArtifacts(td: DesignNode, ctx: DeriveContext): Artifact[] {
  const { content, containers, implied } = taskDefinitionContent(td, ctx);
  const family = safeSegment(td.data.family, td.id);
  const artifacts: Artifact[] = [
    {
      path: `task-definitions/${family}.json`,
      type: 'task-definition',
      nodeId: td.id,
      title: textOf(td.data.family ?? td.id),
      content,
      owners: [
        { pointer: '', nodeId: td.id },
        ...containers.map((c, i) => ({ pointer: pointer('containerDefinitions', i), nodeId: c.id })),
        ...attachedVolumeOwner(td, content, ctx),
      ],
    },
  ];
  if (implied.impliedExecutionRole) {
    artifacts.push({
      path: `iam-roles/${safeSegment(implied.impliedExecutionRole, td.id)}.json`,
      type: 'iam-role',
      nodeId: td.id,
      title: implied.impliedExecutionRole,
      content: buildRoleArtifactContent(ctx, {
        roleName: implied.impliedExecutionRole,
        kind: 'role-execution',
        taskDefinitions: [td],
      }),
      owners: [{ pointer: '', nodeId: td.id }],
      implied: true,
    });
  }
  if (implied.impliedTaskRole) {
    artifacts.push({
      path: `iam-roles/${safeSegment(implied.impliedTaskRole, td.id)}.json`,
      type: 'iam-role',
      nodeId: td.id,
      title: implied.impliedTaskRole,
      content: buildRoleArtifactContent(ctx, { roleName: implied.impliedTaskRole, kind: 'role-task', taskDefinitions: [td] }),
      owners: [{ pointer: '', nodeId: td.id }],
      implied: true,
    });
  }
  return artifacts;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function sum<T>(items: readonly T[], f: (item: T) => number | undefined): number {
  return items.reduce((acc, item) => acc + (f(item) ?? 0), 0);
}

/** The EBS volume owns the last entry of volumes, where derive put it. */
function attachedVolumeOwner(td: DesignNode, content: JsonObject, ctx: DeriveContext): Array<{ pointer: string; nodeId: string }> {
  const ebs = attachedVolume(td, ctx);
  return ebs && Array.isArray(content.volumes) ? [{ pointer: pointer('volumes', content.volumes.length - 1), nodeId: ebs.id }] : [];
}
