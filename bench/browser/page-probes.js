// In-page instruments of the browser bench, installed with addInitScript before any of the
// page's own scripts (in the editor and in the bare React Flow page alike). Plain JS read
// as text, so no bundler or TS helper ends up in the page. Times are performance.now()
// (milliseconds since navigation start).
(() => {
  /** Nodes React Flow has drawn: it hides a node (visibility: hidden) until it knows its size. */
  const visibleNodes = () => {
    let n = 0;
    for (const el of document.querySelectorAll('.react-flow__node')) if (el.style.visibility !== 'hidden') n++;
    return n;
  };
  const viewport = () => document.querySelector('.react-flow__viewport')?.style.transform ?? '';
  /** Called from a requestAnimationFrame callback: runs `fn` once that frame has been rendered. */
  const afterFrame = (fn) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn(performance.now());
    channel.port2.postMessage(0);
  };
  const text = (el) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');

  // Mount: every change of (drawn node count, viewport transform), stamped after the frame
  // that shows it. The last change is when the final picture (all nodes in view, fitted) appeared.
  const mount = [];
  let lastState = '';
  let watching = true;
  const watchMount = () => {
    if (!watching) return;
    const count = visibleNodes();
    const transform = viewport();
    const state = `${count}|${transform}`;
    if (state !== lastState) {
      lastState = state;
      afterFrame((t) => mount.push({ count, transform, t }));
    }
    requestAnimationFrame(watchMount);
  };
  requestAnimationFrame(watchMount);

  // The last key pressed: `timeStamp` is when the browser received it, before any handler ran.
  let lastKey;
  addEventListener('keydown', (e) => (lastKey = { key: e.key, t: e.timeStamp }), true);

  /**
   * Marks a measured interval in the performance timeline (a user timing measure): a
   * profile or trace of the page can then be cut to exactly what a figure measured.
   */
  const markWindow = (start, end) => performance.measure('bench:window', { start, end });

  let frames;
  let watch;

  window.__bench = {
    mount: () => ({ states: mount.slice(), now: performance.now(), count: visibleNodes() }),
    stopMountWatch: () => (watching = false),
    paints: () => performance.getEntriesByType('paint').map((p) => ({ name: p.name, t: p.startTime })),
    resources: () => performance.getEntriesByType('resource').map((r) => ({ name: r.name, t: r.startTime })),
    visibleNodes,

    /** requestAnimationFrame deltas between start and stop (pan smoothness). */
    startFrames() {
      const stamps = [];
      frames = stamps;
      const tick = (t) => {
        if (frames !== stamps) return;
        stamps.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      const stamps = frames ?? [];
      frames = undefined;
      if (stamps.length > 1) markWindow(stamps[0], stamps.at(-1));
      return stamps.slice(1).map((t, i) => t - stamps[i]);
    },
    markWindow,

    /**
     * Watches the element at `selector` until its text contains `needle`; the result is
     * from the last key press before that to the DOM mutation that made it so.
     */
    arm(selector, needle) {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`bench: nothing matches ${selector}`);
      lastKey = undefined;
      const state = { done: false, keyAt: undefined, key: undefined, seenAt: undefined };
      const check = () => {
        if (state.done || !text(el).includes(needle)) return;
        state.done = true;
        state.seenAt = performance.now();
        state.keyAt = lastKey?.t;
        state.key = lastKey?.key;
        observer.disconnect();
      };
      const observer = new MutationObserver(check);
      observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: false });
      watch = state;
      check();
      if (state.done) throw new Error(`bench: ${selector} already shows ${needle}`);
    },
    /** Resolves with the armed watch's timings, or with `timedOut` after `timeoutMs`. */
    result(timeoutMs) {
      const state = watch;
      const started = performance.now();
      return new Promise((resolve) => {
        const poll = () => {
          if (state.done) {
            if (state.keyAt !== undefined) markWindow(state.keyAt, state.seenAt);
            return resolve({ keyAt: state.keyAt, key: state.key, seenAt: state.seenAt });
          }
          if (performance.now() - started > timeoutMs) return resolve({ timedOut: true });
          setTimeout(poll, 5);
        };
        poll();
      });
    },
    text: (selector) => text(document.querySelector(selector)),
  };
})();
