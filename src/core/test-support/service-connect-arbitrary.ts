import fc from 'fast-check';
import type { JsonObject } from '../model/json.ts';
import { ACCOUNT, compact, maybe, pick, type Add, type Link } from './arbitrary-helpers.ts';

/** Cloud Map namespaces and what uses them (design-arbitrary.ts): clusters, services (Service Connect, DNS), client → server calls. */
export interface ServiceConnectPlan {
  namespaces: Array<{ dns: boolean; vpc?: number; literalVpc: boolean; existing: boolean; data: JsonObject }>;
  clusterDefaults: Array<{ cluster: number; namespace: number }>;
  members: Array<{ service: number; namespace: number; data: JsonObject }>;
  /** serverRole: a call with TLS also draws an infrastructure role for the server (its TLS role when the call names none). */
  calls: Array<{ client: number; server: number; data: JsonObject; serverRole: boolean }>;
  /** Hand-written serviceConnectConfiguration / serviceRegistries on a service (imported or typed). */
  literals: Array<{ service: number; data: JsonObject }>;
}

const namespaceDataArb = fc
  .record({ description: maybe(fc.constantFrom('app services', 'internal')), soaTtl: maybe(fc.integer({ min: 0, max: 3600 })), tags: maybe(fc.constant([{ Key: 'team', Value: 'shop' }])) })
  .map(compact);

const memberDataArb = fc.oneof(
  fc.constant<JsonObject>({}),
  fc.constant<JsonObject>({ discovery: 'dns' }),
  fc.constant<JsonObject>({ discovery: 'both' }),
  fc.constant<JsonObject>({ discovery: 'dns', registry: { recordType: 'SRV', ttl: 10 } }),
  fc.constant<JsonObject>({ discovery: 'both', registry: { name: 'api', recordType: 'A' } }),
  fc.constant<JsonObject>({ discovery: 'dns', registry: { recordType: 'SRV', containerName: 'c0', containerPort: 8080 } }),
);

const callDataArb = fc.oneof(
  fc.constant<JsonObject>({}),
  fc.record({ alias: fc.record({ port: fc.integer({ min: 1, max: 65535 }) }) }),
  fc.record({ alias: fc.record({ port: fc.integer({ min: 1, max: 65535 }), dnsName: fc.constantFrom('orders', 'api.internal') }), discoveryName: fc.constantFrom('orders', 'api') }),
  fc.constant<JsonObject>({ timeout: { idleTimeoutSeconds: 60, perRequestTimeoutSeconds: 5 }, ingressPortOverride: 9000 }),
  fc.constant<JsonObject>({ tls: { issuerCertificateAuthority: { awsPcaAuthorityArn: `arn:aws:acm-pca:us-east-1:${ACCOUNT}:certificate-authority/ca` }, roleArn: `arn:aws:iam::${ACCOUNT}:role/sc-tls` } }),
  // No roleArn: the server's infrastructure role, when one is drawn, is the TLS role.
  fc.constant<JsonObject>({ tls: { issuerCertificateAuthority: { awsPcaAuthorityArn: `arn:aws:acm-pca:us-east-1:${ACCOUNT}:certificate-authority/ca` } } }),
  fc.constant<JsonObject>({ portName: 'missing' }),
);

const literalArb = fc.oneof(
  fc.constant<JsonObject>({ serviceConnectConfiguration: { enabled: true, namespace: 'elsewhere', services: [{ portName: 'hand', clientAliases: [{ port: 81 }] }] } }),
  fc.constant<JsonObject>({ serviceConnectConfiguration: { enabled: true, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/sc' } } } }),
  fc.constant<JsonObject>({ serviceRegistries: [{ registryArn: `arn:aws:servicediscovery:us-east-1:${ACCOUNT}:service/srv-existing0000000` }] }),
);

export const serviceConnectPlanArb: fc.Arbitrary<ServiceConnectPlan> = fc.record({
  namespaces: fc.array(fc.record({ dns: fc.boolean(), vpc: maybe(fc.nat()), literalVpc: fc.boolean(), existing: fc.boolean(), data: namespaceDataArb }), { maxLength: 2 }),
  clusterDefaults: fc.array(fc.record({ cluster: fc.nat(), namespace: fc.nat() }), { maxLength: 1 }),
  members: fc.array(fc.record({ service: fc.nat(), namespace: fc.nat(), data: memberDataArb }), { maxLength: 3 }),
  calls: fc.array(fc.record({ client: fc.nat(), server: fc.nat(), data: callDataArb, serverRole: fc.boolean() }), { maxLength: 3 }),
  literals: fc.array(fc.record({ service: fc.nat(), data: literalArb }), { maxLength: 1 }),
}) as fc.Arbitrary<ServiceConnectPlan>;

/**
 * Draws the plan's namespaces and links (links the relation rules refuse are skipped).
 * Literal configurations are set on services first, as an import would have them.
 */
export function buildServiceConnect(plan: ServiceConnectPlan, add: Add, link: Link, setData: (id: string, data: JsonObject) => void, services: readonly string[], clusters: readonly string[], vpcs: readonly string[]): void {
  for (const l of plan.literals) {
    const service = pick(services, l.service);
    if (service) setData(service, l.data);
  }
  const namespaces = plan.namespaces.map((n, i) => {
    const id = add('cloudmap-namespace', {
      name: n.dns ? `ns${i}.internal` : `ns-${i}`,
      type: n.dns ? 'DNS_PRIVATE' : 'HTTP',
      ...(n.existing ? { namespaceArn: `arn:aws:servicediscovery:us-east-1:${ACCOUNT}:namespace/ns-existing000000${i}` } : {}),
      ...(n.dns && n.literalVpc ? { vpcId: `vpc-0${i}literal` } : {}),
      ...n.data,
    });
    const vpc = pick(vpcs, n.vpc);
    if (n.dns && vpc) link(id, vpc);
    return id;
  });
  for (const c of plan.clusterDefaults) {
    const cluster = pick(clusters, c.cluster);
    const ns = pick(namespaces, c.namespace);
    if (cluster && ns) link(cluster, ns);
  }
  for (const m of plan.members) {
    const service = pick(services, m.service);
    const ns = pick(namespaces, m.namespace);
    if (service && ns) link(service, ns, Object.keys(m.data).length ? m.data : undefined);
  }
  plan.calls.forEach((c, i) => {
    const client = pick(services, c.client);
    const server = pick(services, c.server);
    if (!client || !server || client === server) return;
    link(client, server, Object.keys(c.data).length ? c.data : undefined);
    // A server that already has an infrastructure role keeps it (one per service): this one then stands unconnected.
    if (c.serverRole && c.data.tls !== undefined) link(add('role-infrastructure', { roleName: `sc-infra-${i}`, managedPolicyArns: [] }), server);
  });
}
