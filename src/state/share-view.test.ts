import { beforeEach, describe, expect, it } from 'vitest';
import { addNode } from '../core/commands/design-commands.ts';
import { shareFragment } from '../core/io/share-link.ts';
import { emptyDesign, type Design } from '../core/model/design.ts';
import { fargateWebSample } from '../core/templates/fargate-web.ts';
import { startAutosave } from './autosave.ts';
import { commit, getDesign, isViewOnly, replaceDocument, undo, VIEW_ONLY_MESSAGE } from './design-store.ts';
import { AUTOSAVE_KEY, autosavedNodeCount, type StorageLike } from './persistence.ts';
import { backToOwnDesign, makeCopy, openShareFragment } from './share-view.ts';
import { useUiStore } from './ui-store.ts';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

/** Runs saves at once, so a test sees what autosave would write. */
const atOnce = (task: () => void) => {
  task();
  return () => {};
};

function ownDesign(): Design {
  let design = emptyDesign('my own design');
  design = addNode(design, 'cluster', { x: 0, y: 0 }, { clusterName: 'mine' }).design;
  return addNode(design, 'service', { x: 0, y: 200 }, { serviceName: 'my-service', desiredCount: 1 }).design;
}

const saved = (storage: MemoryStorage) => JSON.parse(storage.items.get(AUTOSAVE_KEY)!) as Design;
const lastNotice = () => useUiStore.getState().notices.at(-1);

let storage: MemoryStorage;
let stop: () => void;

beforeEach(() => {
  stop?.();
  replaceDocument(emptyDesign(), 'reset');
  useUiStore.setState({ notices: [] });
  storage = new MemoryStorage();
  storage.items.set(AUTOSAVE_KEY, JSON.stringify(ownDesign()));
  stop = startAutosave(storage, atOnce);
});

describe('opening a share link', () => {
  it('shows the shared design read-only and leaves the autosaved design as it was', () => {
    expect(openShareFragment(`#${shareFragment(fargateWebSample())}`)).toBe(true);
    expect(isViewOnly()).toBe(true);
    expect(getDesign()).toEqual(fargateWebSample());
    expect(saved(storage).name).toBe('my own design');
  });

  it('refuses every change while read-only, says why, and saves nothing', () => {
    openShareFragment(`#${shareFragment(fargateWebSample())}`);
    const before = getDesign();
    commit(addNode(before, 'cluster', { x: 0, y: 0 }).design, 'Add Cluster');
    expect(getDesign()).toBe(before);
    expect(lastNotice()).toMatchObject({ level: 'info', message: VIEW_ONLY_MESSAGE });
    undo();
    expect(getDesign()).toBe(before);
    expect(saved(storage).name).toBe('my own design');
  });

  it('Make a copy makes it the user’s design: editable, and saved over the autosave', () => {
    openShareFragment(`#${shareFragment(fargateWebSample())}`);
    makeCopy();
    expect(isViewOnly()).toBe(false);
    expect(saved(storage)).toEqual(fargateWebSample());
    const edited = addNode(getDesign(), 'cluster', { x: 0, y: 0 }).design;
    commit(edited, 'Add Cluster');
    expect(getDesign()).toBe(edited);
    expect(saved(storage).nodes).toHaveLength(fargateWebSample().nodes.length + 1);
  });

  it('Back to my design reopens the autosaved design, editable', () => {
    openShareFragment(`#${shareFragment(fargateWebSample())}`);
    backToOwnDesign(storage);
    expect(isViewOnly()).toBe(false);
    expect(getDesign().name).toBe('my own design');
  });

  it('a truncated link says so, and the user’s design stays open and saved', () => {
    const own = getDesign();
    const fragment = `#${shareFragment(fargateWebSample())}`;
    expect(openShareFragment(fragment.slice(0, fragment.length / 2))).toBe(true);
    expect(lastNotice()?.level).toBe('error');
    expect(lastNotice()?.message).toMatch(/^This share link is damaged or incomplete/);
    expect(isViewOnly()).toBe(false);
    expect(getDesign()).toBe(own);
    expect(saved(storage).name).toBe('my own design');
  });

  it('a fragment that is not a share link is left alone', () => {
    expect(openShareFragment('#top')).toBe(false);
    expect(useUiStore.getState().notices).toEqual([]);
  });
});

describe('autosavedNodeCount (asked before a copy replaces the autosave)', () => {
  it('counts the saved nodes; nothing saved or unreadable is 0', () => {
    expect(autosavedNodeCount(storage)).toBe(2);
    expect(autosavedNodeCount(new MemoryStorage())).toBe(0);
    const broken = new MemoryStorage();
    broken.items.set(AUTOSAVE_KEY, '{"version": 1, "nodes": [');
    expect(autosavedNodeCount(broken)).toBe(0);
    expect(autosavedNodeCount(undefined)).toBe(0);
  });
});
