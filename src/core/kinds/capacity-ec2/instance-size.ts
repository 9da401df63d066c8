/** vCPUs and memory of an EC2 instance type, as far as its name tells them. */
export interface InstanceSize {
  vcpu: number;
  memoryMiB: number;
}

/**
 * GiB of memory per vCPU of the general purpose (m), compute (c) and memory (r) families,
 * the same in every current generation and processor (m6i, m7g, c6a, r5b...).
 */
const GIB_PER_VCPU: Readonly<Record<string, number>> = { m: 4, c: 2, r: 8 };

/**
 * The size an m/c/r instance type's name spells: medium 1 vCPU, large 2, xlarge 4, Nxlarge
 * 4N. Other families (burstable t, GPU, storage, metal sizes...) do not follow one pattern,
 * so undefined: nothing is guessed for them.
 */
export function instanceSize(type: unknown): InstanceSize | undefined {
  if (typeof type !== 'string') return undefined;
  const m = /^([mcr])\d+[a-z-]*\.(medium|large|xlarge|(\d+)xlarge)$/.exec(type.trim());
  if (!m) return undefined;
  const vcpu = m[2] === 'medium' ? 1 : m[2] === 'large' ? 2 : m[2] === 'xlarge' ? 4 : 4 * Number(m[3]);
  return { vcpu, memoryMiB: vcpu * GIB_PER_VCPU[m[1]!]! * 1024 };
}
