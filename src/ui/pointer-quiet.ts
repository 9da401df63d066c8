/**
 * Work that can wait while the user is moving the view (a pan or drag with a button down,
 * a wheel zoom): loading and building the side panes and Monaco take long tasks of
 * 50-300 ms each, and one landing in a pan shows as a stutter. Such work asks for a quiet
 * moment and runs as soon as the pointer is released and the wheel has been still for a
 * moment; when nobody touches anything, at once.
 */
const WHEEL_QUIET_MS = 250;
const POLL_MS = 100;

let pressed = false;
let lastWheel = -Infinity;
let listening = false;

function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const release = () => (pressed = false);
  // Capture phase: React Flow stops some of these from bubbling.
  window.addEventListener('pointerdown', () => (pressed = true), true);
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
  window.addEventListener('blur', release);
  window.addEventListener('wheel', () => (lastWheel = performance.now()), { capture: true, passive: true });
}

export function pointerIsQuiet(): boolean {
  listen();
  return !pressed && performance.now() - lastWheel > WHEEL_QUIET_MS;
}

/** Runs `task` at the next quiet moment (now, if it is quiet); returns a function that cancels it. */
export function whenPointerQuiet(task: () => void): () => void {
  listen();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const check = () => {
    if (cancelled) return;
    if (pointerIsQuiet()) task();
    else timer = setTimeout(check, POLL_MS);
  };
  check();
  return () => {
    cancelled = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** The same, awaited. */
export function pointerQuiet(): Promise<void> {
  return new Promise((resolve) => void whenPointerQuiet(resolve));
}
