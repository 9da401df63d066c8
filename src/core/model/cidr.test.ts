import { describe, expect, it } from 'vitest';
import { cidrContains, cidrsOverlap, parseCidr } from './cidr.ts';

describe('IPv4 CIDR blocks', () => {
  it('parses a block and refuses host bits, bad octets and prefixes', () => {
    expect(parseCidr('10.0.1.0/24')).toEqual({ start: (10 << 24) + 256, prefix: 24 });
    expect(parseCidr('255.255.255.255/32')).toEqual({ start: 0xffffffff, prefix: 32 });
    for (const bad of ['10.0.1.5/24', '10.0.256.0/24', '10.0.0.0/33', '10.0.0.0', 'ten/8', 42]) expect(parseCidr(bad)).toBeUndefined();
  });

  it('knows containment and overlap', () => {
    const vpc = parseCidr('10.0.0.0/16')!;
    expect(cidrContains(vpc, parseCidr('10.0.255.0/24')!)).toBe(true);
    expect(cidrContains(vpc, parseCidr('10.1.0.0/24')!)).toBe(false);
    expect(cidrContains(parseCidr('10.0.1.0/24')!, vpc)).toBe(false);
    expect(cidrsOverlap(parseCidr('10.0.0.0/23')!, parseCidr('10.0.1.0/24')!)).toBe(true);
    expect(cidrsOverlap(parseCidr('10.0.0.0/24')!, parseCidr('10.0.1.0/24')!)).toBe(false);
  });
});
