import type { DocLink } from './types.ts';

/**
 * Links into the AWS documentation, made in one place so one page always carries one title
 * (explain.test.ts checks that). API reference pages follow each service's fixed URL pattern;
 * guide pages are listed by hand, each checked against the stored AWS docs.
 */
const API_REFERENCES = {
  ecs: { base: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/', name: 'Amazon ECS API Reference' },
  elbv2: { base: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/', name: 'Elastic Load Balancing API Reference' },
  ec2: { base: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/', name: 'Amazon EC2 API Reference' },
  autoscaling: { base: 'https://docs.aws.amazon.com/autoscaling/ec2/APIReference/', name: 'Amazon EC2 Auto Scaling API Reference' },
  applicationAutoscaling: { base: 'https://docs.aws.amazon.com/autoscaling/application/APIReference/', name: 'Application Auto Scaling API Reference' },
  iam: { base: 'https://docs.aws.amazon.com/IAM/latest/APIReference/', name: 'IAM API Reference' },
  sqs: { base: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/', name: 'Amazon SQS API Reference' },
  sns: { base: 'https://docs.aws.amazon.com/sns/latest/api/', name: 'Amazon SNS API Reference' },
  dynamodb: { base: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/', name: 'Amazon DynamoDB API Reference' },
  s3: { base: 'https://docs.aws.amazon.com/AmazonS3/latest/API/', name: 'Amazon S3 API Reference' },
  events: { base: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/', name: 'Amazon EventBridge API Reference' },
  scheduler: { base: 'https://docs.aws.amazon.com/scheduler/latest/APIReference/', name: 'EventBridge Scheduler API Reference' },
  secretsManager: { base: 'https://docs.aws.amazon.com/secretsmanager/latest/apireference/', name: 'AWS Secrets Manager API Reference' },
  ssm: { base: 'https://docs.aws.amazon.com/systems-manager/latest/APIReference/', name: 'AWS Systems Manager API Reference' },
  ecr: { base: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/', name: 'Amazon ECR API Reference' },
  efs: { base: 'https://docs.aws.amazon.com/efs/latest/ug/', name: 'Amazon EFS API' },
  cloudMap: { base: 'https://docs.aws.amazon.com/cloud-map/latest/api/', name: 'AWS Cloud Map API Reference' },
} as const;

export type ApiReference = keyof typeof API_REFERENCES;

/** The API reference page of an action or data type, e.g. api('ecs', 'HealthCheck'). */
export function api(service: ApiReference, shape: string): DocLink {
  const ref = API_REFERENCES[service];
  return { title: `${shape} (${ref.name})`, url: `${ref.base}API_${shape}.html` };
}

const ECS_GUIDE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/';

/** A page of the Amazon ECS Developer Guide, by its file name and the title it carries. */
export function ecsGuide(page: string, title: string): DocLink {
  return { title, url: `${ECS_GUIDE}${page}` };
}

/** Guide pages linked from more than one explanation. */
export const GUIDE = {
  taskDefinitionParameters: ecsGuide('task_definition_parameters.html', 'Amazon ECS task definition parameters'),
  clusters: ecsGuide('clusters.html', 'Amazon ECS clusters'),
  services: ecsGuide('ecs_services.html', 'Amazon ECS services'),
  taskExecutionRole: ecsGuide('task_execution_IAM_role.html', 'Amazon ECS task execution IAM role'),
  taskRole: ecsGuide('task-iam-roles.html', 'Amazon ECS task IAM role'),
  instanceRole: ecsGuide('instance_IAM_role.html', 'Amazon ECS container instance IAM role'),
  infrastructureRole: ecsGuide('infrastructure_IAM_role.html', 'Amazon ECS infrastructure IAM role'),
  fargateCapacityProviders: ecsGuide('fargate-capacity-providers.html', 'Amazon ECS clusters for Fargate'),
  asgCapacityProviders: ecsGuide('asg-capacity-providers.html', 'Amazon ECS capacity providers for EC2 workloads'),
  taskNetworking: ecsGuide('task-networking.html', 'Amazon ECS task networking options'),
  taskPlacement: ecsGuide('task-placement.html', 'How Amazon ECS places tasks on container instances'),
  serviceAutoScaling: ecsGuide('service-auto-scaling.html', 'Automatically scale your Amazon ECS service'),
  serviceLoadBalancing: ecsGuide('service-load-balancing.html', 'Use load balancing to distribute Amazon ECS service traffic'),
  serviceConnect: ecsGuide('service-connect.html', 'Use Service Connect to connect Amazon ECS services with short names'),
  serviceDiscovery: ecsGuide('service-discovery.html', 'Use service discovery to connect Amazon ECS services with DNS names'),
  deploymentTypes: ecsGuide('deployment-types.html', 'Amazon ECS deployment types'),
  secrets: ecsGuide('specifying-sensitive-data.html', 'Pass sensitive data to an Amazon ECS container'),
  awslogs: ecsGuide('using_awslogs.html', 'Send Amazon ECS logs to CloudWatch'),
  efsVolumes: ecsGuide('efs-volumes.html', 'Use Amazon EFS volumes with Amazon ECS'),
  ebsVolumes: ecsGuide('ebs-volumes.html', 'Use Amazon EBS volumes with Amazon ECS'),
  ecsAnywhere: ecsGuide('ecs-anywhere.html', 'Amazon ECS clusters for the external launch type'),
  fargatePlatformVersions: ecsGuide('platform-fargate.html', 'Fargate platform versions for Amazon ECS'),
  ecsExec: ecsGuide('ecs-exec.html', 'Monitor Amazon ECS containers with ECS Exec'),
  eniTrunking: ecsGuide('container-instance-eni.html', 'Increase Amazon ECS Linux container instance network interfaces'),
  clusterQueryLanguage: ecsGuide('cluster-query-language.html', 'Create expressions to define container instances for Amazon ECS tasks'),
  blueGreenDeployments: ecsGuide('deployment-type-blue-green.html', 'Amazon ECS blue/green deployments'),
  firelens: ecsGuide('using_firelens.html', 'Send Amazon ECS logs to an AWS service or AWS Partner'),
  ecsOptimizedAmi: ecsGuide('ecs-optimized_AMI.html', 'Amazon ECS-optimized Linux AMIs'),
} as const;
