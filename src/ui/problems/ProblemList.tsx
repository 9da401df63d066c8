import { memo, useMemo, useState } from 'react';
import { KINDS } from '../../core/kinds/registry.ts';
import type { DesignNode } from '../../core/model/design.ts';
import type { Problem } from '../../core/validate/types.ts';
import { commit, getDesign, useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { WrenchIcon } from '../shell/icons.tsx';
import { SeverityIcon } from '../shell/SeverityIcon.tsx';
import { problemKey, type ProblemGroup } from './group-problems.ts';
import { revealProblem } from './reveal-problem.ts';

/** Rows shown per group before "Show all": a thousand-node design can have thousands of problems. */
const PAGE = 200;

export function ProblemList({ groups }: { groups: ProblemGroup[] }) {
  const nodes = useDesignStore((s) => s.design.nodes);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const selected = useUiStore((s) => s.selectedNodeIds);
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  return (
    <div>
      {groups.map((g) => (
        <Group key={g.severity} group={g} byId={byId} selected={selectedSet} />
      ))}
    </div>
  );
}

function Group({ group, byId, selected }: { group: ProblemGroup; byId: Map<string, DesignNode>; selected: Set<string> }) {
  const [all, setAll] = useState(false);
  const shown = all ? group.problems : group.problems.slice(0, PAGE);
  const seen = new Map<string, number>();
  const headingId = `problems-${group.severity}`;
  return (
    <section aria-labelledby={headingId}>
      <h3
        id={headingId}
        className="sticky top-0 z-10 flex h-6 items-center gap-1.5 border-b border-slate-100 bg-slate-50/95 px-3 text-[11px] font-semibold tracking-wide text-slate-500 uppercase backdrop-blur dark:border-slate-800 dark:bg-slate-900/95 dark:text-slate-400"
      >
        {group.title}
        <span className="rounded-full bg-slate-200 px-1.5 text-[10px] leading-4 text-slate-600 tabular-nums dark:bg-slate-700 dark:text-slate-300">{group.problems.length}</span>
      </h3>
      <ul>
        {shown.map((p) => {
          // Identical problems (same rule, node and place) are possible; number the repeats.
          const base = problemKey(p);
          const n = seen.get(base) ?? 0;
          seen.set(base, n + 1);
          const node = p.nodeId ? byId.get(p.nodeId) : undefined;
          return <ProblemRow key={`${base}#${n}`} problem={p} node={node} selected={!!p.nodeId && selected.has(p.nodeId)} />;
        })}
      </ul>
      {shown.length < group.problems.length && (
        <button type="button" onClick={() => setAll(true)} className="px-3 py-1.5 text-xs font-medium text-accent-700 hover:underline dark:text-accent-400">
          Show all {group.problems.length} {group.title.toLowerCase()}
        </button>
      )}
    </section>
  );
}

const ProblemRow = memo(function ProblemRow({ problem, node, selected }: { problem: Problem; node: DesignNode | undefined; selected: boolean }) {
  const kind = node ? KINDS[node.kind] : undefined;
  const nodeName = node && kind ? kind.displayName(node) || kind.label : undefined;
  const fix = problem.fix;

  const applyFix = () => {
    if (!fix) return;
    try {
      commit(fix.apply(getDesign()), fix.label);
    } catch (e) {
      useUiStore.getState().notify({ level: 'error', message: `The fix “${fix.label}” failed: ${(e as Error).message}. The design is unchanged.` });
    }
  };

  return (
    <li
      className={`group flex items-start border-b border-slate-100 last:border-b-0 dark:border-slate-800/70 ${
        selected ? 'bg-accent-50 dark:bg-accent-950/40' : 'hover:bg-slate-50 dark:hover:bg-slate-800/50'
      }`}
    >
      <button
        type="button"
        data-problem-row=""
        onClick={() => revealProblem(problem)}
        title={node ? 'Select the node and show the place in its JSON' : undefined}
        className="flex min-w-0 flex-1 items-start gap-2.5 px-3 py-1.5 text-left text-[13px] leading-5 focus-visible:-outline-offset-2"
      >
        <SeverityIcon level={problem.severity} className="mt-[3px]" />
        <span className="w-36 shrink-0 truncate font-mono text-xs leading-5 text-slate-500 dark:text-slate-400">{problem.ruleId}</span>
        <span className="min-w-0 flex-1 text-slate-800 dark:text-slate-200">{problem.message}</span>
        {nodeName && (
          <span className="max-w-48 shrink-0 truncate text-xs leading-5 text-slate-500 dark:text-slate-400" title={kind ? `${kind.label}: ${nodeName}` : nodeName}>
            {nodeName}
          </span>
        )}
      </button>
      <button
        type="button"
        data-explain-rule={problem.ruleId}
        onClick={() => useUiStore.getState().learn({ type: 'rule', ruleId: problem.ruleId })}
        title={`What ${problem.ruleId} means, why it matters and what AWS does (Learn tab)`}
        className="my-1 mr-2 inline-flex h-6 shrink-0 items-center rounded border border-transparent px-2 text-xs font-medium text-slate-500 opacity-70 group-hover:border-slate-300 group-hover:opacity-100 hover:text-accent-700 focus-visible:opacity-100 dark:text-slate-400 dark:group-hover:border-slate-600 dark:hover:text-accent-300"
      >
        Explain
      </button>
      {fix && (
        <button
          type="button"
          onClick={applyFix}
          title={fix.label}
          className="my-1 mr-2 inline-flex h-6 shrink-0 items-center gap-1 rounded border border-slate-300 bg-white px-2 text-xs font-medium text-slate-700 hover:border-accent-400 hover:text-accent-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:border-accent-500 dark:hover:text-accent-300"
        >
          <WrenchIcon size={12} />
          Fix
        </button>
      )}
    </li>
  );
});
