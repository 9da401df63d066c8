import type { Design } from '../../model/design.ts';
import { awslogs, publicHttpGroup, TemplateBuilder, twoZoneVpc } from '../template-builder.ts';

/** The microservices and whom each calls (the load balancer sends traffic to web only). */
const SERVICES = [
  { key: 'web', calls: ['orders', 'catalog'] },
  { key: 'orders', calls: ['catalog'] },
  { key: 'catalog', calls: [] },
] as const;

/**
 * Three Fargate services that call each other by name through Service Connect: each one
 * joins the cluster's Cloud Map namespace (HTTP) with its named port, and a client reaches
 * a server at http://<name>:8080 through the Service Connect proxy, which adds retries,
 * outlier detection and per-call metrics. Only `web` is behind the load balancer; each
 * service's group lets in exactly its callers (SC-SG).
 */
export function serviceConnectShop(): Design {
  const b = twoZoneVpc(new TemplateBuilder('Microservices with Service Connect'), 'shop-vpc')
    .add('albSg', 'security-group', publicHttpGroup('shop-alb-sg'))
    .link('albSg', 'vpc')
    .add('fargate', 'capacity-fargate')
    .add('cluster', 'cluster', { clusterName: 'shop' })
    .link('fargate', 'cluster')
    .add('ns', 'cloudmap-namespace', { name: 'shop.local', type: 'HTTP' })
    .link('cluster', 'ns')
    .add('execRole', 'role-execution', { roleName: 'shop-execution-role' })
    .add('alb', 'load-balancer-alb', { name: 'shop-alb' })
    .link('alb', 'publicA')
    .link('alb', 'publicB')
    .link('alb', 'albSg');
  for (const { key } of SERVICES) {
    b.add(`${key}Sg`, 'security-group', { groupName: `${key}-sg`, description: `The ${key} tasks: only their callers` })
      .link(`${key}Sg`, 'vpc')
      .add(key, 'service', { serviceName: key, desiredCount: 2, ...(key === 'web' ? { healthCheckGracePeriodSeconds: 60 } : {}) })
      .link(key, 'cluster')
      .link(key, 'fargate')
      .link(key, 'privateA')
      .link(key, 'privateB')
      .link(key, `${key}Sg`)
      .link(key, 'ns')
      .add(`${key}Td`, 'task-definition', { family: key, cpu: '256', memory: '512' })
      .add(`${key}Ctr`, 'container', {
        name: key,
        portMappings: [{ name: key, containerPort: 8080, protocol: 'tcp', appProtocol: 'http' }],
        logConfiguration: awslogs(`/ecs/${key}`),
      })
      .link(`${key}Ctr`, `${key}Td`)
      .link(key, `${key}Td`)
      .link('execRole', `${key}Td`);
  }
  b.link('alb', 'web').link('albSg', 'webSg', { fromPort: 8080 });
  for (const { key, calls } of SERVICES) {
    for (const server of calls) b.link(key, server).link(`${key}Sg`, `${server}Sg`, { fromPort: 8080 });
  }
  return b.build();
}
