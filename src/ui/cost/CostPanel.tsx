import { useMemo, useState } from 'react';
import { estimateCost, type CostLine } from '../../core/cost/estimate.ts';
import { KINDS } from '../../core/kinds/registry.ts';
import { setCostSettings, useCostSettings } from '../../state/cost-settings.ts';
import { useDesignStore } from '../../state/design-store.ts';
import { derivedOf } from '../../state/derived.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { isHours, isLcu, isMinutes, MAX_HOURS_PER_MONTH } from '../../core/cost/settings.ts';
import { formatRange, formatUsd, readNumberInput } from './format.ts';
import { PriceEditor } from './PriceEditor.tsx';

/**
 * The Cost tab of the bottom panel: the design's monthly cost per service, EC2 capacity
 * and load balancer, and the total, each with the assumptions it rests on. The hours, the
 * LCUs and the prices are the user's to change (kept in this browser).
 */
export function CostPanel() {
  const design = useDesignStore((s) => s.design);
  const settings = useCostSettings();
  const [showPrices, setShowPrices] = useState(false);
  const estimate = useMemo(() => estimateCost(design, derivedOf(design).artifacts, settings), [design, settings]);
  const hasTasks = design.nodes.some((n) => n.kind === 'standalone-task');
  const ranged = estimate.totalRange.min !== estimate.total || estimate.totalRange.max !== estimate.total;

  return (
    <section aria-label="Cost estimate" className="px-3 py-2 text-[13px] text-slate-700 dark:text-slate-200">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5">
        <p>
          <span className="text-slate-500 dark:text-slate-400">Total </span>
          <strong data-cost-total className="text-[15px] text-slate-900 tabular-nums dark:text-white">
            {formatUsd(estimate.total)}
          </strong>
          <span className="text-slate-500 dark:text-slate-400"> a month</span>
          {ranged && <span className="text-slate-500 dark:text-slate-400"> ({formatRange(estimate.totalRange)} with scaling)</span>}
        </p>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {estimate.region} · on-demand prices of {estimate.priceDate}
        </p>
        <NumberSetting
          label="Hours a month"
          value={settings.hoursPerMonth}
          placeholder="730"
          title={`Hours each resource runs in a month (730 = a year's 8,760 hours / 12; at most ${MAX_HOURS_PER_MONTH}).`}
          onChange={(value) => {
            if (value === undefined) setCostSettings({ ...settings, hoursPerMonth: 730 });
            else if (isHours(value)) setCostSettings({ ...settings, hoursPerMonth: value });
          }}
        />
        <NumberSetting
          label="LCUs an hour"
          value={settings.lcuPerHour}
          placeholder="left out"
          title="Load balancer capacity units each load balancer uses per hour, on average (traffic, connections, rule evaluations). Empty: LCU charges are left out."
          onChange={(value) => {
            if (value === undefined) setCostSettings({ ...settings, lcuPerHour: undefined });
            else if (isLcu(value)) setCostSettings({ ...settings, lcuPerHour: value });
          }}
        />
        {hasTasks && (
          <NumberSetting
            label="Minutes a run"
            value={settings.minutesPerRun}
            placeholder="not set"
            title="How long one run of a scheduled standalone task lasts, in minutes (Fargate bills at least one). Empty: scheduled tasks are not priced."
            onChange={(value) => {
              if (value === undefined) setCostSettings({ ...settings, minutesPerRun: undefined });
              else if (isMinutes(value)) setCostSettings({ ...settings, minutesPerRun: value });
            }}
          />
        )}
        <button
          type="button"
          aria-expanded={showPrices}
          onClick={() => setShowPrices(!showPrices)}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Prices…
        </button>
      </div>
      {showPrices && <PriceEditor region={design.region} design={design} />}
      {estimate.lines.length ? (
        <table aria-label="Cost per resource" className="mt-2 w-full border-collapse text-left">
          <thead>
            <tr className="text-[11px] tracking-wide text-slate-500 uppercase dark:text-slate-400">
              <th className="py-1 pr-3 font-medium">Resource</th>
              <th className="py-1 pr-3 text-right font-medium whitespace-nowrap">Monthly</th>
              <th className="py-1 font-medium">Assumptions</th>
            </tr>
          </thead>
          <tbody>
            {estimate.lines.map((line) => (
              <CostRow key={line.nodeId} line={line} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2 text-slate-500 dark:text-slate-400">Nothing to price yet: add a service, EC2 capacity or a load balancer.</p>
      )}
      <ul className="mt-2 space-y-0.5 text-xs text-slate-500 dark:text-slate-400">
        {estimate.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}

function CostRow({ line }: { line: CostLine }) {
  const select = useUiStore((s) => s.select);
  return (
    <tr data-cost-line={line.name} className="border-t border-slate-200 align-top dark:border-slate-800">
      <td className="py-1.5 pr-3">
        <button type="button" onClick={() => select([line.nodeId])} className="font-medium text-slate-900 hover:underline dark:text-white" title="Select it on the canvas">
          {line.name}
        </button>
        <div className="text-[11px] text-slate-500 dark:text-slate-400">{KINDS[line.kind].label}</div>
      </td>
      <td className="py-1.5 pr-3 text-right whitespace-nowrap tabular-nums">
        <span data-cost-figure className="font-semibold text-slate-900 dark:text-white">
          {line.monthly === undefined ? '—' : formatUsd(line.monthly)}
        </span>
        {line.range && <div className="text-[11px] text-slate-500 dark:text-slate-400">{formatRange(line.range)}</div>}
      </td>
      <td className="py-1.5 text-xs">
        <p>
          {line.assumptions.map((a, i) => (
            <span key={a.label}>
              {i > 0 && <span className="text-slate-400"> · </span>}
              <span className="text-slate-500 dark:text-slate-400">{a.label}: </span>
              {a.value}
            </span>
          ))}
        </p>
        {line.parts.map((part) => (
          <p key={part.label} className="font-mono text-[11px] text-slate-500 dark:text-slate-400">
            {part.label}: {part.formula} = {part.monthly === undefined ? '—' : formatUsd(part.monthly)}
          </p>
        ))}
        {line.notes.map((note) => (
          <p key={note} className="text-amber-700 dark:text-amber-400">
            {note}
          </p>
        ))}
      </td>
    </tr>
  );
}

/** A number field that applies its value on Enter or when it loses focus. */
function NumberSetting({ label, value, placeholder, title, onChange }: { label: string; value: number | undefined; placeholder: string; title: string; onChange(value: number | undefined): void }) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const apply = () => {
    if (draft === undefined) return;
    const read = readNumberInput(draft);
    setDraft(undefined);
    if (read === undefined || !Number.isNaN(read)) onChange(read);
  };
  return (
    <label className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400" title={title}>
      {label}
      <input
        type="text"
        inputMode="decimal"
        value={draft ?? (value === undefined ? '' : String(value))}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          if (e.key === 'Escape') setDraft(undefined);
        }}
        className="w-16 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-slate-900 tabular-nums dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      />
    </label>
  );
}
