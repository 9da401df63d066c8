import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { simulationInput, type StrategyChoice } from '../../core/simulate/from-design.ts';
import { simulatePlacement } from '../../core/simulate/place.ts';
import type { PendingTask, SimInstance, SimResult } from '../../core/simulate/types.ts';
import { derivedOf } from '../../state/derived.ts';
import { useDesignStore } from '../../state/design-store.ts';
import { CHECKBOX, INPUT, LABEL } from '../inspector/controls.tsx';
import { CloseIcon } from '../shell/icons.tsx';
import { serviceColours } from './service-colours.ts';

const CHOICES: Array<[StrategyChoice, string]> = [
  ['design', 'As designed'],
  ['binpack', 'binpack'],
  ['spread', 'spread'],
  ['random', 'random'],
];

/** Boxes drawn at most: past that the grid says how many more there are. */
const MAX_BOXES = 120;

/**
 * "Simulate placement" for an EC2 capacity or a service on it: the group's instances as
 * boxes filling with the services' tasks, what stays PENDING and why, and the steps. The
 * counts and the strategy switch are the view's own (nothing here changes the design).
 */
export function PlacementSimulator({ nodeId, onClose }: { nodeId: string; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const design = useDesignStore((s) => s.design);
  const artifacts = useMemo(() => derivedOf(design).artifacts, [design]);
  const [strategy, setStrategy] = useState<StrategyChoice>('design');
  const [desiredCounts, setDesiredCounts] = useState<Record<string, number>>({});
  const [instanceCounts, setInstanceCounts] = useState<Record<string, number>>({});
  const [trunking, setTrunking] = useState(false);
  const [seed, setSeed] = useState(1);

  const input = useMemo(
    () => simulationInput(design, nodeId, { strategy, desiredCounts, instanceCounts, settings: { trunking, seed } }, artifacts),
    [design, nodeId, strategy, desiredCounts, instanceCounts, trunking, seed, artifacts],
  );
  const result = useMemo(() => (input ? simulatePlacement(input) : undefined), [input]);
  const colours = useMemo(() => serviceColours(input?.services.map((s) => s.id) ?? []), [input]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const names = new Map(input?.services.map((s) => [s.id, s.name]));
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className="m-auto flex max-h-[calc(100vh-2rem)] w-[min(1100px,calc(100vw-2rem))] flex-col rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <header className="flex items-center justify-between border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <div>
          <h2 id={titleId} className="text-[15px] font-semibold">
            Simulate placement
          </h2>
          <p className="text-xs text-slate-500 dark:text-slate-400">As ECS places tasks: resources and ports, then constraints, then the strategies in order. Nothing here changes the design.</p>
        </div>
        <button type="button" aria-label="Close" onClick={onClose} className="rounded p-1 text-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800">
          <CloseIcon />
        </button>
      </header>
      {!input || !result ? (
        <p className="p-4 text-sm">This node places no tasks on EC2 Auto Scaling group capacity.</p>
      ) : (
        <div className="grid min-h-0 flex-1 grid-cols-[260px_1fr] overflow-hidden">
          <aside className="space-y-4 overflow-y-auto border-r border-slate-200 p-4 dark:border-slate-800">
            <fieldset>
              <legend className={LABEL}>Strategy</legend>
              <div role="radiogroup" aria-label="Strategy" className="mt-1 grid grid-cols-2 gap-1">
                {CHOICES.map(([value, label]) => (
                  <button
                    key={value}
                    type="button"
                    role="radio"
                    aria-checked={strategy === value}
                    onClick={() => setStrategy(value)}
                    className={`h-7 rounded border text-xs font-medium ${strategy === value ? 'border-accent-600 bg-accent-600 text-white dark:border-accent-500 dark:bg-accent-500 dark:text-slate-950' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200'}`}
                  >
                    {label}
                  </button>
                ))}
              </div>
            </fieldset>
            <fieldset className="space-y-2">
              <legend className={LABEL}>Instances</legend>
              {input.groups.map((g) => (
                <label key={g.id} className="block text-xs">
                  <span className="mb-0.5 block text-slate-500 dark:text-slate-400">
                    {g.name} ({g.instanceType}, {g.zones.length ? g.zones.join(', ') : 'no zones drawn'})
                  </span>
                  <input
                    type="number"
                    min={0}
                    max={1000}
                    aria-label={`Instances of ${g.name}`}
                    className={INPUT}
                    value={g.count}
                    onChange={(e) => setInstanceCounts((c) => ({ ...c, [g.id]: clamp(e.target.valueAsNumber, 1000) }))}
                  />
                </label>
              ))}
            </fieldset>
            <fieldset className="space-y-2">
              <legend className={LABEL}>Desired tasks</legend>
              {input.services.map((s) => (
                <label key={s.id} className="block text-xs">
                  <span className="mb-0.5 flex items-center gap-1.5 text-slate-500 dark:text-slate-400">
                    <span className={`inline-block size-2.5 rounded-sm ${colours.get(s.id)}`} />
                    {s.name}
                  </span>
                  <input
                    type="number"
                    min={0}
                    max={10000}
                    aria-label={`Desired tasks of ${s.name}`}
                    className={INPUT}
                    value={s.desiredCount}
                    onChange={(e) => setDesiredCounts((c) => ({ ...c, [s.id]: clamp(e.target.valueAsNumber, 10000) }))}
                  />
                </label>
              ))}
            </fieldset>
            <label className="flex items-center gap-2 text-xs">
              <input type="checkbox" className={CHECKBOX} checked={trunking} onChange={(e) => setTrunking(e.target.checked)} />
              ENI trunking (awsvpcTrunking)
            </label>
            {strategy === 'random' || input.services.some((s) => s.strategies.some((x) => x.type === 'random')) ? (
              <label className="block text-xs">
                <span className="mb-0.5 block text-slate-500 dark:text-slate-400">Random seed</span>
                <input type="number" aria-label="Random seed" className={INPUT} value={seed} onChange={(e) => setSeed(clamp(e.target.valueAsNumber, 2 ** 31))} />
              </label>
            ) : null}
          </aside>
          <div className="min-h-0 space-y-4 overflow-y-auto p-4">
            <Summary result={result} />
            <InstanceGrid instances={result.instances} colours={colours} names={names} />
            <PendingList pending={result.pending} names={names} />
            <section aria-label="Steps">
              <h3 className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">Steps</h3>
              {result.services.map((s) => (
                <div key={s.serviceId} className="mt-2">
                  <p className="text-xs font-semibold">{s.name}</p>
                  <ol className="mt-0.5 space-y-0.5 text-xs leading-snug text-slate-600 dark:text-slate-300">
                    {s.steps.map((step, i) => (
                      <li key={i}>{step}</li>
                    ))}
                  </ol>
                </div>
              ))}
            </section>
          </div>
        </div>
      )}
    </dialog>
  );
}

function clamp(value: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(0, Math.floor(value))) : 0;
}

function Summary({ result }: { result: SimResult }) {
  const used = result.instances.filter((i) => i.tasks.length > 0).length;
  return (
    <p aria-label="Summary" className="text-sm">
      {result.services.map((s) => `${s.name}: ${s.placed} placed${s.pending ? `, ${s.pending} PENDING` : ''}${s.elsewhere ? `, ${s.elsewhere} elsewhere` : ''}`).join(' · ')}
      <span className="text-slate-500 dark:text-slate-400">
        {' '}
        — {used} of {result.instances.length} instances in use
      </span>
    </p>
  );
}

const percent = (used: number, total: number) => (total ? `${Math.round((used / total) * 100)} %` : '—');

function InstanceGrid({ instances, colours, names }: { instances: SimInstance[]; colours: Map<string, string>; names: Map<string, string> }) {
  const shown = instances.slice(0, MAX_BOXES);
  return (
    <section aria-label="Instances">
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(170px,1fr))] gap-2">
        {shown.map((i) => (
          <li key={i.id} data-testid="sim-instance" aria-label={`${i.id}: ${i.tasks.length} tasks`} className="rounded-md border border-slate-300 bg-slate-50 p-2 dark:border-slate-700 dark:bg-slate-950">
            <div className="flex items-baseline justify-between gap-1">
              <span className="truncate font-mono text-[11px] font-semibold">{i.id}</span>
              <span className="shrink-0 text-[10px] text-slate-500 dark:text-slate-400">{i.zone}</span>
            </div>
            <div className="mt-1.5 flex min-h-9 flex-wrap content-start gap-1">
              {i.tasks.map((t) => (
                <span key={`${t.serviceId}#${t.n}`} data-testid="sim-task" title={`${names.get(t.serviceId)} task ${t.n}`} className={`h-4 w-6 rounded-sm ${colours.get(t.serviceId)}`} />
              ))}
            </div>
            <dl className="mt-1.5 grid grid-cols-[auto_1fr] gap-x-2 text-[10px] leading-tight text-slate-600 tabular-nums dark:text-slate-400">
              <dt>CPU</dt>
              <dd>
                {i.cpu.used}/{i.cpu.total} ({percent(i.cpu.used, i.cpu.total)})
              </dd>
              <dt>Memory</dt>
              <dd>
                {i.memory.used}/{i.memory.total} MiB
              </dd>
              <dt>ENIs</dt>
              <dd>
                {i.enis.used}/{i.enis.total}
                {i.ports.length ? ` · ports ${i.ports.join(', ')}` : ''}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      {instances.length > shown.length && <p className="mt-2 text-xs text-slate-500">and {instances.length - shown.length} more instances not drawn</p>}
    </section>
  );
}

/** PENDING tasks grouped by service and reason: "4 tasks of web: host port 80 …". */
function PendingList({ pending, names }: { pending: PendingTask[]; names: Map<string, string> }) {
  const groups = new Map<string, { service: string; reason: string; tasks: number[] }>();
  for (const p of pending) {
    const key = `${p.serviceId}\n${p.reason}`;
    const entry = groups.get(key) ?? { service: names.get(p.serviceId) ?? p.serviceId, reason: p.reason, tasks: [] };
    entry.tasks.push(p.n);
    groups.set(key, entry);
  }
  return (
    <section aria-label="Pending tasks">
      <h3 className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">PENDING tasks</h3>
      {groups.size === 0 ? (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">None: every task found an instance.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-xs">
          {[...groups.values()].map((g) => (
            <li key={`${g.service}\n${g.reason}`} className="rounded border border-amber-300 bg-amber-50 px-2 py-1 dark:border-amber-800 dark:bg-amber-950/40">
              <span className="font-semibold">
                {g.tasks.length} task{g.tasks.length === 1 ? '' : 's'} of {g.service}
              </span>{' '}
              (#{g.tasks.length > 3 ? `${g.tasks[0]}–${g.tasks[g.tasks.length - 1]}` : g.tasks.join(', #')}): {g.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
