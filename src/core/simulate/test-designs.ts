import type { JsonObject } from '../model/json.ts';
import { TestDesign } from '../validate/service-test-designs.ts';

/**
 * A small EC2 design for the simulator: an m6i.large group of 3 in two zones, a web
 * service in bridge mode on static host port 80 that binpacks on memory, and a worker on
 * dynamic ports spread over zones, both on the group.
 */
export function simulatorDesign(opts: { web?: JsonObject; asg?: JsonObject } = {}): TestDesign & { ids: Record<string, string> } {
  const t = new TestDesign();
  const vpc = t.add('vpc', { name: 'main', cidrBlock: '10.0.0.0/16' });
  const subnetA = t.add('subnet', { name: 'private-a', cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' });
  const subnetB = t.add('subnet', { name: 'private-b', cidrBlock: '10.0.2.0/24', availabilityZone: 'us-east-1b' });
  const asg = t.add('capacity-ec2', { name: 'asg-capacity', instanceType: 'm6i.large', minSize: 1, maxSize: 6, desiredCapacity: 3, ...opts.asg });
  const cluster = t.add('cluster', { clusterName: 'ec2-cluster' });
  const webTd = t.add('task-definition', { family: 'web', requiresCompatibilities: ['EC2'], networkMode: 'bridge', cpu: '256', memory: '1024' });
  const webContainer = t.add('container', { name: 'web', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true, portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }] });
  const web = t.add('service', { serviceName: 'web', desiredCount: 4, placementStrategy: [{ type: 'binpack', field: 'memory' }], ...opts.web });
  const workerTd = t.add('task-definition', { family: 'worker', requiresCompatibilities: ['EC2'], networkMode: 'bridge' });
  const workerContainer = t.add('container', { name: 'worker', image: 'public.ecr.aws/docker/library/busybox:1.36', essential: true, cpu: 512, memory: 2048, memoryReservation: 1536, portMappings: [{ containerPort: 8080, hostPort: 0 }] });
  const worker = t.add('service', { serviceName: 'worker', desiredCount: 3 });
  for (const s of [subnetA, subnetB]) t.link(s, vpc);
  t.link(asg, subnetA);
  t.link(asg, subnetB);
  t.link(asg, cluster);
  t.link(webContainer, webTd);
  t.link(workerContainer, workerTd);
  for (const [svc, td] of [[web, webTd], [worker, workerTd]] as const) {
    t.link(svc, cluster);
    t.link(svc, td);
    t.link(svc, asg);
  }
  return Object.assign(t, { ids: { vpc, subnetA, subnetB, asg, cluster, web, webTd, worker, workerTd } });
}
