import { memo } from 'react';
import type { FileGroup } from './artifact-files.ts';
import { fileName } from './artifact-files.ts';

interface Props {
  groups: readonly FileGroup[];
  active: string | undefined;
  onOpen(path: string): void;
}

/** Every generated file, grouped by folder; the active one is marked for screen readers too. */
export const FileList = memo(function FileList({ groups, active, onOpen }: Props) {
  return (
    <nav aria-label="Generated files" className="h-full overflow-y-auto py-1.5 text-[12px]">
      {groups.map((g) => (
        <div key={g.folder} className="mb-1.5">
          <h3 className="truncate px-3 py-1 text-[10.5px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">{g.label}</h3>
          <ul>
            {g.files.map((a) => {
              const current = a.path === active;
              return (
                <li key={a.path}>
                  <button
                    type="button"
                    title={a.path}
                    aria-label={a.path}
                    aria-current={current ? 'true' : undefined}
                    onClick={() => onOpen(a.path)}
                    className={`flex w-full items-center gap-1.5 truncate py-[3px] pr-2 pl-4 text-left font-mono ${
                      current
                        ? 'bg-accent-50 text-accent-800 dark:bg-accent-500/15 dark:text-accent-200'
                        : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
                    }`}
                  >
                    <span className="truncate">{fileName(a.path)}</span>
                    {a.implied && <span className="ml-auto shrink-0 font-sans text-[10px] text-slate-400">implied</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
});
