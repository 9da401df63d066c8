import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

/** Explanations of the IAM rules (validate/iam.ts). */
export const iamRules: Readonly<Record<string, Explanation>> = {
  'IAM-SAME-ROLE': {
    what: 'One role is both the task role and the execution role of a task definition.',
    why: 'The application then holds the agent’s permissions (all secrets, image pulls, log writes) and the agent the application’s, which breaks least privilege.',
    ecs: 'ECS accepts it; keep two roles so the code in the containers only gets what it needs.',
    doc: GUIDE.taskRole,
  },
  'EXEC-ROLE': {
    what: 'ECS Exec is turned on for a service or task whose task definition has no task role.',
    why: 'ECS Exec sessions run through the SSM agent in the task, which uses the task role’s ssmmessages permissions; without a role no session can open.',
    ecs: 'RunTask rejects enableExecuteCommand without a task role; services start, but execute-command fails.',
    doc: GUIDE.ecsExec,
  },
  'IAM-TRUST-TASK': {
    what: 'A task or execution role’s trust policy does not allow ecs-tasks.amazonaws.com to assume it.',
    why: 'ECS cannot get credentials for a role that does not trust it, so tasks fail to start or the code gets no credentials.',
    ecs: 'ECS calls sts:AssumeRole as ecs-tasks.amazonaws.com; the call is denied without that principal in the trust policy.',
    doc: GUIDE.taskExecutionRole,
  },
  'IAM-TRUST-INST': {
    what: 'The container instance role does not trust ec2.amazonaws.com.',
    why: 'EC2 cannot hand the role’s credentials to the instance, so the ECS agent cannot register and the instance never joins the cluster.',
    ecs: 'The instance profile’s role must be assumable by EC2 for the agent to call ECS.',
    doc: api('iam', 'CreateInstanceProfile'),
  },
};
