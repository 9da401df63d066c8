import { setEdgeData } from '../../../commands/design-commands.ts';
import { isPlainObject, pointer, type JsonObject } from '../../../model/json.ts';
import { textOf } from '../../../model/text.ts';
import { namespaceType } from '../../cloudmap-namespace/derive.ts';
import { dnsDiscovery } from '../../../derive/service-discovery.ts';
import { withDnsDiscovery } from '../../../derive/service-connect.ts';
import type { RuleModule } from '../../../validate/context.ts';
import { commandFix } from '../../../validate/fixes.ts';
import { num, objects, services } from '../../../validate/service-view.ts';
import { scalingMax } from './service-connect.ts';

const REGISTRY_ARN = /^arn:aws[a-z-]*:servicediscovery:[a-z0-9-]+:\d{12}:service\/srv-[A-Za-z0-9]+$/;

/**
 * Service discovery (ECS_RULES §3.7 SD-*) over each service's serviceRegistries as sent,
 * drawn (a service → DNS namespace connection) or typed. SD-A and SD-SRV's "needs a port"
 * half know the record type only for a drawn registry. CM-DNS-HTTP (this designer's, Cloud
 * Map): a connection asking for DNS discovery in an HTTP namespace, which answers API calls only.
 */
export const serviceDiscoveryRules: RuleModule = {
  area: 'Service discovery',
  rules: {
    'SD-MAX': 'error',
    'SD-ARN': 'error',
    'SD-BRIDGE': 'error',
    'SD-SRV': 'error',
    'SD-A': 'warning',
    'SD-EXT': 'error',
    'SD-CLB': 'error',
    'SD-LIMIT': 'warning',
    'CM-DNS-HTTP': 'error',
  },
  check(ctx) {
    for (const view of services(ctx)) {
      const edge = ctx.index.outgoing(view.node.id, 'in-namespace')[0];
      const ns = edge && ctx.index.node(edge.target);
      if (edge && ns && withDnsDiscovery(edge) && namespaceType(ns) === 'HTTP') {
        ctx.report({
          ruleId: 'CM-DNS-HTTP',
          node: view.node,
          message: `Service ${view.label} asks for DNS service discovery in ${textOf(ns.data.name ?? ns.id)}, an HTTP namespace, which answers API calls only: make it a private DNS namespace, or use Service Connect.`,
        });
      }
      const registries = objects(view.content.serviceRegistries);
      if (!registries.length) continue;
      const report = (ruleId: string, at: string, message: string, fix?: ReturnType<typeof commandFix>) => ctx.report({ ruleId, node: view.node, pointer: at, message, fix });
      const at = (i: number, ...rest: string[]) => pointer('serviceRegistries', i, ...rest);
      if (registries.length > 1) report('SD-MAX', at(1), `Service ${view.label} lists ${registries.length} service registries; ECS takes one.`);
      const drawn = dnsDiscovery(view.node, ctx.derive);
      const mode = view.td?.networkMode ?? (view.targets.includes('FARGATE') ? 'awsvpc' : 'bridge');
      registries.forEach((r, i) => {
        if (typeof r.registryArn !== 'string' || !REGISTRY_ARN.test(r.registryArn)) {
          report('SD-ARN', at(i, 'registryArn'), `Service ${view.label}: registryArn ${r.registryArn === undefined ? 'is missing' : `"${textOf(r.registryArn)}" is not a Cloud Map service ARN`} (arn:aws:servicediscovery:<region>:<account>:service/srv-…).`);
        }
        const isDrawn = drawn !== undefined && r.registryArn === drawn.registryArn;
        const hasContainer = r.containerName !== undefined || r.containerPort !== undefined;
        const recordFix = isDrawn && drawn.registry.recordType !== undefined ? commandFix('Use SRV records', (d) => setEdgeData(d, drawn.edge.id, { ...(drawn.edge.data ?? {}), registry: without(drawn.registry, 'recordType') })) : undefined;
        if ((mode === 'bridge' || mode === 'host') && (r.containerName === undefined || r.containerPort === undefined)) {
          report('SD-BRIDGE', at(i), `Service ${view.label} runs ${mode}-mode tasks: its registry needs both containerName and containerPort (SRV records with the port) from the task definition.`, recordFix);
        }
        if (mode === 'awsvpc' && r.port !== undefined && hasContainer) {
          report('SD-SRV', at(i, 'port'), `Service ${view.label}: a registry takes containerName and containerPort, or port, not both.`);
        }
        if (isDrawn && drawn.recordType === 'SRV' && mode === 'awsvpc' && r.port === undefined && !(r.containerName !== undefined && r.containerPort !== undefined)) {
          report('SD-SRV', at(i), `Service ${view.label}: SRV records need a port: its task definition has no container with a port mapping, and the connection sets none.`);
        }
        if (isDrawn && drawn.recordType === 'A' && (mode === 'bridge' || mode === 'host')) {
          report('SD-A', at(i), `Service ${view.label}: A records hold only task IP addresses, which fit awsvpc tasks; ${mode}-mode tasks share their instance’s address and need SRV records (with the port).`, recordFix);
        }
      });
      if (view.targets.includes('EXTERNAL')) report('SD-EXT', pointer('serviceRegistries'), `Service ${view.label}: service discovery is not available on external (ECS Anywhere) instances.`);
      if (view.loadBalancers.some((lb) => typeof lb.loadBalancerName === 'string')) {
        report('SD-CLB', pointer('serviceRegistries'), `Service ${view.label}: service discovery cannot be used with a Classic Load Balancer.`);
      }
      const max = Math.max(num(view.content.desiredCount) ?? 0, scalingMax(ctx, view.node) ?? 0);
      if (max > 1000) report('SD-LIMIT', '/desiredCount', `Service ${view.label} may run ${max} tasks; a Cloud Map service holds at most 1,000 instances.`);
    }
  },
};

function without(obj: JsonObject, key: string): JsonObject {
  const out: JsonObject = { ...obj };
  delete out[key];
  return isPlainObject(out) ? out : {};
}
