import { applyIamRole } from './apply.ts';
import { roleArtifacts } from './derive.ts';
import type { NodeKind } from '../../model/design.ts';
import { freshName, str } from '../names.ts';
import type { FieldSpec, KindDerivation, KindModule } from '../types.ts';

// Joined here, so that apply (which reads what derive emits) and derive do not import each other.
const roleDerivation: KindDerivation = { derive: roleArtifacts, apply: applyIamRole };

export const ROLE_KINDS: readonly NodeKind[] = ['role-task', 'role-execution', 'role-instance', 'role-infrastructure'];

const commonFields: FieldSpec[] = [
  { path: ['roleName'], label: 'Role name', type: 'text', help: 'IAM role name (up to 64 letters, digits and +=,.@_-).' },
  { path: ['arn'], label: 'Existing role ARN', type: 'text', help: 'Use a role that already exists instead of creating one. Leave empty to have the designer generate it.' },
  { path: ['managedPolicyArns'], label: 'Managed policies', type: 'stringList', help: 'ARNs of managed policies to attach.' },
];

export const taskRoleKind: KindModule = {
  kind: 'role-task',
  label: 'Task role',
  group: 'Security',
  icon: 'role-task',
  description: 'The IAM role your application code uses to call AWS (and ECS Exec). Trusts ecs-tasks.amazonaws.com.',
  defaults: (design) => ({ roleName: freshName(design, ROLE_KINDS, 'roleName', 'app-task-role'), managedPolicyArns: [] }),
  displayName: (node) => str(node.data.roleName, 'task-role'),
  facts: () => ['task role', 'ecs-tasks.amazonaws.com'],
  fields: [...commonFields, { path: ['policyStatements'], label: 'Policy statements', type: 'json', help: 'IAM policy statements the application needs (least privilege).' }],
  accepts: ['task-role'],
  derivation: roleDerivation,
};

export const executionRoleKind: KindModule = {
  kind: 'role-execution',
  label: 'Task execution role',
  group: 'Security',
  icon: 'role-execution',
  description:
    'The IAM role the ECS agent uses to pull images, send awslogs and read secrets for the task. Its permissions are generated from what the task definitions use.',
  defaults: (design) => ({ roleName: freshName(design, ROLE_KINDS, 'roleName', 'app-task-execution-role') }),
  displayName: (node) => str(node.data.roleName, 'execution-role'),
  facts: () => ['execution role', 'ecs-tasks.amazonaws.com'],
  fields: commonFields,
  accepts: ['execution-role'],
  derivation: roleDerivation,
};

export const instanceRoleKind: KindModule = {
  kind: 'role-instance',
  label: 'Container instance role',
  group: 'Security',
  icon: 'role-instance',
  description:
    'The IAM role of EC2 container instances and Managed Instances (via an instance profile of the same name) so the ECS agent can register and run tasks.',
  defaults: (design) => ({
    roleName: freshName(design, ROLE_KINDS, 'roleName', 'ecsInstanceRole'),
    managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role'],
  }),
  displayName: (node) => str(node.data.roleName, 'instance-role'),
  facts: () => ['instance role', 'ec2.amazonaws.com'],
  fields: commonFields,
  accepts: ['instance-role'],
  derivation: roleDerivation,
};

export const infrastructureRoleKind: KindModule = {
  kind: 'role-infrastructure',
  label: 'Infrastructure role',
  group: 'Security',
  icon: 'role-infrastructure',
  description:
    'The IAM role ECS itself assumes to manage infrastructure for a service or task: EBS volumes, Service Connect TLS, Managed Instances, and load balancer changes in blue/green deployments. Trusts ecs.amazonaws.com; gets the AWS managed policy of each use it is connected to.',
  defaults: (design) => ({ roleName: freshName(design, ROLE_KINDS, 'roleName', 'ecsInfrastructureRole'), managedPolicyArns: [] }),
  displayName: (node) => str(node.data.roleName, 'infrastructure-role'),
  facts: () => ['infrastructure role', 'ecs.amazonaws.com'],
  fields: [
    ...commonFields.slice(0, 2),
    {
      path: ['managedPolicyArns'],
      label: 'Managed policies',
      type: 'stringList',
      help: 'ARNs of managed policies to attach besides the ones its connections imply (AmazonECSInfrastructureRolePolicyFor…, added on their own).',
    },
  ],
  accepts: ['infrastructure-role'],
  derivation: roleDerivation,
};
