import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const AWSVPC = api('ecs', 'AwsVpcConfiguration');

/** Explanations of the network configuration rules (kinds/service/rules/network-configuration.ts). */
export const networkConfigurationRules: Readonly<Record<string, Explanation>> = {
  'NC-REQ': {
    what: 'A service or standalone task runs an awsvpc task definition but has no network configuration.',
    why: 'In awsvpc mode every task gets its own network interface, which ECS can only create in subnets you name.',
    ecs: 'CreateService and RunTask reject awsvpc tasks without networkConfiguration.awsvpcConfiguration.',
    doc: GUIDE.taskNetworking,
  },
  'NC-FORBID': {
    what: 'A service or task gives a network configuration although its task definition uses bridge, host or none networking.',
    why: 'Only awsvpc tasks get their own interface; the subnets and security groups would have no effect and signal a misunderstanding.',
    ecs: 'ECS rejects networkConfiguration for tasks that are not in awsvpc mode.',
    doc: GUIDE.taskNetworking,
  },
  'NC-SUBNETS': {
    what: 'The network configuration has no subnets, or more than 16.',
    why: 'Tasks need at least one subnet to get an address; ECS cannot use more than 16.',
    ecs: 'CreateService and RunTask reject an awsvpcConfiguration whose subnet list is empty or longer than 16.',
    doc: AWSVPC,
  },
  'NC-SG': {
    what: 'The network configuration names more than five security groups.',
    why: 'A network interface takes at most five security groups, so the task interface could not be created.',
    ecs: 'ECS rejects awsvpcConfiguration with more than five securityGroups.',
    doc: AWSVPC,
  },
  'NC-PUBIP-ENUM': {
    what: 'assignPublicIp is something other than ENABLED or DISABLED.',
    why: 'The value is an enumeration; lowercase or true and false are not accepted.',
    ecs: 'The API rejects the request with an invalid value for assignPublicIp.',
    doc: AWSVPC,
  },
  'NC-PUBIP-EC2': {
    what: 'assignPublicIp is ENABLED for tasks that run on EC2 instances.',
    why: 'Task network interfaces on EC2 never get public addresses, so tasks that rely on one for internet access would have none.',
    ecs: 'ECS rejects ENABLED for the EC2 launch type; EC2 awsvpc tasks reach the internet through a NAT gateway.',
    doc: GUIDE.taskNetworking,
  },
  'NC-SG-DEFAULT': {
    what: 'The network configuration names no security groups.',
    why: 'The VPC’s default security group then applies, which usually allows all traffic from other members of the default group and is rarely what was meant.',
    ecs: 'ECS attaches the default security group of the subnets’ VPC to the task interfaces.',
    doc: AWSVPC,
  },
  'NC-ENI-DENSITY': {
    what: 'awsvpc tasks run on EC2 instances, where each task takes one of the instance’s network interfaces.',
    why: 'An instance has only a few interfaces (an m5.large has three, one used by the instance), so far fewer tasks fit than CPU and memory suggest.',
    ecs: 'ECS places awsvpc tasks only on instances with a free interface; turning on awsvpcTrunking raises the limit on supported instance types.',
    doc: GUIDE.eniTrunking,
  },
  'NC-DOC-ANOMALY': {
    what: 'The API reference says assignPublicIp must be DISABLED with the ECS deployment controller, which contradicts the Fargate guide and common practice.',
    why: 'Public Fargate services with public IPs are common and work; this note explains why the designer does not treat it as an error.',
    ecs: 'ECS accepts assignPublicIp ENABLED for Fargate services with the ECS controller in practice; the statement appears to be a documentation error.',
    doc: AWSVPC,
  },
};

