import type { ReactNode } from 'react';

/** Icons of the standalone task and what starts it (EventBridge rules and schedules), on the 24px grid of icons.tsx. */
export const EVENTS_ICONS: Record<string, ReactNode> = {
  // A task that runs once to completion: a play button in a box.
  'standalone-task': (
    <>
      <rect x="4" y="4" width="16" height="16" rx="2" />
      <path d="m10 8.5 5.5 3.5-5.5 3.5Z" />
    </>
  ),
  // An event rule: a filter funnel that lets matching events through.
  'events-rule': (
    <>
      <path d="M4 5h16l-6 7.5V19l-4-2v-4.5Z" />
    </>
  ),
  // A schedule: a stopwatch.
  schedule: (
    <>
      <circle cx="12" cy="13" r="7.5" />
      <path d="M12 9v4l2.5 2M9 3h6" />
    </>
  ),
};
