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

/**
 * Network interfaces an instance takes, primary included (EC2 "Maximum network interfaces"
 * per instance type): the Nitro m/c/r sizes by vCPUs (medium 2, large 3, xlarge and 2xlarge
 * 4, up to 12xlarge 8, above 15); the burstable t3/t3a/t4g sizes have a table of their own
 * (nano and micro 2, small to large 3, xlarge and 2xlarge 4), t2 from small up 3.
 */
const BURSTABLE_ENIS: Readonly<Record<string, number>> = { nano: 2, micro: 2, small: 3, medium: 3, large: 3, xlarge: 4, '2xlarge': 4 };

export function eniLimitForVcpus(vcpus: number): number {
  if (vcpus <= 1) return 2;
  if (vcpus <= 2) return 3;
  if (vcpus <= 8) return 4;
  if (vcpus <= 48) return 8;
  return 15;
}

export function instanceEnis(type: unknown): number | undefined {
  const size = instanceSize(type);
  if (!size) return undefined;
  const [family, name] = (type as string).trim().split('.') as [string, string];
  if (family.startsWith('t')) {
    if (family === 't2') return ['nano', 'micro'].includes(name) ? 2 : 3;
    return BURSTABLE_ENIS[name];
  }
  return eniLimitForVcpus(size.vcpus);
}

/**
 * awsvpc tasks an instance holds with the awsvpcTrunking account setting on (ECS "Increasing
 * Linux container instance network interfaces": a c5.large holds 10 instead of 2; the
 * supported m/c/r sizes go 10, 20, 40 from large to 2xlarge, then 60, and 120 from 18xlarge
 * up). Burstable types do not support trunking: undefined, their ENI limit stays.
 */
export function trunkedTaskLimit(type: unknown): number | undefined {
  const size = instanceSize(type);
  if (!size || (type as string).trim().startsWith('t')) return undefined;
  if (size.vcpus < 2) return undefined;
  if (size.vcpus === 2) return 10;
  if (size.vcpus === 4) return 20;
  if (size.vcpus === 8) return 40;
  if (size.vcpus < 72) return 60;
  return 120;
}

/** Linux on Graviton types (a `g` after the generation: m6g, c7gd, t4g) is arm64. */
export function cpuArchitectureOf(type: unknown): 'arm64' | 'x86_64' | undefined {
  if (typeof type !== 'string') return undefined;
  const match = /^[a-z]\d+([a-z]*)(?:-flex)?\./.exec(type.trim());
  if (!match) return undefined;
  return match[1]!.includes('g') ? 'arm64' : 'x86_64';
}
