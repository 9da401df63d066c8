import { addNode, connect } from '../commands/design-commands.ts';
import { emptyDesign, type Design, type NodeKind } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';

/**
 * The sample a first start opens: a Fargate web service behind an Application Load
 * Balancer, with a task role, an execution role and awslogs. Built with the same commands
 * the editor uses, so it is always a design the editor could have made.
 */
export function fargateWebSample(): Design {
  let design = emptyDesign('Fargate web service');
  const ids: Record<string, string> = {};
  const add = (key: string, kind: NodeKind, x: number, y: number, data?: JsonObject) => {
    const result = addNode(design, kind, { x, y }, data);
    design = result.design;
    ids[key] = result.id!;
  };
  const link = (a: string, b: string) => {
    const result = connect(design, ids[a]!, ids[b]!);
    if (!result.ok) throw new Error(`sample: ${result.reason}`);
    design = result.design;
  };
  add('fargate', 'capacity-fargate', 0, 0);
  add('cluster', 'cluster', 0, 176, { clusterName: 'web-cluster', settings: [{ name: 'containerInsights', value: 'enabled' }] });
  add('alb', 'load-balancer-alb', 304, 0, {
    name: 'web-alb',
    scheme: 'internet-facing',
    subnets: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
    securityGroups: ['sg-0a1b2c3d4e5f60010'],
    vpcId: 'vpc-0a1b2c3d4e5f60000',
    listeners: [{ port: 80, protocol: 'HTTP' }],
  });
  add('service', 'service', 304, 176, {
    serviceName: 'web',
    desiredCount: 2,
    deploymentConfiguration: {
      deploymentCircuitBreaker: { enable: true, rollback: true },
      maximumPercent: 200,
      minimumHealthyPercent: 100,
    },
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: ['subnet-0a1b2c3d4e5f60101', 'subnet-0a1b2c3d4e5f60102'],
        securityGroups: ['sg-0a1b2c3d4e5f60020'],
        assignPublicIp: 'DISABLED',
      },
    },
    healthCheckGracePeriodSeconds: 60,
    propagateTags: 'SERVICE',
    enableECSManagedTags: true,
  });
  add('td', 'task-definition', 608, 176, { family: 'web' });
  add('container', 'container', 620, 256, {
    name: 'web',
    image: 'public.ecr.aws/nginx/nginx:1.27',
    essential: true,
    portMappings: [{ name: 'web-80-tcp', containerPort: 80, protocol: 'tcp', appProtocol: 'http' }],
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' },
    },
  });
  add('taskRole', 'role-task', 608, 0, { roleName: 'web-task-role', managedPolicyArns: [] });
  add('execRole', 'role-execution', 608, 400, { roleName: 'web-task-execution-role' });
  link('fargate', 'cluster');
  link('service', 'cluster');
  link('service', 'td');
  link('container', 'td');
  link('alb', 'service');
  link('taskRole', 'td');
  link('execRole', 'td');
  return { ...design, name: 'Fargate web service' };
}
