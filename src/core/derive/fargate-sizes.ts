/**
 * Fargate task sizes (ECS_RULES §2.3) and the parsing of the cpu/memory strings the API
 * accepts ("1024", "1 vCPU", ".25 vcpu"; "2048", "2GB", "0.5 GB").
 */

export interface FargateRow {
  cpu: number;
  memory: readonly number[];
  windows: boolean;
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

export const FARGATE_SIZES: readonly FargateRow[] = [
  { cpu: 256, memory: [512, 1024, 2048], windows: false },
  { cpu: 512, memory: range(1024, 4096, 1024), windows: false },
  { cpu: 1024, memory: range(2048, 8192, 1024), windows: true },
  { cpu: 2048, memory: range(4096, 16384, 1024), windows: true },
  { cpu: 4096, memory: range(8192, 30720, 1024), windows: true },
  { cpu: 8192, memory: range(16384, 61440, 4096), windows: false },
  { cpu: 16384, memory: range(32768, 122880, 8192), windows: false },
];

/** CPU units from a task `cpu` value; undefined when it cannot be read. */
export function parseCpuUnits(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const vcpu = /^(\d*\.?\d+)\s*vcpu$/i.exec(text);
  if (vcpu) return Math.round(Number(vcpu[1]) * 1024);
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** MiB from a task `memory` value; undefined when it cannot be read. */
export function parseMemoryMiB(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const gb = /^(\d*\.?\d+)\s*gb$/i.exec(text);
  if (gb) return Math.round(Number(gb[1]) * 1024);
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

export function isValidFargatePair(cpu: number, memory: number, windows = false): boolean {
  return FARGATE_SIZES.some((row) => row.cpu === cpu && row.memory.includes(memory) && (!windows || row.windows));
}

/**
 * The smallest valid Fargate size with at least `minCpu` units and `minMemory` MiB,
 * keeping a value the user fixed (cpu or memory) when one is given.
 */
export function smallestFargateSize(
  need: { minCpu: number; minMemory: number; fixedCpu?: number; fixedMemory?: number; windows?: boolean },
): { cpu: number; memory: number } | undefined {
  for (const row of FARGATE_SIZES) {
    if (need.windows && !row.windows) continue;
    if (need.fixedCpu !== undefined ? row.cpu !== need.fixedCpu : row.cpu < need.minCpu) continue;
    const memory = row.memory.find((m) =>
      need.fixedMemory !== undefined ? m === need.fixedMemory : m >= need.minMemory,
    );
    if (memory !== undefined) return { cpu: row.cpu, memory };
  }
  return undefined;
}
