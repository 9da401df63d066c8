import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** A header button: icon plus optional text, quiet until hovered. */
export function ToolbarButton({ icon, children, className = '', ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { icon: ReactNode }) {
  return (
    <button
      type="button"
      className={`inline-flex h-7 items-center gap-1.5 rounded-md px-2 text-[13px] font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 active:bg-slate-200 disabled:pointer-events-none disabled:text-slate-300 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white dark:active:bg-slate-700 dark:disabled:text-slate-600 ${className}`}
      {...rest}
    >
      {icon}
      {children}
    </button>
  );
}
