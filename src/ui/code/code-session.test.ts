import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setNodeField } from '../../core/commands/design-commands.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { derivedOf, rulesLoaded } from '../../state/derived.ts';
import { commit, getDesign, replaceDocument, useDesignStore } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { APPLY_DELAY_MS, CodeSession, type CodeStatus } from './code-session.ts';
import type { Monaco } from './monaco/setup.ts';
import { FakeEditor, fakeMonaco } from './test-support/fake-monaco.ts';

const TD = 'task-definitions/web.json';
let session: CodeSession;
let editor: FakeEditor;
let markers: ReturnType<typeof fakeMonaco>['markers'];
let statuses: CodeStatus[];

const td = () => getDesign().nodes.find((n) => n.kind === 'task-definition')!;
const model = () => editor.model!;
const history = () => useDesignStore.temporal.getState().pastStates.length;

// Problems (and so rule markers) exist once the rule modules have loaded.
beforeAll(() => rulesLoaded);

beforeEach(() => {
  vi.useFakeTimers();
  replaceDocument(fargateWebSample(), 'Open sample');
  useUiStore.setState({ selectedNodeIds: [], activeFile: undefined, reveal: undefined });
  const fake = fakeMonaco();
  markers = fake.markers;
  editor = new FakeEditor();
  statuses = [];
  session = new CodeSession(fake.monaco as unknown as Monaco, editor as never, (s) => statuses.push(s));
});

afterEach(() => {
  session.dispose();
  vi.useRealTimers();
});

describe('CodeSession', () => {
  it('opens the task definition first, with its text', () => {
    expect(useUiStore.getState().activeFile).toBe(TD);
    expect(model().getValue()).toBe(derivedOf(getDesign()).texts.get(TD));
  });

  it('applies an outside change as an edit and does not echo it back into the design', () => {
    const r = setNodeField(getDesign(), td().id, ['cpu'], '1024');
    if (r.ok) commit(r.design, r.label);
    expect(model().getValue()).toContain('"cpu": "1024"');
    vi.advanceTimersByTime(APPLY_DELAY_MS * 2);
    expect(history()).toBe(1); // only the outside change itself
  });

  it('applies typing after the pause as one undo entry named after the file', () => {
    model().type(model().getValue().replace('"cpu": "256"', '"cpu": "51'));
    model().type(model().getValue().replace('"cpu": "51', '"cpu": "512"'));
    expect(td().data.cpu).toBeUndefined();
    expect(statuses.at(-1)).toEqual({ kind: 'pending' });
    vi.advanceTimersByTime(APPLY_DELAY_MS);
    expect(td().data.cpu).toBe('512');
    expect(history()).toBe(1);
    expect(useDesignStore.getState().label).toBe(`Edit ${TD}`);
  });

  it('keeps broken text against outside changes, marks it, and applies it once repaired', () => {
    const valid = model().getValue();
    const broken = valid.replace('"cpu": "256",', '"cpu": "512"');
    model().type(broken);
    vi.advanceTimersByTime(APPLY_DELAY_MS);
    expect(markers('ecs-apply', TD)[0]!.message).toMatch(/^Not applied: .*line \d+/);
    expect(statuses.at(-1)!.kind).toBe('invalid');
    expect(td().data.cpu).toBeUndefined(); // the design keeps its last valid state
    const outside = setNodeField(getDesign(), td().id, ['memory'], '1024');
    if (outside.ok) commit(outside.design, outside.label);
    expect(model().getValue()).toBe(broken);
    model().type(broken.replace('"cpu": "512"', '"cpu": "512",'));
    vi.advanceTimersByTime(APPLY_DELAY_MS);
    expect(markers('ecs-apply', TD)).toEqual([]);
    expect(td().data.cpu).toBe('512');
  });

  it('reverts broken text to the design', () => {
    const valid = model().getValue();
    model().type('{ nope');
    vi.advanceTimersByTime(APPLY_DELAY_MS);
    session.revertActive();
    expect(model().getValue()).toBe(valid);
    expect(statuses.at(-1)).toEqual({ kind: 'synced', readOnly: false });
  });

  it('follows the node when an edit renames the file, typing on in the same model', () => {
    editor.focus();
    const typed = model();
    typed.type(typed.getValue().replace('"family": "web"', '"family": "api"'));
    vi.advanceTimersByTime(APPLY_DELAY_MS);
    expect(useUiStore.getState().activeFile).toBe('task-definitions/api.json');
    // No model swap: the view (cursor, focus) stays as it is.
    expect(editor.model).toBe(typed);
    expect(editor.hasTextFocus()).toBe(true);
    // Typing goes on under the new name: a second rename applies too.
    typed.type(typed.getValue().replace('"family": "api"', '"family": "api2"'));
    vi.advanceTimersByTime(APPLY_DELAY_MS);
    expect(td().data.family).toBe('api2');
    expect(useUiStore.getState().activeFile).toBe('task-definitions/api2.json');
    expect(editor.model).toBe(typed);
  });

  it('opens a file under a name still held by a renamed model in a model of its own', () => {
    model().type(model().getValue().replace('"family": "web"', '"family": "api"'));
    vi.advanceTimersByTime(APPLY_DELAY_MS);
    const renamed = model();
    // Renamed back from the inspector: web.json is shown again, while the model named
    // after it still shows api.json until it is let go.
    const back = setNodeField(getDesign(), td().id, ['family'], 'web');
    if (back.ok) commit(back.design, back.label);
    expect(useUiStore.getState().activeFile).toBe(TD);
    expect(model()).not.toBe(renamed);
    expect(model().getValue()).toContain('"family": "web"');
    model().type(model().getValue().replace('"cpu": "256"', '"cpu": "512"'));
    vi.advanceTimersByTime(APPLY_DELAY_MS);
    expect(td().data.cpu).toBe('512');
  });

  it('does not take focus on a rename the user made elsewhere (inspector, canvas)', () => {
    const renamed = setNodeField(getDesign(), td().id, ['family'], 'api');
    if (renamed.ok) commit(renamed.design, renamed.label);
    expect(editor.model!.uri.path).toBe('/task-definitions/api.json');
    expect(editor.hasTextFocus()).toBe(false);
  });

  it('brings a selected container forward and reveals its part', () => {
    useUiStore.getState().setActiveFile('services/web.json');
    useUiStore.getState().select(['ctr-1']);
    expect(useUiStore.getState().activeFile).toBe(TD);
    const line = editor.revealed.at(-1)!.startLineNumber;
    expect(model().getValue().split('\n')[line - 1]).toMatch(/^\s+\{$/);
  });

  it('selects the container the cursor moves into, without revealing in return', () => {
    const text = model().getValue();
    editor.moveCursorTo(text.indexOf('nginx'));
    expect(useUiStore.getState().selectedNodeIds).toEqual(['ctr-1']);
    expect(editor.revealed).toEqual([]);
    editor.moveCursorTo(text.indexOf('"family"') + 2);
    expect(useUiStore.getState().selectedNodeIds).toEqual(['td-1']);
  });

  it('shows validator problems as markers owned by ecs-rules, prefixed with the rule id', () => {
    const cpu = setNodeField(getDesign(), td().id, ['cpu'], '1024');
    const memory = cpu.ok ? setNodeField(cpu.design, td().id, ['memory'], '9999') : cpu;
    if (memory.ok) commit(memory.design, memory.label);
    // Problems are checked in the first idle moment after the change, not inside the commit.
    expect(useDesignStore.getState().checked).not.toBe(getDesign());
    vi.runOnlyPendingTimers();
    expect(useDesignStore.getState().checked).toBe(getDesign());
    const list = markers('ecs-rules', TD);
    expect(list.length).toBeGreaterThan(0);
    expect(list[0]!.message).toMatch(/^FG-CPU-MEM: /);
    expect(list[0]!.severity).toBe(8);
    expect(model().getValue().split('\n')[list[0]!.startLineNumber - 1]).toContain('"memory"');
  });

  it('undoes the design with Ctrl/Cmd+Z in the editor, applying waiting typing first', () => {
    model().type(model().getValue().replace('"cpu": "256"', '"cpu": "512"'));
    editor.commands.get(2048 | 56)!();
    expect(td().data.cpu).toBeUndefined();
    expect(model().getValue()).toContain('"cpu": "256"');
    editor.commands.get(2048 | 1024 | 56)!();
    expect(td().data.cpu).toBe('512');
  });
});
