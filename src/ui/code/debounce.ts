/**
 * Per-key trailing debounce: a burst of typing in one file becomes one apply (and one undo
 * entry). `flush` runs a waiting call now (before undo, on blur, when switching files).
 */
export class Debouncer {
  private readonly waiting = new Map<string, { timer: ReturnType<typeof setTimeout>; run: () => void }>();

  constructor(private readonly delayMs: number) {}

  schedule(key: string, run: () => void): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      this.waiting.delete(key);
      run();
    }, this.delayMs);
    this.waiting.set(key, { timer, run });
  }

  isWaiting(key: string): boolean {
    return this.waiting.has(key);
  }

  flush(key: string): void {
    const entry = this.waiting.get(key);
    if (!entry) return;
    this.cancel(key);
    entry.run();
  }

  flushAll(): void {
    for (const key of [...this.waiting.keys()]) this.flush(key);
  }

  cancel(key: string): void {
    const entry = this.waiting.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.waiting.delete(key);
  }

  cancelAll(): void {
    for (const key of [...this.waiting.keys()]) this.cancel(key);
  }
}
