import { emptyDesign, type Design, type DesignEdge, type DesignNode, type NodeKind, type RelationKind } from '../src/core/model/design.ts';
import type { JsonObject } from '../src/core/model/json.ts';

/**
 * Builds a design of about `targetNodes` nodes directly as data (the commands check
 * relations on every call and would make building 5,000 nodes the slow part).
 * The mix is what a real account looks like: clusters with Fargate and EC2 capacity, an
 * ALB per cluster, and services each running a task definition of 1–4 containers with a
 * task role and an execution role. Seeded, so every run measures the same design.
 */
export function generateDesign(targetNodes: number, seed = 1): Design {
  const design = emptyDesign(`bench ${targetNodes}`);
  let random = seed;
  const next = () => {
    random = (random * 1103515245 + 12345) % 2 ** 31;
    return random / 2 ** 31;
  };
  let counter = 0;
  const node = (kind: NodeKind, data: JsonObject): string => {
    const id = `${kind}-${++counter}`;
    const n: DesignNode = { id, kind, position: { x: (counter % 40) * 300, y: Math.floor(counter / 40) * 200 }, data };
    design.nodes.push(n);
    return id;
  };
  const edge = (kind: RelationKind, source: string, target: string, data?: JsonObject) => {
    const e: DesignEdge = { id: `e-${++counter}`, kind, source, target };
    if (data) e.data = data;
    design.edges.push(e);
  };
  const subnets = ['subnet-0a1b2c3d4e5f60101', 'subnet-0a1b2c3d4e5f60102'];

  let cluster = '';
  let fargate = '';
  let ec2 = '';
  let alb = '';
  let services = 0;
  while (design.nodes.length < targetNodes) {
    if (services % 10 === 0) {
      const c = services / 10 + 1;
      cluster = node('cluster', { clusterName: `cluster-${c}`, settings: [{ name: 'containerInsights', value: 'enabled' }] });
      fargate = node('capacity-fargate', {});
      edge('in-cluster', fargate, cluster, { defaultStrategy: { weight: 1 } });
      ec2 = node('capacity-ec2', {
        name: `asg-${c}`,
        instanceType: 'm6i.large',
        amiFamily: 'AL2023',
        minSize: 1,
        maxSize: 10,
        desiredCapacity: 2,
        managedScaling: { status: 'ENABLED', targetCapacity: 90 },
        managedTerminationProtection: 'DISABLED',
      });
      edge('in-cluster', ec2, cluster);
      const instanceRole = node('role-instance', {
        roleName: `ecs-instance-role-${c}`,
        managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role'],
      });
      edge('instance-role', instanceRole, ec2);
      alb = node('load-balancer-alb', {
        name: `alb-${c}`,
        scheme: 'internet-facing',
        subnets: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
        securityGroups: ['sg-0a1b2c3d4e5f60010'],
        vpcId: 'vpc-0a1b2c3d4e5f60000',
        listeners: [{ port: 80, protocol: 'HTTP' }],
      });
    }
    const s = ++services;
    const onFargate = next() < 0.7;
    const name = `svc-${s}`;
    const service = node('service', {
      serviceName: name,
      desiredCount: 2,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200, minimumHealthyPercent: 100 },
      networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups: ['sg-0a1b2c3d4e5f60020'], assignPublicIp: 'DISABLED' } },
      healthCheckGracePeriodSeconds: 60,
      propagateTags: 'SERVICE',
      enableECSManagedTags: true,
    });
    const td = node('task-definition', onFargate ? { family: name } : { family: name, networkMode: 'awsvpc', memory: '1024' });
    edge('runs-in', service, cluster);
    edge('uses', service, td);
    edge('capacity', service, onFargate ? fargate : ec2, { weight: 1 });
    const containers = 1 + Math.floor(next() * 4);
    for (let i = 0; i < containers; i++) {
      const cname = i === 0 ? 'app' : `sidecar-${i}`;
      const container = node('container', {
        name: cname,
        image: i === 0 ? `123456789012.dkr.ecr.us-east-1.amazonaws.com/${name}:1.0.${s}` : 'public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0',
        essential: i === 0,
        cpu: 128,
        memoryReservation: 256,
        portMappings: i === 0 ? [{ name: `${cname}-8080-tcp`, containerPort: 8080, protocol: 'tcp', appProtocol: 'http' }] : [],
        environment: [{ name: 'SERVICE', value: name }],
        ...(i === 0 && next() < 0.5 ? { secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-db` }] } : {}),
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': `/ecs/${name}`, 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': cname },
        },
      });
      edge('contains', container, td);
    }
    edge('task-role', node('role-task', { roleName: `${name}-task-role`, managedPolicyArns: [] }), td);
    edge('execution-role', node('role-execution', { roleName: `${name}-execution-role` }), td);
    if (next() < 0.6) {
      edge('routes-to', alb, service, { containerName: 'app', containerPort: 8080, listenerPort: 80, pathPattern: `/${name}/*`, healthCheckPath: '/health' });
    }
  }
  return design;
}
