import type { Monaco } from './setup.ts';

let loading: Promise<Monaco> | undefined;

/** Loads Monaco once, on demand (a separate chunk: the initial bundle stays small). */
export function loadMonaco(): Promise<Monaco> {
  loading ??= import('./setup.ts').then((m) => m.monaco);
  // A failed load (e.g. a stale deployment) may be retried on the next mount.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
