import { lazy, Suspense, useId, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { useProblems } from '../../state/derived.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { ChevronIcon } from '../shell/icons.tsx';
import { SeverityIcon } from '../shell/SeverityIcon.tsx';
import { countProblems, describeCounts, groupProblems } from './group-problems.ts';
import { ProblemList } from './ProblemList.tsx';

// The cost panel (and its price list) loads when first shown.
const CostPanel = lazy(() => import('../cost/CostPanel.tsx').then((m) => ({ default: m.CostPanel })));
// So does the Learn tab, with every explanation.
const LearnPanel = lazy(() => import('../learn/LearnPanel.tsx').then((m) => ({ default: m.LearnPanel })));

/**
 * The bottom panel: every problem of the design, most severe first, or (its Cost tab) the
 * design's monthly cost, or (its Learn tab) what the selection is and does. Its header (with the counts) stays visible when the panel is
 * collapsed; the active tab's button opens and closes it, the other tab's shows that tab.
 */
export function ProblemsPanel() {
  const problems = useProblems();
  const open = useUiStore((s) => s.problemsOpen);
  const setOpen = useUiStore((s) => s.setProblemsOpen);
  const tab = useUiStore((s) => s.bottomTab);
  const showTab = useUiStore((s) => s.showBottomTab);
  const listId = useId();
  const counts = useMemo(() => countProblems(problems), [problems]);
  const groups = useMemo(() => groupProblems(problems), [problems]);

  return (
    <section aria-label="Problems" className="flex h-full min-h-0 flex-col bg-white dark:bg-slate-900">
      <div className="flex h-8 shrink-0 items-center border-b border-slate-200 px-1.5 dark:border-slate-800">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={`Problems: ${describeCounts(counts)}`}
          title={tab !== 'problems' ? 'Show problems' : open ? 'Hide problems' : 'Show problems'}
          aria-pressed={tab === 'problems'}
          onClick={() => (tab === 'problems' ? setOpen(!open) : showTab('problems'))}
          className="flex h-6 items-center gap-2 rounded px-1.5 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          <ChevronIcon size={14} className={`text-slate-400 transition-transform ${open ? '' : '-rotate-90'}`} />
          <span className="text-[11px] font-semibold tracking-wider uppercase">Problems</span>
          <span className="flex items-center gap-2.5 pl-1 text-xs text-slate-500 tabular-nums dark:text-slate-400">
            <Count level="error" n={counts.error} />
            <Count level="warning" n={counts.warning} />
            <Count level="info" n={counts.info} />
          </span>
        </button>
        <TabButton
          active={tab === 'cost'}
          controls={listId}
          title={tab === 'cost' && open ? 'Hide the cost estimate' : 'Show the monthly cost estimate'}
          onClick={() => (tab === 'cost' ? setOpen(!open) : showTab('cost'))}
        >
          Cost
        </TabButton>
        <TabButton
          active={tab === 'learn'}
          controls={listId}
          title={tab === 'learn' && open ? 'Hide the explanations' : 'Learn what the selection is, why it matters and what ECS does with it'}
          onClick={() => (tab === 'learn' ? setOpen(!open) : showTab('learn'))}
        >
          Learn
        </TabButton>
      </div>
      {open && tab === 'learn' && (
        <div id={listId} className="min-h-0 flex-1 overflow-auto">
          <Suspense fallback={<p className="px-4 py-3 text-[13px] text-slate-500 dark:text-slate-400">Loading the explanations…</p>}>
            <LearnPanel />
          </Suspense>
        </div>
      )}
      {open && tab === 'cost' && (
        <div id={listId} className="min-h-0 flex-1 overflow-auto">
          <Suspense fallback={<p className="px-4 py-3 text-[13px] text-slate-500 dark:text-slate-400">Loading the cost estimate…</p>}>
            <CostPanel />
          </Suspense>
        </div>
      )}
      {open && tab === 'problems' && (
        <div id={listId} onKeyDown={moveFocus} className="min-h-0 flex-1 overflow-auto">
          {groups.length ? (
            <ProblemList groups={groups} />
          ) : (
            <p className="flex items-center gap-2 px-4 py-3 text-[13px] text-slate-500 dark:text-slate-400">
              <span className="size-2 rounded-full bg-emerald-500" aria-hidden="true" />
              No problems: the generated definitions pass every check.
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function Count({ level, n }: { level: 'error' | 'warning' | 'info'; n: number }) {
  return (
    <span className={`flex items-center gap-1 ${n ? '' : 'opacity-50'}`}>
      <SeverityIcon level={level} size={13} />
      {n}
    </span>
  );
}

/** Up/Down walk the rows, Home/End jump, like any list; Tab still moves through the buttons. */
function moveFocus(e: KeyboardEvent<HTMLDivElement>) {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
  const rows = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[data-problem-row]')];
  if (!rows.length) return;
  const at = rows.indexOf(document.activeElement as HTMLButtonElement);
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1 : Math.max(0, Math.min(rows.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)));
  e.preventDefault();
  rows[next]?.focus();
}

/** A tab of the bottom panel beside the problems header (Cost, Learn). */
function TabButton({ active, controls, title, onClick, children }: { active: boolean; controls: string; title: string; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={active}
      aria-controls={controls}
      title={title}
      onClick={onClick}
      className={`ml-1 flex h-6 items-center rounded px-2 text-[11px] font-semibold tracking-wider uppercase hover:bg-slate-100 dark:hover:bg-slate-800 ${active ? 'text-accent-700 dark:text-accent-300' : 'text-slate-500 dark:text-slate-400'}`}
    >
      {children}
    </button>
  );
}
