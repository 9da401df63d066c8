import { describe, expect, it } from 'vitest';
import { DesignBuilder, contentAt } from '../test-support/builders.ts';
import { derive } from './index.ts';
import { miDesign } from '../validate/service-test-designs.ts';
import { validate } from '../validate/index.ts';

const ACCOUNT = '123456789012';

/** An EC2 Auto Scaling group capacity in a cluster, a bridge-mode service on it behind an ALB. */
function ec2Design(networkMode: 'bridge' | 'awsvpc') {
  return new DesignBuilder()
    .add('asg', 'capacity-ec2', {
      name: 'web-asg',
      instanceType: 'm6i.large',
      amiFamily: 'AL2023',
      minSize: 1,
      maxSize: 4,
      desiredCapacity: 2,
      managedScaling: { status: 'ENABLED', targetCapacity: 90 },
      managedTerminationProtection: 'DISABLED',
    })
    .add('cluster', 'cluster', { clusterName: 'ec2-cluster' })
    .add('svc', 'service', { serviceName: 'api', desiredCount: 2 })
    .add('td', 'task-definition', { family: 'api', networkMode })
    .add('ctr', 'container', { name: 'api', image: 'nginx:1.27', memory: 256, portMappings: [{ containerPort: 8080, hostPort: 0 }] })
    .add('alb', 'load-balancer-alb', { name: 'api-alb', scheme: 'internal', subnets: ['subnet-1'], securityGroups: ['sg-1'], vpcId: 'vpc-1', listeners: [{ port: 80, protocol: 'HTTP' }] })
    .link('asg', 'cluster')
    .link('svc', 'cluster')
    .link('svc', 'asg', { weight: 2, base: 1 })
    .link('svc', 'td')
    .link('ctr', 'td')
    .link('alb', 'svc')
    .build();
}

describe('derive: EC2 capacity', () => {
  it('capacity provider: name and autoScalingGroupProvider with a placeholder ARN and the managed settings', () => {
    expect(contentAt(ec2Design('bridge'), 'capacity-providers/web-asg.json')).toEqual({
      name: 'web-asg',
      autoScalingGroupProvider: {
        autoScalingGroupArn: `arn:aws:autoscaling:us-east-1:${ACCOUNT}:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/web-asg-asg`,
        managedScaling: { status: 'ENABLED', targetCapacity: 90 },
        managedTerminationProtection: 'DISABLED',
      },
    });
  });

  it('capacity provider: a set autoScalingGroupArn replaces the placeholder', () => {
    const arn = `arn:aws:autoscaling:us-east-1:${ACCOUNT}:autoScalingGroup:1234:autoScalingGroupName/real`;
    const design = new DesignBuilder().add('asg', 'capacity-ec2', { name: 'real-cp', autoScalingGroupArn: arn }).build();
    expect(contentAt(design, 'capacity-providers/real-cp.json').autoScalingGroupProvider).toEqual({ autoScalingGroupArn: arn });
  });

  it('cluster: the EC2 provider is associated; the service strategy carries the capacity edge base/weight', () => {
    const design = ec2Design('bridge');
    expect(contentAt(design, 'clusters/ec2-cluster.json').capacityProviders).toEqual(['web-asg']);
    const svc = contentAt(design, 'services/api.json');
    expect(svc.capacityProviderStrategy).toEqual([{ capacityProvider: 'web-asg', weight: 2, base: 1 }]);
    expect(svc).not.toHaveProperty('launchType');
  });

  it('task definition on EC2 only: no Fargate implications (no requiresCompatibilities, cpu, memory)', () => {
    const td = contentAt(ec2Design('bridge'), 'task-definitions/api.json');
    expect(td).not.toHaveProperty('requiresCompatibilities');
    expect(td).not.toHaveProperty('cpu');
    expect(td).not.toHaveProperty('memory');
    expect(td.networkMode).toBe('bridge');
  });

  it('external capacity: the service gets launchType EXTERNAL and the cluster lists no provider for it', () => {
    const design = new DesignBuilder()
      .add('ext', 'capacity-external', { name: 'on-prem' })
      .add('cluster', 'cluster', { clusterName: 'edge' })
      .add('svc', 'service', { serviceName: 'agent' })
      .link('ext', 'cluster')
      .link('svc', 'cluster')
      .link('svc', 'ext')
      .build();
    expect(contentAt(design, 'services/agent.json').launchType).toBe('EXTERNAL');
    expect(contentAt(design, 'clusters/edge.json')).toEqual({ clusterName: 'edge' });
  });

  it('Fargate Spot with base/weight beside Fargate: both in the service strategy, in edge order', () => {
    const design = new DesignBuilder()
      .add('fg', 'capacity-fargate')
      .add('spot', 'capacity-fargate-spot')
      .add('cluster', 'cluster', { clusterName: 'c' })
      .add('svc', 'service', { serviceName: 's' })
      .link('fg', 'cluster')
      .link('spot', 'cluster')
      .link('svc', 'cluster')
      .link('svc', 'fg', { base: 1, weight: 1 })
      .link('svc', 'spot', { weight: 3 })
      .build();
    expect(contentAt(design, 'services/s.json').capacityProviderStrategy).toEqual([
      { capacityProvider: 'FARGATE', weight: 1, base: 1 },
      { capacityProvider: 'FARGATE_SPOT', weight: 3 },
    ]);
    const cluster = contentAt(design, 'clusters/c.json');
    expect(cluster.capacityProviders).toEqual(['FARGATE', 'FARGATE_SPOT']);
    // Only the first provider drawn becomes the default strategy (connect's initial edge data).
    expect(cluster.defaultCapacityProviderStrategy).toEqual([{ capacityProvider: 'FARGATE', weight: 1 }]);
  });
});

describe('derive: load balancer pieces', () => {
  it('LB-TT-BRIDGE: bridge tasks register as instance targets', () => {
    expect(contentAt(ec2Design('bridge'), 'target-groups/api-tg.json').TargetType).toBe('instance');
  });

  it('LB-TT-AWSVPC: awsvpc tasks register as ip targets', () => {
    expect(contentAt(ec2Design('awsvpc'), 'target-groups/api-tg.json').TargetType).toBe('ip');
  });

  it('LB-TT-AWSVPC: a Managed Instances service whose task definition leaves the network mode implied registers ip targets', () => {
    // The task definition's file says awsvpc (NET-MI); the target group must agree.
    const t = miDesign();
    const alb = t.add('load-balancer-alb', { name: 'api-alb', scheme: 'internal', subnets: ['subnet-1'], securityGroups: ['sg-1'], vpcId: 'vpc-1', listeners: [{ port: 80, protocol: 'HTTP' }] });
    t.link(alb, t.ids.service!);
    expect(contentAt(t.design, 'task-definitions/api.json').networkMode).toBe('awsvpc');
    expect(contentAt(t.design, 'target-groups/api-tg.json').TargetType).toBe('ip');
    expect(validate(t.design).filter((p) => p.ruleId.startsWith('LB-TT'))).toEqual([]);
  });

  it('target group port and service loadBalancers entry follow the first container port', () => {
    const design = ec2Design('bridge');
    expect(contentAt(design, 'target-groups/api-tg.json').Port).toBe(8080);
    expect(contentAt(design, 'services/api.json').loadBalancers).toEqual([
      {
        targetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/api-tg/0000000000000000`,
        containerName: 'api',
        containerPort: 8080,
      },
    ]);
  });

  it('listener without routes answers 404 by a fixed response', () => {
    const design = new DesignBuilder()
      .add('alb', 'load-balancer-alb', { name: 'lonely', scheme: 'internal', subnets: [], securityGroups: [], listeners: [{ port: 80, protocol: 'HTTP' }] })
      .build();
    expect(contentAt(design, 'listeners/lonely-80.json').DefaultActions).toEqual([
      { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'Not found' } },
    ]);
  });

  it('a route with a path pattern becomes a listener rule; the route without one is the default action', () => {
    const b = new DesignBuilder()
      .add('alb', 'load-balancer-alb', { name: 'edge', scheme: 'internet-facing', subnets: [], securityGroups: [], listeners: [{ port: 80, protocol: 'HTTP' }] })
      .add('web', 'service', { serviceName: 'web' })
      .add('api', 'service', { serviceName: 'api' })
      .link('alb', 'web')
      .link('alb', 'api', { pathPattern: '/api/*', containerName: 'api', containerPort: 8080 });
    const design = b.build();
    const paths = derive(design).map((a) => a.path);
    expect(paths).toContain('listener-rules/edge-80-10.json');
    expect(contentAt(design, 'listeners/edge-80.json').DefaultActions).toEqual([
      { Type: 'forward', TargetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/web-tg/0000000000000000` },
    ]);
    expect(contentAt(design, 'listener-rules/edge-80-10.json').Conditions).toEqual([{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }]);
  });
});
