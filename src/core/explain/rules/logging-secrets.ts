import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const LOG_CONFIGURATION = api('ecs', 'LogConfiguration');

/** Explanations of the logging, secrets and execution role rules (kinds/task-definition/rules/logging-secrets.ts). */
export const loggingSecretsRules: Readonly<Record<string, Explanation>> = {
  'LOG-DRV': {
    what: 'A container’s log driver is not one of those ECS knows: json-file, syslog, journald, gelf, fluentd, awslogs, splunk or awsfirelens.',
    why: 'The log driver decides where the container’s output goes, and it is usually the only place to look when a task fails, so it has to be a driver ECS can set up.',
    ecs: 'ECS accepts only these values for logDriver and rejects the task definition when another one is given.',
    doc: LOG_CONFIGURATION,
  },
  'LOG-FG-DRV': {
    what: 'A task that runs on Fargate uses a log driver other than awslogs, splunk or awsfirelens.',
    why: 'Fargate gives you no access to the host, so drivers that write to files or daemons on the host, such as json-file, syslog or journald, have nowhere to send the logs.',
    ecs: 'ECS supports only awslogs, splunk and awsfirelens on Fargate and refuses other drivers for Fargate tasks.',
    doc: LOG_CONFIGURATION,
  },
  'LOG-AWSLOGS-OPT': {
    what: 'A container using the awslogs driver lacks the awslogs-group or awslogs-region option, or on Fargate the awslogs-stream-prefix option.',
    why: 'The driver has to know which CloudWatch log group and Region to write to, and on Fargate the prefix is what names each task’s log stream so you can find it.',
    ecs: 'Without these options ECS or the log driver cannot set up logging for the container, so the task definition is refused or the container fails to start.',
    doc: GUIDE.awslogs,
  },
  'LOG-AWSLOGS-ROLE-FG': {
    what: 'A task on Fargate or on external instances sends logs with the awslogs driver but has no task execution role.',
    why: 'On these platforms nothing else holds credentials for CloudWatch Logs, so without the role the log stream cannot be created and no logs arrive.',
    ecs: 'ECS creates the log stream and writes events with the execution role, which needs logs:CreateLogStream and logs:PutLogEvents as in the managed execution policy.',
    doc: GUIDE.taskExecutionRole,
  },
  'LOG-AWSLOGS-ROLE-EC2': {
    what: 'A task on EC2 sends logs with the awslogs driver but has no task execution role.',
    why: 'This works only while the container instance role happens to allow writing to CloudWatch Logs, which hides the need and mixes task permissions into the instance.',
    ecs: 'Without an execution role the ECS agent on the instance writes the logs with the instance role’s credentials.',
    doc: GUIDE.taskExecutionRole,
  },
  'SEC-ROLE': {
    what: 'A container takes secrets from Secrets Manager or Parameter Store (or its log configuration has secret options), but the task has no execution role.',
    why: 'ECS fetches the secret values before the container starts, and it does so only with the task execution role, so without one the secrets cannot be read.',
    ecs: 'ECS needs an execution role allowed to read the secrets, on every launch type, for it to inject them into the container.',
    doc: GUIDE.secrets,
  },
  'REG-ECR-FG': {
    what: 'A task on Fargate or on external instances pulls an image from a private ECR repository but has no task execution role.',
    why: 'Pulling from a private ECR repository needs AWS credentials, and on these platforms the execution role is the only place they can come from.',
    ecs: 'ECS rejects the task definition, saying Fargate requires an execution role to support ECR images.',
    doc: GUIDE.taskExecutionRole,
  },
  'REG-ECR-EC2': {
    what: 'A task on EC2 pulls an image from a private ECR repository but has no task execution role.',
    why: 'The pull then depends on the container instance role having ECR permissions, a hidden link that breaks as soon as that role is narrowed.',
    ecs: 'Without an execution role the ECS agent pulls with the instance role, whose usual managed policy does allow ECR pulls.',
    doc: GUIDE.taskExecutionRole,
  },
  'ENVF-ROLE': {
    what: 'A container loads environment files from S3, but the task has no execution role.',
    why: 'The files are downloaded from S3 before the container starts, which needs a role allowed to call s3:GetObject and s3:GetBucketLocation on them.',
    ecs: 'ECS fetches environment files only with the task execution role, so without one the variables cannot be loaded and the task does not start.',
    doc: GUIDE.taskExecutionRole,
  },
  'REG-PRIV': {
    what: 'A container pulls from a private registry outside ECR, but its credentials parameter is missing or not a Secrets Manager secret, or the task has no execution role to read it.',
    why: 'Images from registries such as Docker Hub or GitHub need a user name and password, which ECS takes from a Secrets Manager secret rather than from the task definition.',
    ecs: 'ECS reads the secret named in repositoryCredentials with the execution role, which needs secretsmanager:GetSecretValue, and the image pull fails when it cannot.',
    doc: api('ecs', 'RepositoryCredentials'),
  },
};
