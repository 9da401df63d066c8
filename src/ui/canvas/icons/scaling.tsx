import type { ReactNode } from 'react';

/** Icons of the scaling kinds on the 24px grid of icons.tsx. */
export const SCALING_ICONS: Record<string, ReactNode> = {
  // Service auto scaling: three tasks growing, with an arrow up and out.
  'service-scaling': (
    <>
      <rect x="3" y="14" width="4" height="6" rx="1" />
      <rect x="9" y="10" width="4" height="10" rx="1" />
      <rect x="15" y="6" width="4" height="14" rx="1" />
      <path d="M3.5 10 10 4M6.5 4H10v3.5" />
    </>
  ),
};
