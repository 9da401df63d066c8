import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { pointer } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { stableHex, toApi, type ApiField } from '../api-fields.ts';
import { vpcIdOf } from '../vpc/derive.ts';

/**
 * A Cloud Map namespace: where Service Connect and DNS service discovery register
 * services. HTTP namespaces answer API calls only (enough for Service Connect); private
 * DNS namespaces are a Route 53 private hosted zone of one VPC and also answer DNS.
 */
export type NamespaceType = 'HTTP' | 'DNS_PRIVATE';

export function namespaceType(ns: DesignNode): NamespaceType {
  return ns.data.type === 'DNS_PRIVATE' ? 'DNS_PRIVATE' : 'HTTP';
}

/** CreateHttpNamespace input, in API reference order. */
export const HTTP_NAMESPACE_FIELDS: readonly ApiField[] = [
  { api: ['Name'], data: 'name' },
  { api: ['CreatorRequestId'], data: 'creatorRequestId' },
  { api: ['Description'], data: 'description' },
  { api: ['Tags'], data: 'tags' },
];

/** CreatePrivateDnsNamespace input, in API reference order; Vpc comes from the drawn VPC or the literal vpcId. */
export const DNS_NAMESPACE_FIELDS: readonly ApiField[] = [
  { api: ['Name'], data: 'name' },
  { api: ['CreatorRequestId'], data: 'creatorRequestId' },
  { api: ['Description'], data: 'description' },
  { api: ['Vpc'] },
  { api: ['Tags'], data: 'tags' },
  { api: ['Properties', 'DnsProperties', 'SOA', 'TTL'], data: 'soaTtl' },
];

export const fieldsOf = (type: NamespaceType): readonly ApiField[] => (type === 'HTTP' ? HTTP_NAMESPACE_FIELDS : DNS_NAMESPACE_FIELDS);

/** Whether the node names a namespace that exists (by its ARN): no create call then. */
export function isExistingNamespace(ns: DesignNode): boolean {
  return typeof ns.data.namespaceArn === 'string' && ns.data.namespaceArn !== '';
}

/**
 * The namespace id: the last part of an existing namespace's ARN, else a stand-in of
 * Cloud Map's shape (`ns-` and 16 characters), stable per node (so renames keep it).
 */
export function namespaceId(ns: DesignNode): string {
  if (isExistingNamespace(ns)) {
    const arn = ns.data.namespaceArn as string;
    return arn.slice(arn.lastIndexOf('/') + 1);
  }
  return `ns-${stableHex(`ns:${ns.id}`, 16)}`;
}

export function namespaceArn(ns: DesignNode, ctx: Pick<DeriveContext, 'region' | 'accountId'>): string {
  return isExistingNamespace(ns) ? (ns.data.namespaceArn as string) : `arn:aws:servicediscovery:${ctx.region}:${ctx.accountId}:namespace/${namespaceId(ns)}`;
}

/**
 * How ECS files name the namespace (serviceConnectConfiguration.namespace, a cluster's
 * serviceConnectDefaults.namespace): its ARN when it exists, else its name (ECS takes
 * either; the name reads better and is what the namespace is created with).
 */
export function namespaceRef(ns: DesignNode): string {
  return isExistingNamespace(ns) ? (ns.data.namespaceArn as string) : textOf(ns.data.name ?? ns.id);
}

/** The VPC a private DNS namespace is in: the drawn VPC's id, else its literal vpcId. */
export function namespaceVpc(ns: DesignNode, ctx: DeriveContext): { value?: string; vpc?: DesignNode } {
  const vpc = ctx.index.target(ns.id, 'in-vpc');
  if (vpc) return { value: vpcIdOf(vpc), vpc };
  return { value: typeof ns.data.vpcId === 'string' && ns.data.vpcId ? ns.data.vpcId : undefined };
}

export function namespacePath(ns: DesignNode): string {
  return `cloudmap-namespaces/${safeSegment(ns.data.name, ns.id)}.json`;
}

/** The namespace's create call (CreateHttpNamespace or CreatePrivateDnsNamespace), unless it exists. */
export function namespaceArtifacts(ns: DesignNode, ctx: DeriveContext): Artifact[] {
  if (isExistingNamespace(ns)) return [];
  const type = namespaceType(ns);
  const owners = [{ pointer: '', nodeId: ns.id }];
  let derived: Record<string, string | undefined> = {};
  if (type === 'DNS_PRIVATE') {
    const vpc = namespaceVpc(ns, ctx);
    derived = { Vpc: vpc.value };
    if (vpc.vpc) owners.push({ pointer: pointer('Vpc'), nodeId: vpc.vpc.id });
  }
  return [
    {
      path: namespacePath(ns),
      type: type === 'HTTP' ? 'cloudmap-http-namespace' : 'cloudmap-dns-namespace',
      nodeId: ns.id,
      title: textOf(ns.data.name ?? ns.id),
      content: toApi(ns.data, fieldsOf(type), derived),
      owners,
    },
  ];
}
