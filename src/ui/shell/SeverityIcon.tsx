import { ErrorIcon, InfoIcon, WarningIcon } from './icons.tsx';

export type Level = 'error' | 'warning' | 'info';

/** Colour and glyph per severity, shared by toasts and the problems panel so they read alike. */
export const LEVEL_TEXT: Record<Level, string> = {
  error: 'text-red-600 dark:text-red-400',
  warning: 'text-amber-600 dark:text-amber-400',
  info: 'text-sky-600 dark:text-sky-400',
};

export function SeverityIcon({ level, size = 14, className = '' }: { level: Level; size?: number; className?: string }) {
  const Glyph = level === 'error' ? ErrorIcon : level === 'warning' ? WarningIcon : InfoIcon;
  return <Glyph size={size} className={`shrink-0 ${LEVEL_TEXT[level]} ${className}`} />;
}
