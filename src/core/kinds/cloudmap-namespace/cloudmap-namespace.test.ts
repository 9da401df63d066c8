import { describe, expect, it } from 'vitest';
import { DesignBuilder, applied, artifactsOfType, contentAt, editedText } from '../../test-support/builders.ts';
import { artifactText, derive } from '../../derive/index.ts';
import { placeholderId } from '../ec2-resource.ts';

describe('Cloud Map namespace', () => {
  it('HTTP: CreateHttpNamespace with name, description and tags', () => {
    const d = new DesignBuilder().add('ns', 'cloudmap-namespace', { name: 'internal', description: 'app services', tags: [{ Key: 'team', Value: 'shop' }] }).build();
    const [a] = artifactsOfType(d, 'cloudmap-http-namespace', 'cloudmap-dns-namespace');
    expect(a!.type).toBe('cloudmap-http-namespace');
    expect(a!.content).toEqual({ Name: 'internal', Description: 'app services', Tags: [{ Key: 'team', Value: 'shop' }] });
  });

  it('private DNS: CreatePrivateDnsNamespace in the drawn VPC, else the literal VPC id', () => {
    const b = new DesignBuilder().add('vpc', 'vpc', { name: 'main', cidrBlock: '10.0.0.0/16' }).add('ns', 'cloudmap-namespace', { name: 'shop.internal', type: 'DNS_PRIVATE', vpcId: 'vpc-0aaa', soaTtl: 30 });
    expect(contentAt(b.build(), 'cloudmap-namespaces/shop.internal.json')).toEqual({ Name: 'shop.internal', Vpc: 'vpc-0aaa', Properties: { DnsProperties: { SOA: { TTL: 30 } } } });
    b.link('ns', 'vpc');
    const vpc = b.design.nodes.find((n) => n.kind === 'vpc')!;
    expect(contentAt(b.build(), 'cloudmap-namespaces/shop.internal.json').Vpc).toBe(placeholderId('vpc', vpc));
  });

  it('an existing namespace (by ARN) has no create call', () => {
    const d = new DesignBuilder().add('ns', 'cloudmap-namespace', { name: 'internal', namespaceArn: 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abc' }).build();
    expect(artifactsOfType(d, 'cloudmap-http-namespace')).toEqual([]);
  });

  it('edits apply back: name, description, unknown keys kept; a Vpc of a drawn VPC becomes the connection', () => {
    const b = new DesignBuilder().add('vpc', 'vpc', { name: 'main', cidrBlock: '10.0.0.0/16' }).add('ns', 'cloudmap-namespace', { name: 'shop.internal', type: 'DNS_PRIVATE', vpcId: 'vpc-0aaa' });
    const d = b.build();
    const path = 'cloudmap-namespaces/shop.internal.json';
    for (const a of derive(d).filter((x) => x.path === path)) expect(applied(d, path, artifactText(a))).toStrictEqual(d);
    const vpc = d.nodes.find((n) => n.kind === 'vpc')!;
    const text = editedText(d, path, (c) => {
      c.Description = 'shop';
      c.Vpc = placeholderId('vpc', vpc);
      c.CreatorRequestId = 'once';
    });
    const after = applied(d, path, text);
    expect(after.edges.some((e) => e.kind === 'in-vpc' && e.target === vpc.id)).toBe(true);
    expect(after.nodes.find((n) => n.kind === 'cloudmap-namespace')!.data).toEqual({ name: 'shop.internal', type: 'DNS_PRIVATE', description: 'shop', creatorRequestId: 'once' });
    // Derived in API order: the same JSON as typed.
    expect(contentAt(after, path)).toEqual(JSON.parse(text));
  });
});
