/**
 * The templates "New from template…" offers: what each is called, what it teaches, and
 * which ECS features it shows. Each is a design file in ./files (<id>.ecs-design.json),
 * generated from its builder in ./build and laid out by the canvas's auto-layout
 * (`npm run gen:templates`); a test keeps the files equal to what the builders make.
 * Only data here, so the editor's bundle does not carry the builders.
 */
export interface TemplateInfo {
  id: string;
  title: string;
  description: string;
  features: readonly string[];
}

export const TEMPLATES: readonly TemplateInfo[] = [
  {
    id: 'fargate-web-alb',
    title: 'Fargate web service behind an ALB',
    description: 'An internet-facing Application Load Balancer in public subnets sends HTTP to a Fargate service in private subnets, which reach out through a NAT gateway.',
    features: ['Fargate', 'Application Load Balancer', 'Two-zone VPC with NAT gateway', 'Security group chaining', 'Task and execution roles', 'awslogs'],
  },
  {
    id: 'ec2-binpack-alb',
    title: 'EC2 Auto Scaling group with binpack and dynamic ports',
    description: 'A service on EC2 instances of an Auto Scaling group in private subnets, packed by memory (binpack); bridge mode with hostPort 0 gives each task a dynamic port behind the ALB.',
    features: ['EC2 capacity provider with managed scaling', 'binpack placement', 'Bridge network mode, dynamic host ports', 'Ephemeral port range from the ALB', 'Instance role', 'NAT gateway'],
  },
  {
    id: 'fargate-spot-mix',
    title: 'Fargate and Fargate Spot with base and weight',
    description: 'A capacity provider strategy that always runs the first two tasks on Fargate (base 2) and three of every four after that on Fargate Spot (weight 1 : 3).',
    features: ['Capacity provider strategy', 'base and weight', 'Fargate Spot', 'Application Load Balancer', 'stopTimeout for Spot interruptions'],
  },
  {
    id: 's3-upload-pipeline',
    title: 'S3 upload → EventBridge → task → DynamoDB',
    description: 'An object uploaded to a bucket raises an EventBridge event; a rule runs a Fargate task that reads the object and writes a result to a DynamoDB table.',
    features: ['S3 EventBridge notifications', 'EventBridge rule with an event pattern', 'Standalone task (RunTask)', 'DynamoDB table', 'Least-privilege task role from connections'],
  },
  {
    id: 'hourly-batch',
    title: 'Hourly scheduled batch task',
    description: 'An EventBridge Scheduler schedule runs a Fargate batch task at the top of every hour, in a time zone, with a flexible window.',
    features: ['EventBridge Scheduler', 'cron expression and time zone', 'Flexible time window', 'Standalone task (RunTask)', 'Scheduler role'],
  },
  {
    id: 'sqs-worker',
    title: 'SQS queue worker scaled on queue depth',
    description: 'A Fargate service with no load balancer works through an SQS queue; step scaling policies on the queue’s visible messages add and remove tasks; failed messages go to a dead-letter queue.',
    features: ['SQS queue and dead-letter queue', 'Service auto scaling', 'Step scaling on a CloudWatch alarm', 'Task role with queue access'],
  },
  {
    id: 'service-connect-shop',
    title: 'Microservices with Service Connect',
    description: 'Three Fargate services that call each other by name through Service Connect in a Cloud Map namespace; only the front end is behind the load balancer.',
    features: ['Service Connect', 'Cloud Map namespace (HTTP)', 'Named container ports', 'Client and client-server services', 'One security group per service'],
  },
  {
    id: 'ecs-anywhere',
    title: 'ECS Anywhere on premises',
    description: 'Your own servers, registered as external instances, run a service that ECS schedules as in the cloud: launch type EXTERNAL, bridge networking, no VPC or load balancer.',
    features: ['External capacity (ECS Anywhere)', 'Launch type EXTERNAL', 'Bridge network mode with a static host port'],
  },
  {
    id: 'managed-instances',
    title: 'ECS Managed Instances',
    description: 'ECS launches, patches and replaces the EC2 instances itself from instance requirements, in private subnets, for a service behind an ALB.',
    features: ['Managed Instances capacity provider', 'Instance requirements (vCPU, memory)', 'Infrastructure role and instance role', 'awsvpc tasks on EC2', 'Application Load Balancer'],
  },
];

export const TEMPLATE_FILE_SUFFIX = '.ecs-design.json';

export function templateFileName(id: string): string {
  return `${id}${TEMPLATE_FILE_SUFFIX}`;
}
