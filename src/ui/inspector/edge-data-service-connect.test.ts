import { describe, expect, it } from 'vitest';
import { serviceConnectDesign } from '../../core/kinds/cloudmap-namespace/test-designs.ts';
import { edgeFields } from './edge-data.ts';
import type { Design } from '../../core/model/design.ts';

const fields = (design: Design, kind: 'calls' | 'in-namespace') => edgeFields(design, design.edges.find((e) => e.kind === kind)!);

describe('connection fields of Service Connect and service discovery', () => {
  it('client → server: the server’s named ports to pick from, then the services[] entry’s fields', () => {
    const d = serviceConnectDesign({ serverPorts: [{ name: 'api', containerPort: 8080 }, { name: 'admin', containerPort: 9090 }, { containerPort: 22 }] }).link('web', 'orders').build();
    const f = fields(d, 'calls');
    expect(f[0]).toMatchObject({ path: ['portName'], options: ['api', 'admin'], emptyLabel: '(first: api)' });
    expect(f.map((x) => x.path.join('.'))).toEqual([
      'portName',
      'discoveryName',
      'alias.port',
      'alias.dnsName',
      'ingressPortOverride',
      'timeout.idleTimeoutSeconds',
      'timeout.perRequestTimeoutSeconds',
      'tls.issuerCertificateAuthority.awsPcaAuthorityArn',
      'tls.kmsKey',
      'tls.roleArn',
    ]);
  });

  it('a server without named ports says so (SC-PORTNAME)', () => {
    const d = serviceConnectDesign({ serverPorts: [{ containerPort: 8080 }] }).link('web', 'orders').build();
    expect(fields(d, 'calls')[0]).toMatchObject({ options: [], emptyLabel: '(no named port)', help: expect.stringContaining('SC-PORTNAME') });
  });

  it('service → namespace: the discovery choice; DNS record fields once DNS is chosen on a private DNS namespace; nothing for a cluster', () => {
    const http = serviceConnectDesign().link('orders', 'ns', { discovery: 'dns' }).build();
    expect(fields(http, 'in-namespace').map((x) => x.path.join('.'))).toEqual(['discovery']);
    const dns = serviceConnectDesign({ namespace: { type: 'DNS_PRIVATE', name: 'shop.internal' } }).link('orders', 'ns', { discovery: 'both' }).build();
    expect(fields(dns, 'in-namespace').map((x) => x.path.join('.'))).toEqual(['discovery', 'registry.name', 'registry.recordType', 'registry.ttl', 'registry.containerName', 'registry.containerPort']);
    expect(fields(serviceConnectDesign().link('cluster', 'ns').build(), 'in-namespace')).toEqual([]);
  });
});
