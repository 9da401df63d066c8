import { useState } from 'react';
import { DEFAULT_PRICES, getPrice, isPriceValue, PRICE_PATHS, regionPrices } from '../../core/cost/prices.ts';
import { withPrice } from '../../core/cost/settings.ts';
import type { Design } from '../../core/model/design.ts';
import { setCostSettings, useCostSettings } from '../../state/cost-settings.ts';
import { readNumberInput } from './format.ts';

/**
 * The price list of the design's region, editable: a figure typed in replaces the file's
 * (and is kept in this browser); clearing the field goes back to the file's figure. Lists
 * the fixed prices and the instance types of the design and of the file.
 */
export function PriceEditor({ region, design }: { region: string; design: Design }) {
  const settings = useCostSettings();
  const file = regionPrices(region, {});
  const own = settings.prices[region] ?? {};
  const types = new Set<string>();
  for (const node of design.nodes) {
    if (node.kind === 'capacity-ec2' && typeof node.data.instanceType === 'string' && node.data.instanceType.trim()) types.add(node.data.instanceType.trim());
  }
  for (const type of Object.keys({ ...file?.ec2, ...file?.ec2Unconfirmed })) types.add(type);
  for (const path of Object.keys(own)) if (path.startsWith('ec2/')) types.add(path.slice(4));
  const rows = [
    ...PRICE_PATHS,
    ...[...types].sort().map((type) => ({ path: `ec2/${type}`, label: `EC2 ${type} (Linux)`, unit: 'per instance-hour' })),
  ];
  const set = (path: string, value: number | undefined) => setCostSettings(withPrice(settings, region, path, value));

  return (
    <div role="group" aria-label={`Prices for ${region}`} className="mt-2 rounded border border-slate-200 p-2 dark:border-slate-800">
      <p className="mb-1.5 text-xs text-slate-500 dark:text-slate-400">
        Prices for {region} in US dollars, from the price list of {DEFAULT_PRICES.date} (its sources are in src/core/cost/prices.json). A figure you type is kept in this browser;
        clear it to use the list's figure again. Empty in the list: not confirmed, enter it to include it.
      </p>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(260px,1fr))] gap-x-4 gap-y-1">
        {rows.map((row) => (
          <PriceField
            key={row.path}
            label={row.label}
            unit={row.unit}
            fileValue={file ? getPrice(file, row.path) : null}
            ownValue={own[row.path]}
            onChange={(value) => set(row.path, value)}
          />
        ))}
      </div>
    </div>
  );
}

function PriceField({ label, unit, fileValue, ownValue, onChange }: { label: string; unit: string; fileValue: number | null; ownValue: number | null | undefined; onChange(value: number | undefined): void }) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const shown = ownValue !== undefined ? (ownValue === null ? '' : String(ownValue)) : '';
  const apply = () => {
    if (draft === undefined) return;
    const read = readNumberInput(draft);
    setDraft(undefined);
    if (read === undefined) onChange(undefined);
    else if (isPriceValue(read)) onChange(read);
  };
  return (
    <label className="flex items-center justify-between gap-2 text-xs" title={`${label}, ${unit}`}>
      <span className="min-w-0 truncate">
        {label} <span className="text-slate-500 dark:text-slate-400">{unit}</span>
      </span>
      <input
        type="text"
        inputMode="decimal"
        aria-label={`${label} ${unit}`}
        value={draft ?? shown}
        placeholder={fileValue === null ? 'not confirmed' : String(fileValue)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          if (e.key === 'Escape') setDraft(undefined);
        }}
        className={`w-24 shrink-0 rounded border px-1.5 py-0.5 tabular-nums dark:bg-slate-950 ${ownValue !== undefined ? 'border-accent-500 font-semibold' : 'border-slate-300 dark:border-slate-700'}`}
      />
    </label>
  );
}
