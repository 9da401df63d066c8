import { addNode, connect } from '../../commands/design-commands.ts';
import { emptyDesign, type Design } from '../../model/design.ts';
import { fargateWebSample } from '../../templates/fargate-web.ts';
import { scheduledBatch } from '../../kinds/standalone-task/test-designs.ts';
import { asgInNetwork } from '../../kinds/capacity-ec2/asg-network.test-designs.ts';
import { scaledSample, SQS_STEP } from '../../kinds/service-scaling/test-designs.ts';
import { twoZoneNetwork } from '../../kinds/network.test-designs.ts';

/**
 * Designs the exporters are checked on: the sample, the kinds' test designs that the
 * validator accepts, two load balancer layouts, and the bench's 200-node design (every
 * kind it generates). What passes validation must export a valid template.
 */

/** The sample plus a second service on the same ALB behind a path rule (a listener rule). */
export function twoServicesOnOneAlb(): Design {
  let d = fargateWebSample();
  const id = (kind: string) => d.nodes.find((n) => n.kind === kind)!.id;
  const alb = id('load-balancer-alb');
  const cluster = id('cluster');
  const step = <T extends { ok: boolean }>(r: T & { design?: Design; id?: string }) => {
    if (!r.ok || !r.design) throw new Error('test design could not be built');
    d = r.design;
    return r.id!;
  };
  const svc = step(addNode(d, 'service', { x: 0, y: 500 }, { serviceName: 'api', desiredCount: 2, networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f60101'] } } }));
  const td = step(addNode(d, 'task-definition', { x: 0, y: 600 }, { family: 'api' }));
  const ctr = step(addNode(d, 'container', { x: 0, y: 700 }, { name: 'api', image: 'public.ecr.aws/docker/library/httpd:2.4', portMappings: [{ containerPort: 8080 }] }));
  step(connect(d, svc, cluster));
  step(connect(d, svc, td));
  step(connect(d, ctr, td));
  step(connect(d, alb, svc, { pathPattern: '/api/*', healthCheckPath: '/health' }));
  return d;
}

/** EC2 capacity with an instance role, a bridge-mode TCP service behind an NLB with a TLS listener. */
export function ec2BehindNlb(): Design {
  let d = emptyDesign('ec2 nlb');
  const step = (r: { ok: boolean; design?: Design; id?: string }) => {
    if (!r.ok || !r.design) throw new Error('test design could not be built');
    d = r.design;
    return r.id!;
  };
  const asg = step(addNode(d, 'capacity-ec2', { x: 0, y: 0 }));
  const role = step(addNode(d, 'role-instance', { x: 0, y: 0 }));
  const cluster = step(addNode(d, 'cluster', { x: 0, y: 0 }));
  const svc = step(addNode(d, 'service', { x: 0, y: 0 }, { serviceName: 'cache', desiredCount: 2 }));
  const td = step(addNode(d, 'task-definition', { x: 0, y: 0 }, { family: 'cache', networkMode: 'bridge', requiresCompatibilities: ['EC2'] }));
  const ctr = step(addNode(d, 'container', { x: 0, y: 0 }, { name: 'redis', image: 'public.ecr.aws/docker/library/redis:7.2', memoryReservation: 256, portMappings: [{ containerPort: 6379, hostPort: 0, protocol: 'tcp' }] }));
  const nlb = step(addNode(d, 'load-balancer-nlb', { x: 0, y: 0 }, {
    name: 'cache-nlb',
    scheme: 'internal',
    subnets: ['subnet-0a1b2c3d4e5f60001'],
    vpcId: 'vpc-0a1b2c3d4e5f60000',
    listeners: [{ port: 6379, protocol: 'TLS', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-0000-4000-8000-000000000000' }],
  }));
  step(connect(d, role, asg));
  step(connect(d, asg, cluster));
  step(connect(d, svc, cluster));
  step(connect(d, svc, td));
  step(connect(d, svc, asg));
  step(connect(d, ctr, td));
  step(connect(d, nlb, svc));
  return d;
}

/**
 * A Fargate service behind an ALB in a network the design draws itself (two zones, public
 * and private subnets, internet and NAT gateways, the ALB's group let into the tasks'):
 * nothing outside the design but the NAT gateway's Elastic IP, its one parameter. Its
 * names differ from the sample's, so both deploy into one account.
 */
export function fargateInOwnNetwork(): Design {
  const b = twoZoneNetwork()
    .add('fargate', 'capacity-fargate')
    .add('cluster', 'cluster', { clusterName: 'shop' })
    .link('fargate', 'cluster', { defaultStrategy: { weight: 1 } })
    .add('td', 'task-definition', { family: 'shop', cpu: '256', memory: '512' })
    .add('ctr', 'container', { name: 'shop', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true, portMappings: [{ containerPort: 8080 }] })
    .link('ctr', 'td')
    .add('svc', 'service', { serviceName: 'shop', desiredCount: 2, healthCheckGracePeriodSeconds: 60 })
    .link('svc', 'cluster')
    .link('svc', 'td')
    .link('svc', 'privateA')
    .link('svc', 'privateB')
    .link('svc', 'taskSg')
    .add('alb', 'load-balancer-alb', { name: 'shop-alb', scheme: 'internet-facing', listeners: [{ port: 80, protocol: 'HTTP' }] })
    .link('alb', 'publicA')
    .link('alb', 'publicB')
    .link('alb', 'lbSg')
    .link('alb', 'svc');
  return b.build();
}

export function exportTestDesigns(): Record<string, Design> {
  return {
    sample: fargateWebSample(),
    fargateInOwnNetwork: fargateInOwnNetwork(),
    twoServicesOnOneAlb: twoServicesOnOneAlb(),
    ec2BehindNlb: ec2BehindNlb(),
    scheduledBatch: scheduledBatch().build(),
    asgInNetwork: asgInNetwork().build(),
    scaledSqsWorker: scaledSample({ minCapacity: 1, maxCapacity: 10, stepScaling: [SQS_STEP] }).t.design,
  };
}
