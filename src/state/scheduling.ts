/** Runs a task later; returns a function that cancels it. */
export type Schedule = (task: () => void) => () => void;

/** Idle time, but no later than `timeoutMs` (a timer where the browser has no idle callbacks). */
export function whenIdle(timeoutMs: number): Schedule {
  return (task) => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(task, { timeout: timeoutMs });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(task, Math.min(100, timeoutMs));
    return () => clearTimeout(id);
  };
}

/** Just after the next frame is painted: a task queued from a rAF callback runs after it. */
export function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}
