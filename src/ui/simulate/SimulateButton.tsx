import { lazy, Suspense, useMemo, useState } from 'react';
import { simulationScope } from '../../core/simulate/from-design.ts';
import { derivedOf } from '../../state/derived.ts';
import { useDesignStore } from '../../state/design-store.ts';

const PlacementSimulator = lazy(() => import('./PlacementSimulator.tsx').then((m) => ({ default: m.PlacementSimulator })));

/** The inspector's "Simulate placement" button, for an EC2 capacity or a service placing tasks on one. */
export function SimulateButton({ nodeId, kind }: { nodeId: string; kind: string }) {
  const [open, setOpen] = useState(false);
  const design = useDesignStore((s) => (kind === 'service' || kind === 'capacity-ec2' ? s.design : undefined));
  const available = useMemo(() => (design ? simulationScope(design, nodeId, derivedOf(design).artifacts) !== undefined : false), [design, nodeId]);
  if (!available) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="mt-2 h-7 rounded-md border border-slate-300 bg-white px-2.5 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
      >
        Simulate placement…
      </button>
      {open && (
        <Suspense fallback={null}>
          <PlacementSimulator nodeId={nodeId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
