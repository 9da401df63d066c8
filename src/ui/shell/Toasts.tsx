import { memo, useEffect, useState } from 'react';
import { useUiStore, type UiNotice } from '../../state/ui-store.ts';
import { CloseIcon } from './icons.tsx';
import { SeverityIcon } from './SeverityIcon.tsx';

/**
 * How long a notice stays on its own. Info goes after a few seconds; a warning (a refused
 * connection, an import note) a little later; an error stays until the user dismisses it.
 * Hovering or focusing a notice holds it.
 */
const LIFETIME_MS: Record<UiNotice['level'], number | undefined> = { info: 5000, warning: 12000, error: undefined };

export function Toasts() {
  const notices = useUiStore((s) => s.notices);
  if (!notices.length) return null;
  return (
    <section aria-label="Notifications" className="pointer-events-none absolute top-3 right-3 z-40 flex w-[min(380px,calc(100%-1.5rem))] flex-col gap-2">
      {notices.map((n) => (
        <Toast key={n.id} notice={n} />
      ))}
    </section>
  );
}

const Toast = memo(function Toast({ notice }: { notice: UiNotice }) {
  const dismiss = useUiStore((s) => s.dismiss);
  const [held, setHeld] = useState(false);
  const lifetime = LIFETIME_MS[notice.level];

  useEffect(() => {
    if (lifetime === undefined || held) return;
    const timer = setTimeout(() => dismiss(notice.id), lifetime);
    return () => clearTimeout(timer);
  }, [lifetime, held, dismiss, notice.id]);

  return (
    <div
      role={notice.level === 'info' ? 'status' : 'alert'}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
      className={`pointer-events-auto flex items-start gap-2.5 rounded-md border bg-white py-2.5 pr-2 pl-3 text-[13px] leading-snug shadow-lg shadow-slate-900/10 dark:bg-slate-900 dark:shadow-black/40 ${BORDER[notice.level]}`}
    >
      <SeverityIcon level={notice.level} size={16} className="mt-px" />
      <p className="min-w-0 flex-1 break-words whitespace-pre-line text-slate-800 dark:text-slate-200">{notice.message}</p>
      <button
        type="button"
        aria-label="Dismiss notification"
        title="Dismiss"
        onClick={() => dismiss(notice.id)}
        className="-my-0.5 rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 dark:hover:bg-slate-800 dark:hover:text-slate-200"
      >
        <CloseIcon size={14} />
      </button>
    </div>
  );
});

const BORDER: Record<UiNotice['level'], string> = {
  info: 'border-slate-200 dark:border-slate-700',
  warning: 'border-amber-300 dark:border-amber-700/70',
  error: 'border-red-300 dark:border-red-800',
};
