import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The module listens on `window`; in Node an EventTarget stands in for it.
const target = new EventTarget();
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.stubGlobal('window', target);
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenPointerQuiet (side panes and Monaco wait out a pan)', () => {
  it('runs at once when nothing is pressed', async () => {
    const { whenPointerQuiet } = await import('./pointer-quiet.ts');
    const task = vi.fn();
    whenPointerQuiet(task);
    expect(task).toHaveBeenCalledOnce();
  });

  it('waits while a button is down and runs once it is released', async () => {
    const { whenPointerQuiet } = await import('./pointer-quiet.ts');
    const task = vi.fn();
    target.dispatchEvent(new Event('pointerdown'));
    whenPointerQuiet(task);
    vi.advanceTimersByTime(2000);
    expect(task).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('pointerup'));
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledOnce();
  });

  it('waits until the wheel has been still for a moment, and can be cancelled', async () => {
    const { whenPointerQuiet } = await import('./pointer-quiet.ts');
    const task = vi.fn();
    const cancelled = vi.fn();
    target.dispatchEvent(new Event('wheel'));
    whenPointerQuiet(task);
    const cancel = whenPointerQuiet(cancelled);
    vi.advanceTimersByTime(100);
    expect(task).not.toHaveBeenCalled();
    cancel();
    vi.advanceTimersByTime(300);
    expect(task).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });
});
