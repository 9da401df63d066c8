import { Handle, Position } from '@xyflow/react';
import { KINDS } from '../../../core/kinds/registry.ts';
import type { NodeKind } from '../../../core/model/design.ts';
import type { ConnectHint } from '../connect-hint-store.ts';
import { KindIcon } from '../icons.tsx';
import { GROUP_TONE } from '../kind-tone.ts';
import { ProblemBadge } from './ProblemBadge.tsx';

/** Pieces shared by the node components: icon tile, title block, handles, card frame. */
export function IconTile({ kind, small }: { kind: NodeKind; small?: boolean }) {
  const mod = KINDS[kind];
  return (
    <span
      className={`flex shrink-0 items-center justify-center rounded-md ring-1 ring-inset ${GROUP_TONE[mod.group].tile} ${small ? 'size-7' : 'size-8'}`}
    >
      <KindIcon icon={mod.icon} className={small ? 'size-4' : 'size-[18px]'} />
    </span>
  );
}

export function NodeTitle({ id, kind, name }: { id: string; kind: NodeKind; name: string }) {
  return (
    <div className="flex h-[52px] items-center gap-2.5 px-3">
      <IconTile kind={kind} />
      <div className="min-w-0 flex-1">
        <div className="truncate text-[13px] leading-5 font-semibold text-slate-900 dark:text-slate-50" title={name}>
          {name}
        </div>
        <div className="truncate text-[11px] leading-4 text-slate-500 dark:text-slate-400">{KINDS[kind].label}</div>
      </div>
      <ProblemBadge id={id} />
    </div>
  );
}

/**
 * Every node takes lines on its left and starts them on its right; which relation a
 * line becomes is decided by the kinds at both ends (connect-logic.ts), in either direction.
 */
export function NodeHandles() {
  return (
    <>
      <Handle type="target" position={Position.Left} className="ecs-handle" />
      <Handle type="source" position={Position.Right} className="ecs-handle" />
    </>
  );
}

/** Card frame classes: selection ring, and while connecting, which nodes can take the line. */
export function cardClass(selected: boolean, hint: ConnectHint): string {
  const ring = selected
    ? 'ring-2 ring-accent-500 dark:ring-accent-400'
    : hint === 'valid'
      ? 'ring-2 ring-emerald-500/70 dark:ring-emerald-400/70'
      : '';
  const dim = hint === 'invalid' ? 'opacity-40' : '';
  return `border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-900 transition-[opacity,box-shadow] duration-150 ${ring} ${dim}`;
}
