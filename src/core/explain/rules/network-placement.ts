import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

/** Explanations of the network placement rules (src/core/validate/network-placement.ts). */
export const networkPlacementRules: Readonly<Record<string, Explanation>> = {
  'NC-VPC': {
    what: 'Checks that all the subnets and security groups a service uses for its tasks belong to one and the same VPC.',
    why: 'Each awsvpc task gets one network interface, which lives in a single VPC and can only carry security groups of that VPC.',
    ecs: 'ECS cannot attach the task’s network interface when the subnets and groups come from different VPCs, so the service’s tasks never start.',
    doc: api('ecs', 'AwsVpcConfiguration'),
  },
  'NC-FG-PUBLIC': {
    what: 'Warns when Fargate tasks are placed in a public subnet while assignPublicIp is DISABLED.',
    why: 'A public subnet sends internet traffic to an internet gateway, which only works for interfaces that have a public address, so these tasks cannot pull images or reach AWS endpoints.',
    ecs: 'The tasks stop during startup with image pull or secret retrieval timeouts; enable assignPublicIp, or move the tasks to private subnets that route through a NAT gateway.',
    doc: GUIDE.taskNetworking,
  },
  'NC-EC2-PUBLIC': {
    what: 'Warns when awsvpc tasks that run on EC2 instances are placed in a public subnet.',
    why: 'On EC2 the network interface ECS creates for each task never receives a public IP, so in a public subnet the task has no way out to the internet.',
    ecs: 'ECS does not support assignPublicIp for tasks on EC2; put them in private subnets with a NAT gateway, or use VPC endpoints for the AWS services they call.',
    doc: GUIDE.taskNetworking,
  },
  'NC-FG-EGRESS': {
    what: 'Warns when Fargate tasks run only in private subnets of a drawn VPC that has no NAT gateway.',
    why: 'Fargate pulls images, sends logs and reads secrets over the task’s own network, from ECR, S3, CloudWatch Logs and Secrets Manager or Parameter Store; with no NAT gateway, only VPC endpoints for those services make that possible.',
    ecs: 'Without that access the tasks fail while starting, with errors about pulling the image, creating the log stream or fetching secrets.',
    doc: GUIDE.taskNetworking,
  },
  'SG-AWSVPC': {
    what: 'Warns when a load balancer sends traffic to awsvpc tasks on a container port that none of the tasks’ security groups opens to the load balancer’s security group.',
    why: 'The load balancer talks straight to each task’s own network interface, so a blocked port makes health checks time out and the targets stay unhealthy.',
    ecs: 'ECS registers the task IPs in the target group but never changes security groups, and it keeps replacing tasks that the load balancer reports as unhealthy.',
    doc: GUIDE.serviceLoadBalancing,
  },
};
