import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

/** Explanations of the IAM advice rules (validate/iam-advice.ts). */
export const iamAdviceRules: Readonly<Record<string, Explanation>> = {
  'IAM-CONFUSED': {
    what: 'The task role’s trust policy lets ecs-tasks.amazonaws.com assume it without aws:SourceAccount or aws:SourceArn conditions.',
    why: 'The conditions stop the confused deputy problem: without them, ECS acting for another account could in principle be made to use your role.',
    ecs: 'ECS sets the source account and ARN when it assumes the role for a task, so conditions on your account (and a task ARN pattern) keep working for your own tasks.',
    doc: GUIDE.taskRole,
  },
  'IAM-EC2-LEAK': {
    what: 'Tasks run on EC2 instances whose instance role can be read by the containers through the instance metadata service.',
    why: 'Unless metadata access from containers is blocked, every task on the instance can use the instance role’s permissions, beyond its own task role.',
    ecs: 'The ECS agent does not block the instance metadata by default; block it with iptables or ECS_AWSVPC_BLOCK_IMDS and keep the instance role to what the agent needs.',
    doc: GUIDE.instanceRole,
  },
  'IAM-WIN-TASKROLE': {
    what: 'A Windows task on EC2 uses a task role.',
    why: 'On Windows, task roles only work when the instance was bootstrapped for them, otherwise the containers get the instance role’s credentials or none.',
    ecs: 'The agent serves task credentials to Windows containers through a proxy on the host’s port 80, set up when the instance starts with -EnableTaskIAMRole.',
    doc: GUIDE.taskRole,
  },
  'IAM-SLR': {
    what: 'The design uses features (awsvpc networking, load balancers, service discovery, Service Connect, capacity provider scaling) that rely on the ECS service-linked role.',
    why: 'The role AWSServiceRoleForECS must exist in the account; in a fresh account or one where it was deleted, those features fail.',
    ecs: 'ECS creates the service-linked role automatically the first time most of these features are used, if the caller may create it; otherwise create it with aws iam create-service-linked-role.',
    doc: api('iam', 'CreateServiceLinkedRole'),
  },
};
