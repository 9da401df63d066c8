import { useEffect } from 'react';
import type { Refusal } from './use-connect-gesture.ts';

const SHOW_MS = 3000;

/** Why a connection was refused, shown next to where the line was dropped for a few seconds. */
export function ConnectRefusal({ refusal, onDone }: { refusal: Refusal | null; onDone: () => void }) {
  useEffect(() => {
    if (!refusal) return;
    const timer = window.setTimeout(onDone, SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [refusal, onDone]);
  if (!refusal) return null;
  return (
    <div
      key={refusal.id}
      role="alert"
      className="pointer-events-none absolute z-20 max-w-72 rounded-md border border-amber-300 bg-amber-50 px-2.5 py-1.5 text-xs leading-snug text-amber-900 shadow-lg dark:border-amber-500/40 dark:bg-amber-950 dark:text-amber-100"
      style={{ left: refusal.x + 14, top: refusal.y + 14 }}
    >
      {refusal.message}
    </div>
  );
}
