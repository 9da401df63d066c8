import { DeriveContext } from '../derive/context.ts';
import { executionNeeds, needsExecutionRole, taskDefinitionNeeds } from '../derive/execution-needs.ts';
import { accessLevel } from '../derive/task-role-access.ts';
import { emittedContainers } from '../kinds/container/emit.ts';
import { INFRASTRUCTURE_USES } from '../kinds/iam-role/infrastructure-uses.ts';
import { KINDS } from '../kinds/registry.ts';
import type { Design, DesignNode, RelationKind } from '../model/design.ts';
import type { DesignIndex } from '../model/graph.ts';

/**
 * Which role does what in *this* design (issue 11, the Learn panel): read from the roles'
 * connections and from what derive grants them (derive/iam-policies.ts), so the sentences
 * say what the exported roles really allow. Plain data: the UI links the nodes named.
 */
export interface RoleUse {
  text: string;
  /** The nodes the sentence is about, for the UI to offer selecting them. */
  nodeIds: readonly string[];
}

export interface RoleStory {
  heading: string;
  uses: RoleUse[];
}

const name = (node: DesignNode): string => KINDS[node.kind].displayName(node) || KINDS[node.kind].label;
const list = (items: readonly string[]): string => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const repoName = (arn: string): string => arn.replace(/^.*:repository\//, '');
const lastPart = (value: string, marker: string): string => (value.includes(marker) ? value.slice(value.indexOf(marker) + marker.length) : value);

const ROLE_RELATION: Partial<Record<DesignNode['kind'], RelationKind>> = {
  'role-task': 'task-role',
  'role-execution': 'execution-role',
  'role-instance': 'instance-role',
  'role-infrastructure': 'infrastructure-role',
};

/** What a role node does here; undefined for a node that is not a role. */
export function roleInDesign(design: Design, roleId: string): RoleStory | undefined {
  const ctx = new DeriveContext(design);
  const role = ctx.index.node(roleId);
  const relation = role && ROLE_RELATION[role.kind];
  if (!role || !relation) return undefined;
  const users = ctx.index.targets(role.id, relation);
  const heading = `What ${name(role)} does in this design`;
  if (!users.length) {
    return { heading, uses: [{ text: `Nothing uses it yet: connect it to ${relation === 'instance-role' ? 'an EC2 or Managed Instances capacity' : relation === 'infrastructure-role' ? 'a service or standalone task' : 'a task definition'} to give it a job.`, nodeIds: [] }] };
  }
  const uses =
    role.kind === 'role-execution'
      ? users.flatMap((td) => [
          { text: `It is the execution role of ${name(td)}: ECS and its agent use it to start that task definition's tasks, not the application.`, nodeIds: [td.id] },
          ...executionUses(td, ctx),
        ])
      : role.kind === 'role-task'
        ? users.flatMap((td) => {
            const jobs = taskRoleUses(td, ctx.index);
            const lead = `It is the task role of ${name(td)}: the application in its containers calls AWS with these credentials`;
            return [{ text: jobs.length ? `${lead}.` : `${lead}; nothing in the design grants it access to anything yet (draw "accesses" connections or add policy statements).`, nodeIds: [td.id] }, ...jobs];
          })
        : role.kind === 'role-instance'
          ? users.map((capacity) => instanceRoleUse(capacity, ctx.index))
          : users.map((user) => infrastructureUse(user, ctx.index));
  if (role.kind === 'role-task' && Array.isArray(role.data.policyStatements) && role.data.policyStatements.length) {
    uses.push({ text: `It also carries ${role.data.policyStatements.length} statement(s) of its own (Policy statements in the inspector).`, nodeIds: [role.id] });
  }
  return { heading, uses };
}

/** Which of a task definition's roles is which, and what each does for it. */
export function rolesOfTaskDefinition(design: Design, taskDefinitionId: string): RoleStory | undefined {
  const ctx = new DeriveContext(design);
  const td = ctx.index.node(taskDefinitionId);
  if (!td || td.kind !== 'task-definition') return undefined;
  const [taskRole] = ctx.index.sources(td.id, 'task-role');
  const [executionRole] = ctx.index.sources(td.id, 'execution-role');
  const uses: RoleUse[] = [];
  if (executionRole) {
    const jobs = executionUses(td, ctx);
    uses.push({
      text: `Execution role: ${name(executionRole)}. ECS (not your code) uses it to start the tasks${jobs.length ? `. ${jobs.map((j) => j.text).join(' ')}` : ': nothing in this task definition needs it yet.'}`,
      nodeIds: [executionRole.id],
    });
  } else if (needsExecutionRole(taskDefinitionNeeds(td.id, ctx))) {
    uses.push({ text: 'No execution role is connected, but the containers need one (an ECR image, awslogs, secrets or environment files): connect an execution role, or the tasks cannot start.', nodeIds: [] });
  } else {
    uses.push({ text: 'No execution role: none is needed, as no container pulls from private ECR, logs with awslogs or reads secrets.', nodeIds: [] });
  }
  if (taskRole) {
    const jobs = taskRoleUses(td, ctx.index);
    uses.push({
      text: `Task role: ${name(taskRole)}. The application in the containers calls AWS with it.${jobs.length ? ` ${jobs.map((j) => j.text).join(' ')}` : ' Nothing in the design grants it access to anything yet.'}`,
      nodeIds: [taskRole.id],
    });
  } else {
    uses.push({ text: 'No task role: the containers get no AWS credentials of their own, so the application cannot call AWS APIs.', nodeIds: [] });
  }
  return { heading: `The roles of ${name(td)}`, uses };
}

/** Per container, what the execution role fetches or writes for it (the grants of executionRoleStatements). */
function executionUses(td: DesignNode, ctx: DeriveContext): RoleUse[] {
  const uses: RoleUse[] = [];
  const containers = ctx.index.sources(td.id, 'contains');
  for (const def of emittedContainers(td.id, ctx).definitions) {
    const needs = executionNeeds([def], ctx.region);
    const containerName = typeof def.name === 'string' ? def.name : 'a container';
    const node = containers.find((c) => c.data.name === def.name);
    const ids = node ? [node.id] : [td.id];
    const parts: string[] = [];
    if (needs.ecrRepositories.length) parts.push(`pulls its image from ECR repository ${list(needs.ecrRepositories.map(repoName))}`);
    if (needs.logGroups.length) parts.push(`sends its logs to CloudWatch log group ${list(needs.logGroups.map((g) => g.group))}${needs.logGroups.some((g) => g.createGroup) ? ' (creating the group if needed)' : ''}`);
    if (needs.secretsManager.length) parts.push(`reads secret ${list(needs.secretsManager.map((s) => lastPart(s, ':secret:')))} from Secrets Manager`);
    if (needs.ssmParameters.length) parts.push(`reads parameter ${list(needs.ssmParameters.map((p) => lastPart(p, ':parameter/')))} from SSM Parameter Store`);
    if (needs.s3Objects.length) parts.push(`loads environment file ${list(needs.s3Objects.map((o) => lastPart(o, ':::')))} from S3`);
    if (parts.length) uses.push({ text: `Container ${containerName} of ${name(td)}: it ${list(parts)}.`, nodeIds: ids });
  }
  return uses;
}

const ACCESS_WORDS = { read: 'reads', write: 'writes to', 'read-write': 'reads and writes' } as const;
const TOPIC_WORDS = { read: 'reads', write: 'publishes to', 'read-write': 'publishes to' } as const;

/** What the application of a task definition does with its task role: its "accesses" and IAM-authorised mounts. */
function taskRoleUses(td: DesignNode, index: DesignIndex): RoleUse[] {
  const uses: RoleUse[] = [];
  for (const edge of index.outgoing(td.id, 'accesses')) {
    const target = index.node(edge.target);
    if (!target) continue;
    const level = accessLevel(edge, target.kind);
    const verb = target.kind === 'sns-topic' ? TOPIC_WORDS[level] : ACCESS_WORDS[level];
    uses.push({ text: `The application of ${name(td)} ${verb} ${KINDS[target.kind].label} ${name(target)}.`, nodeIds: [target.id] });
  }
  for (const edge of index.outgoing(td.id, 'mounts')) {
    const target = index.node(edge.target);
    if (!target || edge.data?.iam !== 'ENABLED') continue;
    uses.push({ text: `${name(td)} mounts file system ${name(target)} with IAM authorisation (elasticfilesystem:ClientMount).`, nodeIds: [target.id] });
  }
  return uses;
}

function instanceRoleUse(capacity: DesignNode, index: DesignIndex): RoleUse {
  const clusters = index.targets(capacity.id, 'in-cluster');
  const where = clusters.length ? `cluster ${list(clusters.map(name))}` : 'a cluster (connect the capacity to one)';
  return {
    text: `The ECS agent on the instances of ${name(capacity)} uses it (through their instance profile) to register them with ${where} and to report task state${capacity.kind === 'capacity-ec2' ? '; tasks there without an execution role pull images and send logs with it too' : ''}.`,
    nodeIds: [capacity.id, ...clusters.map((c) => c.id)],
  };
}

function infrastructureUse(user: DesignNode, index: DesignIndex): RoleUse {
  const jobs = INFRASTRUCTURE_USES.filter((use) => use.usedBy(user, index)).map((use) => use.label);
  return {
    text: jobs.length
      ? `ECS uses it on behalf of ${name(user)} for ${list(jobs)}.`
      : `It is connected to ${name(user)}, but nothing there needs it yet (EBS volumes at launch, Service Connect TLS, blue/green deployments or Managed Instances do).`,
    nodeIds: [user.id],
  };
}
