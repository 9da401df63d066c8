/**
 * vCPUs and memory of the common EC2 instance types, by the pattern their names follow
 * (EC2 instance types guide): in the general-purpose, compute- and memory-optimised
 * families (m, c, r, with any generation and suffix such as m6i, c7g, r6gd, m7i-flex) a
 * `large` has 2 vCPUs, an `xlarge` 4, an `Nxlarge` 4·N, a `medium` 1, and each vCPU comes
 * with 2 GiB (c), 4 GiB (m) or 8 GiB (r); the burstable t families have sizes of their
 * own. Other families (and metal sizes) are not known here: rules that need a size stay
 * silent rather than guess.
 */
export interface InstanceSize {
  vcpus: number;
  memoryMiB: number;
}

const GIB_PER_VCPU: Readonly<Record<string, number>> = { c: 2, m: 4, r: 8 };

/** t3, t3a, t4g (t2 differs only below medium, where it has one vCPU). */
const BURSTABLE: Readonly<Record<string, [number, number]>> = {
  nano: [2, 0.5],
  micro: [2, 1],
  small: [2, 2],
  medium: [2, 4],
  large: [2, 8],
  xlarge: [4, 16],
  '2xlarge': [8, 32],
};

function vcpusOf(size: string): number | undefined {
  if (size === 'medium') return 1;
  if (size === 'large') return 2;
  if (size === 'xlarge') return 4;
  const n = /^(\d+)xlarge$/.exec(size)?.[1];
  return n ? 4 * Number(n) : undefined;
}

export function instanceSize(type: unknown): InstanceSize | undefined {
  if (typeof type !== 'string') return undefined;
  const match = /^([a-z])(\d+)([a-z]*)(?:-flex)?\.([a-z0-9]+)$/.exec(type.trim());
  if (!match) return undefined;
  const [, family, generation, , size] = match as unknown as [string, string, string, string, string];
  if (family === 't') {
    const burst = BURSTABLE[size];
    if (!burst) return undefined;
    const vcpus = generation === '2' && ['nano', 'micro', 'small'].includes(size) ? 1 : burst[0];
    return { vcpus, memoryMiB: burst[1] * 1024 };
  }
  const perVcpu = GIB_PER_VCPU[family];
  const vcpus = vcpusOf(size);
  if (perVcpu === undefined || vcpus === undefined) return undefined;
  return { vcpus, memoryMiB: vcpus * perVcpu * 1024 };
}
