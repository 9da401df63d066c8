import { Separator } from 'react-resizable-panels';

/**
 * A pane divider: a hairline that turns accent-coloured when hovered, dragged or focused,
 * with a wider invisible grip. Arrow keys resize it when focused (the library handles those).
 */
export function ResizeHandle({ label, direction, hidden = false }: { label: string; direction: 'columns' | 'rows'; hidden?: boolean }) {
  const line =
    direction === 'columns'
      ? 'w-px before:absolute before:inset-y-0 before:-left-[2px] before:w-[5px]'
      : 'h-px before:absolute before:inset-x-0 before:-top-[2px] before:h-[5px]';
  return (
    <Separator
      aria-label={label}
      className={`relative z-10 bg-slate-200 outline-none transition-colors before:transition-colors dark:bg-slate-800 ${hidden ? 'hidden' : ''} data-[separator=active]:before:bg-accent-500 data-[separator=focus]:before:bg-accent-500 data-[separator=hover]:before:bg-accent-400/70 ${line}`}
    />
  );
}
