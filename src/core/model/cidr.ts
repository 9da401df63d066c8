/** IPv4 CIDR blocks, as far as the network rules need them: parse, contain, overlap. */
export interface Cidr {
  /** First address, as an unsigned 32-bit number. */
  start: number;
  prefix: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** `10.0.1.0/24` → its range; undefined for anything else (including host bits set, which EC2 refuses). */
export function parseCidr(text: unknown): Cidr | undefined {
  if (typeof text !== 'string') return undefined;
  const m = CIDR.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  if (address % size(prefix) !== 0) return undefined;
  return { start: address, prefix };
}

const size = (prefix: number): number => 2 ** (32 - prefix);

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && inner.start >= outer.start && inner.start + size(inner.prefix) <= outer.start + size(outer.prefix);
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.start < b.start + size(b.prefix) && b.start < a.start + size(a.prefix);
}
