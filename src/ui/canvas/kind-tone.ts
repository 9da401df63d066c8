import type { KindGroup } from '../../core/kinds/types.ts';

/**
 * Colour of each palette group on the canvas (icon tiles, minimap). Full class strings so
 * Tailwind finds them; AWS-like hues: compute orange, networking violet, security rose.
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
};
