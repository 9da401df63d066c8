import { api, GUIDE } from '../doc-pages.ts';
import type { DocLink, Explanation, KindExplanation } from '../types.ts';

/** Role name, existing ARN and managed policies mean the same for each role kind; the role's job differs. */
function roleFields(job: string, typicalPolicy: string, doc: DocLink): Record<string, Explanation> {
  return {
    roleName: {
      what: `The IAM role’s name, up to 64 characters, for the role that ${job}.`,
      why: 'Readable names make CloudTrail entries and policies easy to follow; the name is part of the role ARN that ECS receives.',
      ecs: 'The designer creates the role with this name when no existing ARN is given; IAM role names are unique per account and case-insensitive.',
      doc: api('iam', 'CreateRole'),
    },
    arn: {
      what: 'The ARN of a role that exists already; when set, the designer uses it instead of creating a role.',
      why: 'Shared roles are often managed by a platform team; pointing at them keeps one source of truth for their permissions.',
      ecs: 'ECS is given this ARN as is; the role must trust the right service principal, or ECS cannot assume it and the call fails.',
      doc,
    },
    managedPolicyArns: {
      what: `AWS managed or customer managed policies attached to the role, for example ${typicalPolicy}.`,
      why: 'Managed policies are the quick way to grant a standard set of permissions; broad ones grant more than the design needs.',
      ecs: 'IAM evaluates the attached policies whenever the role’s temporary credentials are used.',
      doc: api('iam', 'AttachRolePolicy'),
    },
  };
}

export const roleTaskExplanation: KindExplanation = {
  kind: 'role-task',
  what: 'The task role: the IAM role the application code inside the containers uses to call AWS, for example to read an S3 bucket or send to an SQS queue.',
  why: 'It gives each task definition just the permissions its code needs, with no keys stored in the image or the environment.',
  ecs: 'ECS delivers the role’s temporary credentials to the containers through a credentials endpoint that the AWS SDKs find on their own; the role must trust ecs-tasks.amazonaws.com.',
  doc: GUIDE.taskRole,
  fields: {
    ...roleFields('the application in the task’s containers uses', 'AmazonS3ReadOnlyAccess', GUIDE.taskRole),
    policyStatements: {
      what: 'Inline policy statements (effect, actions, resources) written for this task role.',
      why: 'Statements scoped to the exact resources in the design (this bucket, this queue) follow least privilege, unlike broad managed policies.',
      ecs: 'The designer puts the statements into an inline policy of the role; IAM applies them to every call the task’s code makes with the role.',
      doc: api('iam', 'PutRolePolicy'),
    },
  },
};

export const roleExecutionExplanation: KindExplanation = {
  kind: 'role-execution',
  what: 'The task execution role: the IAM role the ECS agent or Fargate uses on the task’s behalf before and around the containers, not the application itself.',
  why: 'It is needed to pull private images from ECR, send logs to CloudWatch with awslogs, read secrets and environment files; without it those tasks fail to start.',
  ecs: 'ECS assumes the role (it must trust ecs-tasks.amazonaws.com) to pull images, create log streams, fetch secrets and download environment files when the task starts.',
  doc: GUIDE.taskExecutionRole,
  fields: roleFields('ECS uses to pull images, write logs and read secrets', 'AmazonECSTaskExecutionRolePolicy', GUIDE.taskExecutionRole),
};

export const roleInstanceExplanation: KindExplanation = {
  kind: 'role-instance',
  what: 'The container instance role: the IAM role of the EC2 instances (through their instance profile) that the ECS agent uses to register the instance and report on its tasks.',
  why: 'Instances without it never join the cluster; tasks on the instance can also reach it through the instance metadata unless that is blocked, so keep it minimal.',
  ecs: 'The agent uses the role to call ECS (register, poll for tasks, submit state changes); it must trust ec2.amazonaws.com and is attached through an instance profile.',
  doc: GUIDE.instanceRole,
  fields: roleFields('the ECS agent on the instances uses', 'AmazonEC2ContainerServiceforEC2Role', GUIDE.instanceRole),
};

export const roleInfrastructureExplanation: KindExplanation = {
  kind: 'role-infrastructure',
  what: 'The infrastructure role: an IAM role ECS assumes to manage AWS resources for you, such as EBS volumes attached to tasks or ECS Managed Instances.',
  why: 'Features that create infrastructure on your behalf need it; without it tasks with EBS volumes or managed instance capacity cannot start.',
  ecs: 'ECS assumes the role (trusting ecs.amazonaws.com) to create, attach and delete volumes or to launch and terminate managed instances.',
  doc: GUIDE.infrastructureRole,
  fields: roleFields('ECS assumes to manage volumes or instances for you', 'AmazonECSInfrastructureRolePolicyForVolumes', GUIDE.infrastructureRole),
};
