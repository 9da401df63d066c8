import type { ReactNode } from 'react';
import { useUiStore, type ThemeChoice } from '../../state/ui-store.ts';
import { MonitorIcon, MoonIcon, SunIcon } from './icons.tsx';

const CHOICES: ReadonlyArray<{ value: ThemeChoice; label: string; icon: ReactNode }> = [
  { value: 'system', label: 'System theme', icon: <MonitorIcon size={14} /> },
  { value: 'light', label: 'Light theme', icon: <SunIcon size={14} /> },
  { value: 'dark', label: 'Dark theme', icon: <MoonIcon size={14} /> },
];

/** Three pressed-state buttons: follow the system, or force light or dark. */
export function ThemeToggle() {
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  return (
    <div role="group" aria-label="Theme" className="flex items-center rounded-md border border-slate-200 bg-slate-50 p-0.5 dark:border-slate-700 dark:bg-slate-800/60">
      {CHOICES.map((c) => (
        <button
          key={c.value}
          type="button"
          aria-label={c.label}
          title={c.label}
          aria-pressed={theme === c.value}
          onClick={() => setTheme(c.value)}
          className="grid h-6 w-7 place-items-center rounded text-slate-500 hover:text-slate-900 aria-pressed:bg-white aria-pressed:text-slate-900 aria-pressed:shadow-xs dark:text-slate-400 dark:hover:text-white dark:aria-pressed:bg-slate-700 dark:aria-pressed:text-white"
        >
          {c.icon}
        </button>
      ))}
    </div>
  );
}
