import type { KindGroup } from '../../core/kinds/types.ts';

/**
 * Colour of each palette group on the canvas (icon tiles, minimap). Full class strings so
 * Tailwind finds them; AWS-like hues: compute orange, load balancing violet, security rose,
 * network sky, storage and data blue, events and messaging fuchsia, scaling amber.
 */
interface Tone {
  tile: string;
  /** The zoomed-out box (level-of-detail.ts). */
  overview: string;
  minimap: string;
}

export const GROUP_TONE: Record<KindGroup, Tone> = {
  Capacity: {
    tile: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20 dark:bg-emerald-400/10 dark:text-emerald-300 dark:ring-emerald-400/25',
    overview: 'border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-500/60 dark:bg-emerald-950 dark:text-emerald-50',
    minimap: '#10b981',
  },
  Compute: {
    tile: 'bg-orange-50 text-orange-700 ring-orange-600/20 dark:bg-orange-400/10 dark:text-orange-300 dark:ring-orange-400/25',
    overview: 'border-orange-400 bg-orange-50 text-orange-950 dark:border-orange-500/60 dark:bg-orange-950 dark:text-orange-50',
    minimap: '#f97316',
  },
  'Load balancing': {
    tile: 'bg-violet-50 text-violet-700 ring-violet-600/20 dark:bg-violet-400/10 dark:text-violet-300 dark:ring-violet-400/25',
    overview: 'border-violet-400 bg-violet-50 text-violet-950 dark:border-violet-500/60 dark:bg-violet-950 dark:text-violet-50',
    minimap: '#8b5cf6',
  },
  Security: {
    tile: 'bg-rose-50 text-rose-700 ring-rose-600/20 dark:bg-rose-400/10 dark:text-rose-300 dark:ring-rose-400/25',
    overview: 'border-rose-400 bg-rose-50 text-rose-950 dark:border-rose-500/60 dark:bg-rose-950 dark:text-rose-50',
    minimap: '#f43f5e',
  },
  Network: {
    tile: 'bg-sky-50 text-sky-700 ring-sky-600/20 dark:bg-sky-400/10 dark:text-sky-300 dark:ring-sky-400/25',
    overview: 'border-sky-400 bg-sky-50 text-sky-950 dark:border-sky-500/60 dark:bg-sky-950 dark:text-sky-50',
    minimap: '#0ea5e9',
  },
  'Storage and data': {
    tile: 'bg-blue-50 text-blue-700 ring-blue-600/20 dark:bg-blue-400/10 dark:text-blue-300 dark:ring-blue-400/25',
    overview: 'border-blue-400 bg-blue-50 text-blue-950 dark:border-blue-500/60 dark:bg-blue-950 dark:text-blue-50',
    minimap: '#3b82f6',
  },
  'Events and messaging': {
    tile: 'bg-fuchsia-50 text-fuchsia-700 ring-fuchsia-600/20 dark:bg-fuchsia-400/10 dark:text-fuchsia-300 dark:ring-fuchsia-400/25',
    overview: 'border-fuchsia-400 bg-fuchsia-50 text-fuchsia-950 dark:border-fuchsia-500/60 dark:bg-fuchsia-950 dark:text-fuchsia-50',
    minimap: '#d946ef',
  },
  Scaling: {
    tile: 'bg-amber-50 text-amber-700 ring-amber-600/20 dark:bg-amber-400/10 dark:text-amber-300 dark:ring-amber-400/25',
    overview: 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-500/60 dark:bg-amber-950 dark:text-amber-50',
    minimap: '#f59e0b',
  },
};
