import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Design } from '../../src/core/model/design.ts';
import { AUTOSAVE_KEY } from '../../src/state/persistence.ts';
import type { BareSetup } from './bare/main.tsx';

/** The window size of the e2e screenshots; both pages are measured in it. */
export const VIEWPORT = { width: 1440, height: 900 };
const PROBES = readFileSync(new URL('./page-probes.js', import.meta.url), 'utf8');
/** A page counts as mounted when its drawn nodes and viewport have not changed for this long. */
const SETTLED_MS = 1000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Loaded {
  context: BrowserContext;
  page: Page;
  /** From navigation start to the frame that first showed the final set of drawn nodes, fitted. */
  mountMs: number;
  /** Nodes drawn at that point (with onlyRenderVisibleElements: those in view). */
  drawn: number;
}

export type PageSetup = { kind: 'app'; design: Design } | { kind: 'bare'; bare: BareSetup };

/**
 * Opens the editor (with `design` autosaved, so the app restores it at start) or the bare
 * React Flow page, in a fresh context (empty cache and storage, like a first visit), and
 * waits until the canvas has settled. `beforeGoto` may attach a profiler.
 */
export async function loadPage(browser: Browser, url: string, setup: PageSetup, beforeGoto?: (page: Page) => Promise<void>): Promise<Loaded> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
  await context.addInitScript({ content: PROBES });
  await context.addInitScript({
    content:
      setup.kind === 'app'
        ? `localStorage.setItem(${JSON.stringify(AUTOSAVE_KEY)}, ${JSON.stringify(JSON.stringify(setup.design))});`
        : `window.__benchBare = ${JSON.stringify(setup.bare)};`,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await beforeGoto?.(page);
  await page.goto(url);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const m = await page.evaluate(() => window.__bench.mount());
    const last = m.states.at(-1);
    if (last && last.count > 0 && m.now - last.t >= SETTLED_MS) {
      await page.evaluate(() => window.__bench.stopMountWatch());
      return { context, page, mountMs: last.t, drawn: last.count };
    }
    if (errors.length || Date.now() > deadline) {
      await context.close();
      throw new Error(`${url}: the canvas did not settle${errors.length ? ` (${errors.join('; ')})` : ''}`);
    }
    await page.waitForTimeout(100);
  }
}

/** The in-page instruments of page-probes.js, as the bench calls them. */
export interface BenchProbes {
  mount(): { states: { count: number; transform: string; t: number }[]; now: number; count: number };
  stopMountWatch(): void;
  paints(): { name: string; t: number }[];
  resources(): { name: string; t: number }[];
  visibleNodes(): number;
  startFrames(): void;
  stopFrames(): number[];
  markWindow(start: number, end: number): void;
  arm(selector: string, needle: string): void;
  result(timeoutMs: number): Promise<{ keyAt?: number; key?: string; seenAt?: number; timedOut?: boolean }>;
  text(selector: string): string;
}

declare global {
  interface Window {
    __bench: BenchProbes;
  }
}
