import type { ReactNode } from 'react';
import { ECS_ICONS } from './icons/ecs.tsx';
import { NETWORK_ICONS } from './icons/network.tsx';
import { DATA_ICONS } from './icons/data.tsx';
import { EVENTS_ICONS } from './icons/events.tsx';
import { CONFIG_ICONS } from './icons/config.tsx';
import { SCALING_ICONS } from './icons/scaling.tsx';

/**
 * Kind icons, drawn as small stroke SVGs on a 24px grid (no icon font, nothing fetched).
 * Keys are the `icon` ids of the kind modules; each area's icons are a file of its own
 * under icons/, merged here.
 */
const PATHS: Record<string, ReactNode> = {
  ...ECS_ICONS,
  ...NETWORK_ICONS,
  ...DATA_ICONS,
  ...EVENTS_ICONS,
  ...CONFIG_ICONS,
  ...SCALING_ICONS,
};

/** Whether a kind's icon id has a drawing (else KindIcon draws a plain square). */
export function hasKindIcon(icon: string): boolean {
  return Object.hasOwn(PATHS, icon);
}

export function KindIcon({ icon, className }: { icon: string; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      {PATHS[icon] ?? <rect x="4" y="4" width="16" height="16" rx="3" />}
    </svg>
  );
}

/** Toolbar glyphs, same drawing rules. */
export function LayoutIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className}>
      <rect x="3" y="4" width="6" height="5" rx="1" />
      <rect x="3" y="15" width="6" height="5" rx="1" />
      <rect x="15" y="9.5" width="6" height="5" rx="1" />
      <path d="M9 6.5h2.5a1.5 1.5 0 0 1 1.5 1.5v8a1.5 1.5 0 0 1-1.5 1.5H9M13 12h2" />
    </svg>
  );
}

export function FitIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className}>
      <path d="M4 9V5a1 1 0 0 1 1-1h4M15 4h4a1 1 0 0 1 1 1v4M20 15v4a1 1 0 0 1-1 1h-4M9 20H5a1 1 0 0 1-1-1v-4" />
      <rect x="8.5" y="8.5" width="7" height="7" rx="1" />
    </svg>
  );
}

export function PictureIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className}>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="10" r="1.5" />
      <path d="m4 17 5-4.5 3.5 3 3-2.5L20 17" />
    </svg>
  );
}

export function PresentIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className}>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M12 16v4M8 20h8M10 8.5v4l3.5-2z" />
    </svg>
  );
}
