import { beforeEach, describe, expect, it } from 'vitest';
import { addNode, connect } from '../core/commands/design-commands.ts';
import { emptyDesign } from '../core/model/design.ts';
import { startAutosave } from './autosave.ts';
import { commit, getDesign, redo, replaceDocument, runCommand, undo, useDesignStore } from './design-store.ts';
import { derivedOf, rulesLoaded } from './derived.ts';
import { AUTOSAVE_KEY, BACKUP_PREFIX, type StorageLike } from './persistence.ts';
import { useUiStore } from './ui-store.ts';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

beforeEach(() => {
  replaceDocument(emptyDesign(), 'reset');
  useUiStore.setState({ notices: [] });
});

describe('document store', () => {
  it('undoes and redoes committed changes, one entry per commit', () => {
    const a = addNode(getDesign(), 'cluster', { x: 0, y: 0 });
    commit(a.design, a.label);
    const b = addNode(getDesign(), 'service', { x: 0, y: 100 });
    commit(b.design, b.label);
    expect(getDesign().nodes.map((n) => n.kind)).toEqual(['cluster', 'service']);
    undo();
    expect(getDesign().nodes.map((n) => n.kind)).toEqual(['cluster']);
    undo();
    expect(getDesign().nodes).toEqual([]);
    redo();
    redo();
    expect(getDesign().nodes.map((n) => n.kind)).toEqual(['cluster', 'service']);
    expect(useDesignStore.getState().label).toBe('Add Service');
  });

  it('a commit drawn at once is one undo entry like any other, and only that design is marked', () => {
    const a = addNode(getDesign(), 'cluster', { x: 0, y: 0 });
    commit(a.design, a.label);
    const b = addNode(getDesign(), 'service', { x: 0, y: 100 });
    commit(b.design, b.label, { drawAtOnce: true });
    expect(useDesignStore.getState().drawnAtOnce).toBe(b.design);
    undo();
    // The design undone to is not the one drawn at once: the canvas defers it as usual.
    expect(getDesign()).toBe(a.design);
    expect(useDesignStore.getState().drawnAtOnce).not.toBe(getDesign());
    redo();
    expect(getDesign()).toBe(b.design);
  });

  it('selection is not history: undo after selecting undoes the last design change', () => {
    const a = addNode(getDesign(), 'cluster', { x: 0, y: 0 });
    commit(a.design, a.label);
    useUiStore.getState().select([a.id!]);
    undo();
    expect(getDesign().nodes).toEqual([]);
    expect(useUiStore.getState().selectedNodeIds).toEqual([a.id]);
  });

  it('a refused command changes nothing and tells the user why', () => {
    const a = addNode(getDesign(), 'task-definition', { x: 0, y: 0 });
    const b = addNode(a.design, 'service', { x: 0, y: 0 });
    commit(b.design, b.label);
    expect(runCommand(connect(getDesign(), a.id!, b.id!))).toBe(false);
    expect(getDesign()).toBe(b.design);
    expect(useUiStore.getState().notices.at(-1)?.message).toMatch(/Connect from the Service to the Task definition instead/);
  });

  it('problems appear once the rule modules have loaded, without a new undo entry', async () => {
    const bad = addNode(getDesign(), 'task-definition', { x: 0, y: 0 }, { family: 'bad family' });
    commit(bad.design, bad.label);
    const entries = useDesignStore.temporal.getState().pastStates.length;
    await rulesLoaded;
    expect(useDesignStore.getState().rulesLoaded).toBe(true);
    expect(derivedOf(getDesign()).problems.map((p) => p.ruleId)).toContain('NAME-FAMILY');
    expect(useDesignStore.temporal.getState().pastStates.length).toBe(entries);
  });

  it('artifacts and problems are computed once per design object', () => {
    const d = getDesign();
    expect(derivedOf(d)).toBe(derivedOf(d));
  });
});

describe('autosave', () => {
  it('restores exactly what was saved, layout included', () => {
    const storage = new MemoryStorage();
    const stop = startAutosave(storage);
    const a = addNode(getDesign(), 'cluster', { x: 123, y: 456 });
    commit(a.design, a.label);
    stop();
    const saved = getDesign();
    replaceDocument(emptyDesign(), 'reset');
    startAutosave(storage)();
    expect(getDesign()).toEqual(saved);
  });

  it('a corrupted store opens the sample, says so and keeps the unreadable text', () => {
    const storage = new MemoryStorage();
    storage.items.set(AUTOSAVE_KEY, '{"version": 1, "nodes": [');
    startAutosave(storage)();
    expect(getDesign().name).toBe('Fargate web service');
    expect(useUiStore.getState().notices.at(-1)?.message).toMatch(/could not be read/);
    const backup = [...storage.items].find(([k]) => k.startsWith(BACKUP_PREFIX));
    expect(backup?.[1]).toBe('{"version": 1, "nodes": [');
  });

  it('saves after the commit, not inside it, and saves changes made meanwhile together', () => {
    const storage = new MemoryStorage();
    const tasks: Array<() => void> = [];
    const stop = startAutosave(storage, (task) => {
      tasks.push(task);
      return () => tasks.splice(tasks.indexOf(task), 1);
    });
    storage.items.delete(AUTOSAVE_KEY);
    const a = addNode(getDesign(), 'cluster', { x: 1, y: 2 });
    commit(a.design, a.label);
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(false);
    const b = addNode(getDesign(), 'service', { x: 3, y: 4 });
    commit(b.design, b.label);
    expect(tasks).toHaveLength(1);
    tasks[0]!();
    expect(JSON.parse(storage.items.get(AUTOSAVE_KEY)!).nodes).toHaveLength(b.design.nodes.length);
    // Nothing pending: stopping writes nothing more, and a later change schedules anew.
    storage.items.delete(AUTOSAVE_KEY);
    stop();
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(false);
  });

  it('stopping saves the change still waiting for idle time', () => {
    const storage = new MemoryStorage();
    const stop = startAutosave(storage, () => () => {});
    const a = addNode(getDesign(), 'cluster', { x: 5, y: 6 });
    commit(a.design, a.label);
    stop();
    expect(JSON.parse(storage.items.get(AUTOSAVE_KEY)!).nodes).toHaveLength(a.design.nodes.length);
  });

  it('a full store is reported once and the design stays in memory', async () => {
    const storage = new MemoryStorage();
    // Each commit saved on its own, so the second failure is a repeat that must stay quiet.
    const stop = startAutosave(storage, (task) => {
      queueMicrotask(task);
      return () => {};
    });
    storage.full = true;
    const a = addNode(getDesign(), 'cluster', { x: 0, y: 0 });
    commit(a.design, a.label);
    await Promise.resolve();
    const b = addNode(getDesign(), 'service', { x: 0, y: 0 });
    commit(b.design, b.label);
    await Promise.resolve();
    stop();
    const errors = useUiStore.getState().notices.filter((n) => n.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/storage is full/);
    expect(getDesign()).toBe(b.design);
  });
});
