/**
 * Just enough of Monaco's API for CodeSession to run in Node: text models with edits and
 * positions, markers, an editor with a cursor. Lets the sync logic be tested without a browser.
 */
type Listener<T> = (e: T) => void;

class Emitter<T> {
  private listeners: Listener<T>[] = [];
  event = (l: Listener<T>) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e: T) {
    for (const l of [...this.listeners]) l(e);
  }
}

interface Pos {
  lineNumber: number;
  column: number;
}
interface RangeLike {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

export class FakeModel {
  private readonly changed = new Emitter<unknown>();
  disposed = false;
  undoCount = 0;
  constructor(
    private text: string,
    readonly uri: { path: string; toString(): string },
  ) {}
  getValue() {
    return this.text;
  }
  setValue(text: string) {
    this.text = text;
    this.changed.fire({});
  }
  setEOL() {}
  onDidChangeContent = this.changed.event;
  pushStackElement() {}
  getOffsetAt(p: Pos) {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < p.lineNumber - 1; i++) offset += lines[i]!.length + 1;
    return offset + p.column - 1;
  }
  getPositionAt(offset: number): Pos {
    const before = this.text.slice(0, offset).split('\n');
    return { lineNumber: before.length, column: before[before.length - 1]!.length + 1 };
  }
  pushEditOperations(_sel: unknown, edits: { range: RangeLike; text: string }[]) {
    for (const { range, text } of edits) {
      const start = this.getOffsetAt({ lineNumber: range.startLineNumber, column: range.startColumn });
      const end = this.getOffsetAt({ lineNumber: range.endLineNumber, column: range.endColumn });
      this.text = this.text.slice(0, start) + text + this.text.slice(end);
    }
    this.changed.fire({});
    return null;
  }
  /** What typing does: an edit the session did not make. */
  type(text: string) {
    this.setValue(text);
  }
  undo() {
    this.undoCount++;
  }
  redo() {}
  dispose() {
    this.disposed = true;
  }
}

export class FakeEditor {
  model: FakeModel | null = null;
  position: Pos | null = null;
  readonly cursor = new Emitter<{ reason: number }>();
  readonly blur = new Emitter<void>();
  readonly commands = new Map<number, () => void>();
  options: Record<string, unknown> = {};
  revealed: RangeLike[] = [];
  highlights: unknown[] = [];
  onDidChangeCursorPosition = this.cursor.event;
  onDidBlurEditorText = this.blur.event;
  createDecorationsCollection() {
    return { set: (d: unknown[]) => (this.highlights = d), clear: () => (this.highlights = []) };
  }
  addCommand(keybinding: number, run: () => void) {
    this.commands.set(keybinding, run);
    return 'cmd';
  }
  /** Whether the text area has focus; a new model means a new view, which starts without it (as in Monaco). */
  focused = false;
  setModel(model: FakeModel | null) {
    this.model = model;
    this.focused = false;
  }
  hasTextFocus() {
    return this.focused;
  }
  saveViewState() {
    return { position: this.position };
  }
  restoreViewState(state: { position: Pos | null }) {
    this.position = state.position;
  }
  updateOptions(o: Record<string, unknown>) {
    Object.assign(this.options, o);
  }
  getOption() {
    return !!this.options.readOnly;
  }
  getPosition() {
    return this.position;
  }
  revealRangeInCenterIfOutsideViewport(range: RangeLike) {
    this.revealed.push(range);
  }
  focus() {
    this.focused = true;
  }
  /** The user moves the cursor (click or arrow key). */
  moveCursorTo(offset: number) {
    this.position = this.model!.getPositionAt(offset);
    this.cursor.fire({ reason: 3 });
  }
}

export function fakeMonaco() {
  const models = new Map<string, FakeModel>();
  const markers = new Map<string, unknown[]>();
  const monaco = {
    Uri: {
      from: ({ scheme, path, query }: { scheme: string; path: string; query?: string }) => ({ path, toString: () => `${scheme}://${path}${query ? `?${query}` : ''}` }),
    },
    Range: class {
      constructor(
        public startLineNumber: number,
        public startColumn: number,
        public endLineNumber: number,
        public endColumn: number,
      ) {}
    },
    MarkerSeverity: { Hint: 1, Info: 2, Warning: 4, Error: 8 },
    KeyMod: { CtrlCmd: 2048, Shift: 1024 },
    KeyCode: { KeyZ: 56, KeyY: 55 },
    editor: {
      CursorChangeReason: { Explicit: 3 },
      EndOfLineSequence: { LF: 0 },
      ScrollType: { Smooth: 0 },
      EditorOption: { readOnly: 0 },
      getModel: (uri: { toString(): string }) => {
        const m = models.get(uri.toString());
        return m && !m.disposed ? m : null;
      },
      createModel: (text: string, _lang: string, uri: { path: string; toString(): string }) => {
        const m = new FakeModel(text, uri);
        models.set(uri.toString(), m);
        return m;
      },
      setModelMarkers: (model: FakeModel, owner: string, list: unknown[]) => markers.set(`${owner} ${model.uri.path}`, list),
    },
  };
  return { monaco, markers: (owner: string, path: string) => (markers.get(`${owner} /${path}`) ?? []) as { message: string; severity: number; startLineNumber: number }[] };
}
