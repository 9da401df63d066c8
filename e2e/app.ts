import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type FileChooser, type Locator, type Page } from '@playwright/test';

/** A person's view of the editor: the parts they look at and the things they do. */
export class App {
  constructor(readonly page: Page) {}

  /** Opens the app on a fresh browser profile: the sample design. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.canvas.locator('.react-flow__node').first()).toBeVisible();
  }

  /**
   * Headless Chromium never answers the File System Access open dialog (the call just
   * waits); without it the app falls back to a plain file input, which Playwright's file
   * chooser drives. Call before open().
   */
  async usePlainFileInput(): Promise<void> {
    await this.page.addInitScript(() => delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker);
  }

  /** Clicks a header button that opens a file dialog (Open…, Import…) and picks `files` in it. */
  async pickFiles(button: 'Open…' | 'Import…', files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('banner').getByRole('button', { name: button }).click();
    await (await chooser).setFiles(files);
  }

  /** Starts an empty design with the header's New (confirming the replacement). */
  async newDesign(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'New', exact: true }).click();
    await this.page.getByRole('button', { name: 'New design' }).click();
    await expect(this.canvas.locator('.react-flow__node')).toHaveCount(0);
  }

  get canvas(): Locator {
    return this.page.locator('.react-flow');
  }

  /** A node on the canvas by its design id (React Flow renders data-id). */
  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  nodeNamed(name: string): Locator {
    return this.page.locator('.react-flow__node').filter({ hasText: name });
  }

  paletteItem(label: string): Locator {
    return this.page.getByRole('button', { name: label, exact: true });
  }

  /** Drags a palette item onto the canvas at (x, y) relative to the canvas' top-left corner. */
  async dropFromPalette(label: string, x: number, y: number): Promise<void> {
    const before = await this.page.locator('.react-flow__node').count();
    await this.paletteItem(label).dragTo(this.canvas, { targetPosition: { x, y } });
    await expect(this.page.locator('.react-flow__node')).toHaveCount(before + 1);
  }

  /**
   * Draws a connection from a node's output handle onto another node with the mouse. One
   * that puts the source in a frame (a subnet in its VPC, a service in its only subnet) is
   * drawn as the nesting, not a line: pass `nests` and the source is seen moving into it.
   */
  async connect(sourceId: string, targetId: string, { nests = false } = {}): Promise<void> {
    const handle = this.page.locator(`.react-flow__handle.source[data-nodeid="${sourceId}"]`).first();
    const from = (await handle.boundingBox())!;
    const to = (await this.node(targetId).boundingBox())!;
    const edges = await this.page.locator('.react-flow__edge').count();
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + Math.min(24, to.height / 2), { steps: 5 });
    await this.page.mouse.up();
    if (!nests) {
      await expect(this.page.locator('.react-flow__edge')).toHaveCount(edges + 1);
      return;
    }
    await expect(async () => {
      const inner = (await this.node(sourceId).boundingBox())!;
      const outer = (await this.node(targetId).boundingBox())!;
      expect(inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5).toBe(true);
    }).toPass();
  }

  /** Clicks Fit view and waits for its animation to end, so what is measured next is where it stays. */
  async fitView(): Promise<void> {
    await this.page.getByRole('button', { name: 'Fit view' }).click();
    const viewport = this.page.locator('.react-flow__viewport');
    let last = '';
    await expect(async () => {
      const now = (await viewport.getAttribute('style')) ?? '';
      const settled = now === last;
      last = now;
      expect(settled).toBe(true);
    }).toPass({ intervals: [150, 150, 150, 300] });
  }

  get inspector(): Locator {
    return this.page.getByRole('region', { name: 'Inspector' });
  }

  get code(): Locator {
    return this.page.getByRole('region', { name: 'Code' });
  }

  /** Waits until the code pane shows `path` (as the toolbar title or the file picker's value). */
  async expectActiveFile(path: string): Promise<void> {
    await expect(this.code.getByTitle(path, { exact: true }).or(this.code.getByRole('combobox', { name: 'Generated file' }))).toBeVisible();
    const picker = this.code.getByRole('combobox', { name: 'Generated file' });
    if (await picker.isVisible()) await expect(picker).toHaveValue(path);
    else await expect(this.code.getByTitle(path, { exact: true })).toBeVisible();
  }

  /** Opens a generated file from the file list, or the file picker when the list is hidden. */
  async openFile(path: string): Promise<void> {
    const list = this.code.getByRole('navigation', { name: 'Generated files' });
    if (await list.isVisible()) await list.getByRole('button', { name: path, exact: true }).click();
    else await this.code.getByRole('combobox', { name: 'Generated file' }).selectOption(path);
    await this.expectActiveFile(path);
  }

  get editor(): Locator {
    return this.code.locator('.monaco-editor').first();
  }

  /** The Monaco line whose text contains `text`, paging down as a person would until it shows. */
  async editorLine(text: string): Promise<Locator> {
    const line = this.editor.locator('.view-line').filter({ hasText: text }).first();
    await expect(this.editor.locator('.view-line').first()).toBeVisible();
    for (let page = 0; page < 30 && !(await line.isVisible()); page++) {
      if (page === 0) await this.editor.locator('.view-line').first().click();
      await this.page.keyboard.press('PageDown');
    }
    await expect(line).toBeVisible();
    return line;
  }

  /**
   * Replaces the end of a Monaco line as a person would: click the line, End, Backspace
   * over `remove` characters, type `insert`.
   */
  async editLineEnd(lineText: string, remove: number, insert: string): Promise<void> {
    const line = await this.editorLine(lineText);
    await line.click();
    await this.page.keyboard.press('End');
    for (let i = 0; i < remove; i++) await this.page.keyboard.press('Backspace');
    if (insert) await this.page.keyboard.insertText(insert);
  }

  get problems(): Locator {
    return this.page.getByRole('region', { name: 'Problems', exact: true });
  }

  /** Clicks an empty spot of the canvas so keyboard shortcuts go to the editor, not a field. */
  async focusCanvas(): Promise<void> {
    const box = (await this.canvas.boundingBox())!;
    await this.page.mouse.click(box.x + box.width - 40, box.y + 30);
  }

  async screenshot(name: string): Promise<void> {
    const dir = fileURLToPath(new URL('../test-results/flows/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    await this.page.screenshot({ path: `${dir}${name}.png` });
  }
}
