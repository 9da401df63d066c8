export interface Stats {
  median: number;
  p95: number;
  n: number;
}

/** Nearest-rank median and p95 (the same definition as the core bench). */
export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}
