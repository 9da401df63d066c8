import type { Page } from '@playwright/test';
import type { Design, DesignNode } from '../../src/core/model/design.ts';

const PAN_MS = 1000;
const EDITOR_LINES = '.monaco-editor .view-lines';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Drags the empty pane for about a second, back and forth (so the same part of the design
 * stays in view), and returns the requestAnimationFrame deltas meanwhile.
 */
export async function panFrames(page: Page): Promise<number[]> {
  const start = await page.evaluate(() => {
    // The empty spot of the pane nearest the middle: dragging there pans instead of moving a node.
    const r = document.querySelector('.react-flow')!.getBoundingClientRect();
    const points: { x: number; y: number; d: number }[] = [];
    for (let i = 1; i < 24; i++) {
      for (let j = 1; j < 24; j++) {
        const x = r.left + (r.width * i) / 24;
        const y = r.top + (r.height * j) / 24;
        points.push({ x, y, d: Math.hypot(x - (r.left + r.width / 2), y - (r.top + r.height / 2)) });
      }
    }
    points.sort((a, b) => a.d - b.d);
    return points.find((p) => document.elementFromPoint(p.x, p.y)?.classList.contains('react-flow__pane'));
  });
  if (!start) throw new Error('no empty spot of the pane to drag');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(() => window.__bench.startFrames());
  const began = Date.now();
  for (let elapsed = 0; elapsed < PAN_MS; elapsed = Date.now() - began) {
    const phase = (2 * Math.PI * elapsed) / PAN_MS;
    await page.mouse.move(start.x + 160 * Math.sin(phase), start.y + 80 * Math.sin(2 * phase));
    await pause(4);
  }
  const deltas = await page.evaluate(() => window.__bench.stopFrames());
  await page.mouse.up();
  return deltas;
}

/** Pans start this long after the design first appeared whole (the target: smooth "from the first second on"). */
export const PAN_AFTER_OPEN_MS = 1000;

/**
 * A pan as soon as the design has been open for PAN_AFTER_OPEN_MS (mountMs: when it first
 * appeared whole, see loadPage; the page has settled by then, so this rarely waits), while
 * what loads after the diagram (side panes, Monaco, minimap) is still arriving. Returns the
 * frame deltas and when the pan began, after the design appeared.
 */
export async function panAfterOpen(page: Page, mountMs: number): Promise<{ deltas: number[]; startedAfterMs: number }> {
  const now = await page.evaluate(() => performance.now());
  if (now < mountMs + PAN_AFTER_OPEN_MS) await pause(mountMs + PAN_AFTER_OPEN_MS - now);
  const startedAfterMs = (await page.evaluate(() => performance.now())) - mountMs;
  return { deltas: await panFrames(page), startedAfterMs };
}

/** Selects a node by clicking the top of its card (at a fitted zoom a task definition's middle is its containers). */
export async function clickNode(page: Page, node: DesignNode): Promise<void> {
  const box = await page.locator(`.react-flow__node[data-id="${node.id}"]`).boundingBox();
  if (!box) throw new Error(`${node.id} is not drawn`);
  await page.mouse.click(box.x + box.width / 2, box.y + Math.min(3, box.height / 4));
}

async function editorText(page: Page): Promise<string> {
  return page.evaluate((selector) => window.__bench.text(selector), EDITOR_LINES);
}

/** A task definition drawn whole in the canvas, nearest its middle, selected; the code pane then shows its file. */
export async function selectTaskDefinition(page: Page, design: Design): Promise<DesignNode> {
  const ids = design.nodes.filter((n) => n.kind === 'task-definition').map((n) => n.id);
  const id = await page.evaluate((candidates) => {
    const view = document.querySelector('.react-flow')!.getBoundingClientRect();
    let best: { id: string; d: number } | undefined;
    for (const candidate of candidates) {
      const r = document.querySelector(`.react-flow__node[data-id="${candidate}"]`)?.getBoundingClientRect();
      if (!r || r.left < view.left || r.top < view.top || r.right > view.right || r.bottom > view.bottom) continue;
      const d = Math.hypot(r.left + r.width / 2 - (view.left + view.width / 2), r.top + r.height / 2 - (view.top + view.height / 2));
      if (!best || d < best.d) best = { id: candidate, d };
    }
    return best?.id;
  }, ids);
  const td = design.nodes.find((n) => n.id === id);
  if (!td) throw new Error('no task definition is drawn whole in the canvas');
  await clickNode(page, td);
  await page.getByLabel('Task memory (MiB)').waitFor();
  await page.waitForFunction((family) => window.__bench.text('.monaco-editor .view-lines').includes(`"family": "${family}"`), String(td.data.family));
  return td;
}

/** Scrolls Monaco with the mouse wheel until a line matching `pattern` is in view (only lines in view are in the DOM). */
async function scrollEditorTo(page: Page, pattern: RegExp, direction: 1 | -1 = 1): Promise<void> {
  const box = (await page.locator('.monaco-editor').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 60 && !pattern.test(await editorText(page)); i++) {
    await page.mouse.wheel(0, 120 * direction);
    await pause(30);
  }
  if (!pattern.test(await editorText(page))) throw new Error(`Monaco never showed ${pattern}`);
}

export interface EditTiming {
  ms: number[];
  timedOut: number;
}

async function timed(page: Page, selector: string, needle: string, act: () => Promise<void>, into: EditTiming, record: boolean) {
  await page.evaluate(([s, n]) => window.__bench.arm(s!, n!), [selector, needle]);
  await act();
  const r = await page.evaluate(() => window.__bench.result(5000));
  if (!record) return;
  if (r.timedOut || r.keyAt === undefined || r.seenAt === undefined) into.timedOut++;
  else into.ms.push(r.seenAt - r.keyAt);
}

/**
 * Inspector → Monaco: types a new task memory in the inspector and measures from the Enter
 * key press to the mutation of Monaco's rendered lines that shows the new value.
 */
export async function inspectorToMonaco(page: Page, runs: number, warmups: number): Promise<EditTiming> {
  await scrollEditorTo(page, /"memory": "\d+"/);
  const input = page.getByLabel('Task memory (MiB)');
  const out: EditTiming = { ms: [], timedOut: 0 };
  const current = /"memory": "(\d+)"/.exec(await editorText(page))![1];
  // Sizes valid with the smallest Fargate CPU, so no problem appears or goes between runs.
  const values = ['1024', '2048', '512'].filter((v) => v !== current);
  for (let i = 0; i < warmups + runs; i++) {
    const value = values[i % values.length]!;
    await input.fill(value);
    await timed(page, EDITOR_LINES, `"memory": "${value}"`, () => input.press('Enter'), out, i >= warmups);
    await pause(120); // lets the autosave and idle work of the commit finish, as between a person's edits
  }
  return out;
}

export interface TypingTiming extends EditTiming {
  /** Key presses before which the editor had lost focus (it was given back, as a person would). */
  refocused: number;
}

/** Puts Monaco's cursor at the end of the family value (line 2, as derive writes every task definition). */
async function cursorAfterFamily(page: Page): Promise<void> {
  await page.locator(`${EDITOR_LINES} .view-line`, { hasText: '"family"' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
}

/**
 * Monaco → canvas: types one more letter at the end of the task definition's family in
 * Monaco and measures from that key press to the mutation that shows the new name in the
 * node on the canvas. This includes the code pane's debounce.
 */
export async function monacoToCanvas(page: Page, td: DesignNode, runs: number, warmups: number): Promise<TypingTiming> {
  const out: TypingTiming = { ms: [], timedOut: 0, refocused: 0 };
  await scrollEditorTo(page, /"family": "/, -1);
  await cursorAfterFamily(page);
  // As the editor shows it: an earlier call may have typed letters already.
  let name = /"family": "([^"]*)"/.exec(await editorText(page))?.[1] ?? String(td.data.family);
  for (let i = 0; i < warmups + runs; i++) {
    if (i > 0 && !(await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')))) {
      out.refocused++;
      await cursorAfterFamily(page);
      await pause(120);
    }
    const letter = String.fromCharCode(97 + (i % 26));
    name += letter;
    await timed(page, `.react-flow__node[data-id="${td.id}"]`, name, () => page.keyboard.press(letter), out, i >= warmups);
    await pause(120);
  }
  return out;
}

/** When the browser asked for each Monaco chunk, and when it first painted. */
export async function monacoLoadOrder(page: Page, monacoFiles: string[]): Promise<{ firstPaint: number; monacoRequests: { file: string; t: number }[] }> {
  const paints = await page.evaluate(() => window.__bench.paints());
  const resources = await page.evaluate(() => window.__bench.resources());
  const firstPaint = paints.find((p) => p.name === 'first-paint')?.t ?? NaN;
  const monacoRequests = resources.flatMap((r) => {
    const file = monacoFiles.find((f) => r.name.endsWith(`/${f}`));
    return file ? [{ file, t: r.t }] : [];
  });
  return { firstPaint, monacoRequests };
}
