import { defined } from './keys.ts';
import type { Mapper } from './types.ts';

/** Cloud Map namespaces and the service a DNS-registered ECS service creates (the API's PascalCase is the template's). */
export const mapHttpNamespace: Mapper = (a, x) => {
  const { CreatorRequestId: _id, ...c } = x.resolve(a, a.content) as Record<string, unknown>;
  return [[x.nameOf(a), { Type: 'AWS::ServiceDiscovery::HttpNamespace', Properties: c }]];
};

export const mapDnsNamespace: Mapper = (a, x) => {
  const { CreatorRequestId: _id, ...c } = x.resolve(a, a.content) as Record<string, unknown>;
  return [[x.nameOf(a), { Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace', Properties: c }]];
};

export const mapDiscoveryService: Mapper = (a, x) => {
  const { CreatorRequestId: _id, ...c } = x.resolve(a, a.content) as Record<string, unknown>;
  return [[x.nameOf(a), { Type: 'AWS::ServiceDiscovery::Service', Properties: defined(c) }]];
};
