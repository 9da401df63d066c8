import { describe, expect, it } from 'vitest';
import { serviceConnectDesign } from '../kinds/cloudmap-namespace/test-designs.ts';
import { applied, artifactsOfType, contentAt, editedText } from '../test-support/builders.ts';
import { artifactText, derive } from './index.ts';
import type { JsonObject } from '../model/json.ts';

const dnsDesign = (edge: JsonObject = { discovery: 'dns' }) => {
  const b = serviceConnectDesign({ namespace: { name: 'shop.internal', type: 'DNS_PRIVATE', vpcId: 'vpc-0123456789abcdef0' } });
  return b.link('orders', 'ns', edge);
};

describe('DNS service discovery from a service → private DNS namespace connection (ECS_RULES §3.7)', () => {
  it('registers the service: a Cloud Map CreateService with A records (awsvpc) and serviceRegistries pointing at it', () => {
    const d = dnsDesign().build();
    const [cloudMap] = artifactsOfType(d, 'cloudmap-service');
    expect(cloudMap!.path).toBe('cloudmap-services/orders.json');
    expect(cloudMap!.content).toEqual({
      Name: 'orders',
      NamespaceId: expect.stringMatching(/^ns-[0-9a-f]{16}$/),
      DnsConfig: { RoutingPolicy: 'MULTIVALUE', DnsRecords: [{ Type: 'A', TTL: 60 }] },
      HealthCheckCustomConfig: { FailureThreshold: 1 },
    });
    const service = contentAt(d, 'services/orders.json');
    expect(service.serviceRegistries).toEqual([{ registryArn: expect.stringMatching(/^arn:aws:servicediscovery:us-east-1:123456789012:service\/srv-[0-9a-f]{16}$/) }]);
    // DNS only: no Service Connect.
    expect(service.serviceConnectConfiguration).toBeUndefined();
  });

  it('SRV records carry the container and port (SD-BRIDGE, SD-SRV); both registers for Service Connect too', () => {
    const d = dnsDesign({ discovery: 'both', registry: { recordType: 'SRV', ttl: 10 } }).build();
    const service = contentAt(d, 'services/orders.json');
    expect(service.serviceRegistries).toEqual([{ registryArn: expect.any(String), containerName: 'orders', containerPort: 8080 }]);
    expect(service.serviceConnectConfiguration).toEqual({ enabled: true, namespace: 'shop.internal' });
    expect((contentAt(d, 'cloudmap-services/orders.json').DnsConfig as JsonObject).DnsRecords).toEqual([{ Type: 'SRV', TTL: 10 }]);
  });

  it('an HTTP namespace answers no DNS: nothing is registered (CM-DNS-HTTP says so)', () => {
    const d = serviceConnectDesign().link('orders', 'ns', { discovery: 'dns' }).build();
    expect(artifactsOfType(d, 'cloudmap-service')).toEqual([]);
    expect(contentAt(d, 'services/orders.json').serviceRegistries).toBeUndefined();
  });

  it('hand-written serviceRegistries stay as written (after the drawn one)', () => {
    const b = dnsDesign();
    const node = b.design.nodes.find((n) => n.id === b.id('orders'))!;
    node.data = { ...node.data, serviceRegistries: [{ registryArn: 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-existing' }] };
    const list = contentAt(b.build(), 'services/orders.json').serviceRegistries as JsonObject[];
    expect(list.map((r) => r.registryArn)).toEqual([expect.stringMatching(/srv-[0-9a-f]{16}$/), 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-existing']);
  });

  it('edits apply back: unchanged files change nothing; record type, TTL and name onto the connection; the entry taken out stops DNS discovery', () => {
    const d = dnsDesign({ discovery: 'both' }).build();
    for (const a of derive(d).filter((x) => x.type === 'cloudmap-service' || x.type === 'service')) expect(applied(d, a.path, artifactText(a))).toStrictEqual(d);
    const text = editedText(d, 'cloudmap-services/orders.json', (c) => {
      c.Name = 'orders-api';
      (c.DnsConfig as JsonObject).DnsRecords = [{ Type: 'SRV', TTL: 15 }];
    });
    const after = applied(d, 'cloudmap-services/orders.json', text);
    expect(after.edges.find((e) => e.kind === 'in-namespace')!.data).toEqual({ discovery: 'both', registry: { name: 'orders-api', recordType: 'SRV', ttl: 15 } });
    expect(artifactText({ content: contentAt(after, 'cloudmap-services/orders.json') })).toBe(text);
    const dropped = applied(d, 'services/orders.json', editedText(d, 'services/orders.json', (c) => void delete c.serviceRegistries));
    expect(dropped.edges.find((e) => e.kind === 'in-namespace')!.data).toBeUndefined();
    expect(artifactsOfType(dropped, 'cloudmap-service')).toEqual([]);
  });

  it('an SRV container port typed in serviceRegistries is kept on the connection', () => {
    const d = dnsDesign({ discovery: 'dns', registry: { recordType: 'SRV' } }).build();
    const text = editedText(d, 'services/orders.json', (c) => void ((c.serviceRegistries as JsonObject[])[0]!.containerPort = 8443));
    const after = applied(d, 'services/orders.json', text);
    expect(after.edges.find((e) => e.kind === 'in-namespace')!.data!.registry).toEqual({ recordType: 'SRV', containerName: 'orders', containerPort: 8443 });
    expect(artifactText({ content: contentAt(after, 'services/orders.json') })).toBe(text);
  });
});
