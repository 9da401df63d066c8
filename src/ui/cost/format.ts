/** Dollars as shown in the cost panel: cents, or four decimals under a dollar (so $0.2962 does not read as $0.30). */
export function formatUsd(value: number): string {
  const small = Math.abs(value) < 1 && value !== 0;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: small ? 4 : 2, maximumFractionDigits: small ? 4 : 2 }).format(value);
}

/** "$34.45" or "$34.45–$88.50" when the range differs from the figure. */
export function formatRange(range: { min: number; max: number }): string {
  return Math.abs(range.max - range.min) < 0.005 ? formatUsd(range.min) : `${formatUsd(range.min)}–${formatUsd(range.max)}`;
}

/** A number typed into a price or assumption field: undefined for an empty field, NaN for one that is not a number. */
export function readNumberInput(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const value = Number(trimmed.replace(/^\$/, ''));
  return Number.isFinite(value) ? value : Number.NaN;
}
