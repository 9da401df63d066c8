import { DesignBuilder } from '../../test-support/builders.ts';
import type { JsonObject } from '../../model/json.ts';

/**
 * Two Fargate services in a cluster, each running its own task definition: `web` (the
 * client) and `orders` (the server, whose container has a named port `api` on 8080),
 * and an HTTP namespace. Connections are up to each test.
 */
export function serviceConnectDesign(options: { serverPorts?: JsonObject[]; namespace?: JsonObject } = {}): DesignBuilder {
  const b = new DesignBuilder('service connect')
    .add('fargate', 'capacity-fargate')
    .add('cluster', 'cluster', { clusterName: 'shop' })
    .link('fargate', 'cluster')
    .add('ns', 'cloudmap-namespace', { name: 'internal', type: 'HTTP', ...options.namespace });
  for (const [key, ports] of [
    ['web', [{ name: 'http', containerPort: 80 }]],
    ['orders', options.serverPorts ?? [{ name: 'api', containerPort: 8080, appProtocol: 'http' }]],
  ] as const) {
    b.add(`${key}-td`, 'task-definition', { family: key, cpu: '256', memory: '512' })
      .add(`${key}-ctr`, 'container', { name: key, image: 'public.ecr.aws/nginx/nginx:1.27', essential: true, portMappings: ports as JsonObject[] })
      .link(`${key}-ctr`, `${key}-td`)
      .add(key, 'service', { serviceName: key, desiredCount: 2 })
      .link(key, 'cluster')
      .link(key, `${key}-td`)
      .link(key, 'fargate');
  }
  return b;
}
