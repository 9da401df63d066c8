import type { editor as MonacoEditor } from 'monaco-editor/editor';
import type { Artifact } from '../../core/model/artifact.ts';
import type { Design } from '../../core/model/design.ts';
import { derivedOf, getCheckedDesign } from '../../state/derived.ts';
import { commit, getDesign, isViewOnly, redo, undo, useDesignStore, VIEW_ONLY_MESSAGE } from '../../state/design-store.ts';
import { useUiStore, type UiState } from '../../state/ui-store.ts';
import { fileForNode, firstFile, followFile } from './artifact-files.ts';
import { Debouncer } from './debounce.ts';
import { modelForFile } from './file-model.ts';
import { decideEdit, isEditable, READ_ONLY_MESSAGE, userTextStands } from './edit-decision.ts';
import { ownerAtOffset } from './json-locate.ts';
import type { Monaco } from './monaco/setup.ts';
import { problemsKey, setApplyMarker, setRuleMarkers } from './problem-markers.ts';
import { RevealHighlight } from './reveal-highlight.ts';
import { minimalEdit } from './text-edit.ts';
import type { CodeStatus, FileState } from './code-session-types.ts';

export type { CodeStatus } from './code-session-types.ts';

/** Typing pauses this long before the text is applied to the design (one undo entry). */
export const APPLY_DELAY_MS = 300;

/**
 * Keeps Monaco and the design in step (ARCHITECTURE principle 3): one model per generated
 * file, outside changes applied as minimal edits (the cursor stays), the user's edits
 * applied to the design after a pause, errors shown where they are. Plain TypeScript over
 * the stores; CodePane only mounts it.
 */
export class CodeSession {
  private readonly files = new Map<string, FileState>();
  private readonly debouncer = new Debouncer(APPLY_DELAY_MS);
  private readonly disposers: (() => void)[] = [];
  private readonly highlight: RevealHighlight;
  private activePath: string | undefined;
  /** True while this class edits a model, so the change is not taken for typing. */
  private applyingOutside = false;
  /** The path whose typed text is being committed (its text may stay as typed). */
  private committingPath: string | undefined;
  /** The node the editor itself just selected: that selection must not reveal again. */
  private selectedFromEditor: string | undefined;
  private status: CodeStatus = { kind: 'none' };
  /** A message about the last applied edit, shown until the file or its state changes. */
  private notice: { path: string; message: string } | undefined;

  constructor(
    private readonly monaco: Monaco,
    private readonly editor: MonacoEditor.IStandaloneCodeEditor,
    private readonly onStatus: (status: CodeStatus) => void,
  ) {
    this.highlight = new RevealHighlight(monaco, editor);
    this.disposers.push(
      useDesignStore.subscribe((state, previous) => {
        if (state.viewOnly !== previous.viewOnly) {
          this.describeActive(state.design);
          this.updateStatus();
        }
        if (state.design !== previous.design) this.syncFromDesign(state.design);
        // The design's problems arrive a frame after the design (and once the rules have loaded).
        else if (state.checked !== previous.checked && state.checked === state.design) {
          for (const [path, file] of this.files) this.updateProblemMarkers(path, file, state.design);
        }
      }),
      useUiStore.subscribe((state, previous) => this.onUiChange(state, previous)),
    );
    const cursor = editor.onDidChangeCursorPosition((e) => {
      if (e.reason === monaco.editor.CursorChangeReason.Explicit) this.selectOwnerAtCursor();
    });
    const blur = editor.onDidBlurEditorText(() => this.settleActive());
    this.disposers.push(() => cursor.dispose(), () => blur.dispose());
    // Undo and redo act on the design history, so they undo canvas and text edits alike.
    const { KeyMod, KeyCode } = monaco;
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => this.undoRedo('undo'));
    editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, () => this.undoRedo('redo'));
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, () => this.undoRedo('redo'));

    const ui = useUiStore.getState();
    const { artifacts, byPath } = derivedOf(getDesign());
    // A node selected while Monaco was still loading brings its file forward now.
    const selected = ui.selectedNodeIds.at(-1);
    const place = selected ? fileForNode(artifacts, selected, ui.activeFile) : undefined;
    const start = place?.path ?? (ui.activeFile && byPath.has(ui.activeFile) ? ui.activeFile : firstFile(artifacts));
    if (start !== ui.activeFile) ui.setActiveFile(start);
    else this.show(start);
    if (ui.reveal && ui.reveal.path === start) this.revealPointer(ui.reveal.pointer);
  }

  dispose(): void {
    this.debouncer.flushAll();
    for (const d of this.disposers) d();
    this.highlight.dispose();
    this.editor.setModel(null);
    for (const f of this.files.values()) {
      f.listener.dispose();
      f.model.dispose();
    }
    this.files.clear();
  }

  /** Puts the design's text back into the active file, discarding the text that cannot be applied. */
  revertActive(): void {
    const path = this.activePath;
    const file = path && this.files.get(path);
    if (!path || !file) return;
    this.debouncer.cancel(path);
    file.invalid = undefined;
    setApplyMarker(this.monaco, file.model, undefined);
    this.replaceText(file, file.designText);
    this.updateStatus();
  }

  /** Applies any typing still waiting for its pause (before Copy, Download, undo). */
  flush(): void {
    this.debouncer.flushAll();
  }

  focus(): void {
    this.editor.focus();
  }

  // --- files and models --------------------------------------------------------------

  private fileState(path: string, design: Design): FileState | undefined {
    const existing = this.files.get(path);
    if (existing) return existing;
    const derived = derivedOf(design);
    const artifact = derived.byPath.get(path);
    const text = derived.texts.get(path);
    if (!artifact || text === undefined) return undefined;
    const model = modelForFile(this.monaco, path, text, (m) => [...this.files.values()].some((f) => f.model === m));
    model.setEOL(this.monaco.editor.EndOfLineSequence.LF);
    const listener = model.onDidChangeContent(() => {
      if (!this.applyingOutside) this.onUserEdit(state.path);
    });
    const state: FileState = { path, model, nodeId: artifact.nodeId, type: artifact.type, designText: text, problemsKey: '', listener };
    this.files.set(path, state);
    this.updateProblemMarkers(path, state, design);
    return state;
  }

  private show(path: string | undefined): void {
    // Typing still waiting in the file being left is applied first. That may commit, rename
    // the file and switch files underneath (re-entering here); the file asked for wins.
    if (this.activePath && this.activePath !== path) this.debouncer.flush(this.activePath);
    if (path === this.activePath && (path === undefined || this.files.has(path))) return;
    const previous = this.activePath ? this.files.get(this.activePath) : undefined;
    if (previous) previous.viewState = this.editor.saveViewState();
    this.activePath = path;
    this.notice = undefined;
    const design = getDesign();
    const file = path ? this.fileState(path, design) : undefined;
    this.editor.setModel(file ? file.model : null);
    if (file?.viewState) this.editor.restoreViewState(file.viewState);
    this.describeActive(design);
    this.updateStatus();
    const ui = useUiStore.getState();
    if (ui.activeFile !== path) ui.setActiveFile(path);
  }

  private describeActive(design: Design): void {
    const path = this.activePath;
    const artifact = path ? derivedOf(design).byPath.get(path) : undefined;
    this.editor.updateOptions({
      readOnly: isViewOnly() || !artifact || !isEditable(design, artifact),
      // Said when the user types into a read-only file: what to change instead, where the file knows.
      readOnlyMessage: { value: isViewOnly() ? VIEW_ONLY_MESSAGE : (artifact?.readOnlyReason ?? READ_ONLY_MESSAGE) },
      ariaLabel: path ? `${path}: generated ECS definition (JSON)` : 'No generated file',
    });
  }

  private disposeFile(path: string): void {
    const file = this.files.get(path);
    if (!file) return;
    this.debouncer.cancel(path);
    file.listener.dispose();
    file.model.dispose();
    this.files.delete(path);
  }

  // --- design → editor ---------------------------------------------------------------

  private syncFromDesign(design: Design): void {
    const derived = derivedOf(design);
    for (const [path, file] of [...this.files]) {
      const text = derived.texts.get(path);
      if (text === undefined) {
        this.fileGone(path, file, derived.artifacts);
        continue;
      }
      if (text !== file.designText) {
        file.designText = text;
        const keepTyped = path === this.committingPath && userTextStands(file.model.getValue(), text);
        // The user's unapplied text wins over outside changes until it is valid or reverted.
        if (!file.invalid && !this.debouncer.isWaiting(path) && !keepTyped) this.replaceText(file, text);
      }
      this.updateProblemMarkers(path, file, design);
    }
    if (!this.activePath || !derived.byPath.has(this.activePath)) {
      // Nothing shown, or a file that was never opened disappeared: show the first file.
      const first = firstFile(derived.artifacts);
      useUiStore.getState().setActiveFile(first);
      this.show(first);
    } else if (!this.files.has(this.activePath)) {
      const path = this.activePath;
      this.activePath = undefined;
      this.show(path);
    }
    this.updateStatus();
  }

  /** A file vanished: renamed (family, service name...) or its node deleted. */
  private fileGone(path: string, file: FileState, artifacts: readonly Artifact[]): void {
    if (path !== this.activePath) {
      this.disposeFile(path);
      return;
    }
    // Typing that renames the file (a family, a service name) must not cost the typist the
    // editor: the successor takes the editor first, with the cursor where it was, and only
    // then is the old model disposed (disposing the shown model tears the view down).
    const hadFocus = this.editor.hasTextFocus();
    const viewState = this.editor.saveViewState();
    const next = followFile(artifacts, file);
    if (next && path === this.committingPath && !this.files.has(next)) return this.renameActive(path, next, file);
    this.activePath = undefined;
    if (next) {
      const nextFile = this.fileState(next, getDesign());
      if (nextFile && viewState) nextFile.viewState = viewState; // the cursor follows the node
    }
    useUiStore.getState().setActiveFile(next ?? firstFile(artifacts));
    // setActiveFile is a no-op when the path is unchanged; make sure the editor shows it.
    this.show(useUiStore.getState().activeFile);
    this.disposeFile(path);
    if (hadFocus) this.editor.focus();
  }

  /**
   * The user's own typing renamed the file shown (a family, a service name): it goes on in
   * the same model under the new path. Swapping in a model of the new name would cost a
   * full re-render of the editor on every key of a name typed (and the view, cursor and
   * focus would have to be carried over); only the model's Monaco name stays the old one.
   */
  private renameActive(path: string, next: string, file: FileState): void {
    const design = getDesign();
    const text = derivedOf(design).texts.get(next)!;
    this.files.delete(path);
    file.path = next;
    this.files.set(next, file);
    this.activePath = next;
    file.designText = text;
    if (!userTextStands(file.model.getValue(), text)) this.replaceText(file, text);
    file.problemsKey = '';
    this.updateProblemMarkers(next, file, design);
    this.describeActive(design);
    useUiStore.getState().setActiveFile(next);
  }

  /** Replaces a model's text by the smallest edit, so cursors and scroll stay put. */
  private replaceText(file: FileState, text: string): void {
    const model = file.model;
    const edit = minimalEdit(model.getValue(), text);
    if (!edit) return;
    const start = model.getPositionAt(edit.start);
    const end = model.getPositionAt(edit.end);
    this.applyingOutside = true;
    try {
      model.pushStackElement();
      model.pushEditOperations(
        [],
        [{ range: new this.monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: edit.text }],
        () => null,
      );
      model.pushStackElement();
    } finally {
      this.applyingOutside = false;
    }
  }

  /** Once typing is over (editor blurred), show the design's canonical text again. */
  private settleActive(): void {
    const path = this.activePath;
    const file = path && this.files.get(path);
    if (!path || !file) return;
    this.debouncer.flush(path);
    if (!file.invalid && file.model.getValue() !== file.designText) this.replaceText(file, file.designText);
  }

  // --- markers -------------------------------------------------------------------------

  private updateProblemMarkers(path: string, file: FileState, design: Design): void {
    // Markers sit at pointers into this design's text, so only its own problems are placed;
    // when they are checked (a frame later) this runs again.
    if (getCheckedDesign() !== design) return;
    const { problems } = derivedOf(design);
    const key = problemsKey(problems, path) + file.designText.length;
    if (key === file.problemsKey) return;
    file.problemsKey = key;
    setRuleMarkers(this.monaco, file.model, problems, path);
  }

  // --- editor → design ---------------------------------------------------------------

  private onUserEdit(path: string): void {
    this.debouncer.schedule(path, () => this.applyUserText(path));
    if (this.notice?.path === path) this.notice = undefined;
    this.updateStatus();
  }

  private applyUserText(path: string): void {
    const file = this.files.get(path);
    if (!file) return;
    const text = file.model.getValue();
    const design = getDesign();
    const outcome = decideEdit(design, path, text, derivedOf(design).artifacts);
    if (outcome.kind === 'invalid') {
      file.invalid = outcome.message;
      setApplyMarker(this.monaco, file.model, outcome);
      this.updateStatus();
      return;
    }
    file.invalid = undefined;
    setApplyMarker(this.monaco, file.model, undefined);
    if (outcome.kind === 'apply') {
      this.committingPath = path;
      try {
        commit(outcome.design, outcome.label, { drawAtOnce: true });
      } finally {
        this.committingPath = undefined;
      }
    }
    const message = outcome.notices.map((n) => n.message).join(' ');
    this.notice = message ? { path, message } : undefined;
    this.updateStatus();
  }

  private undoRedo(which: 'undo' | 'redo'): void {
    const path = this.activePath;
    if (path) this.debouncer.flush(path); // typing still waiting becomes its own entry first
    const file = path ? this.files.get(path) : undefined;
    if (file?.invalid) {
      // Text the design never saw is undone as text.
      if (which === 'undo') file.model.undo();
      else file.model.redo();
      return;
    }
    if (which === 'undo') undo();
    else redo();
  }

  // --- selection, reveal -------------------------------------------------------------

  private onUiChange(state: UiState, previous: UiState): void {
    if (state.activeFile !== previous.activeFile) this.show(state.activeFile);
    if (state.selectedNodeIds !== previous.selectedNodeIds) this.onSelection(state.selectedNodeIds);
    if (state.reveal && state.reveal !== previous.reveal) {
      if (state.reveal.path !== this.activePath) state.setActiveFile(state.reveal.path);
      if (state.reveal.path === this.activePath) this.revealPointer(state.reveal.pointer);
    }
  }

  private onSelection(ids: readonly string[]): void {
    const id = ids[ids.length - 1];
    if (!id) return;
    if (id === this.selectedFromEditor && ids.length === 1) return;
    this.selectedFromEditor = undefined;
    const place = fileForNode(derivedOf(getDesign()).artifacts, id, this.activePath);
    if (!place) return;
    if (place.path !== this.activePath) useUiStore.getState().setActiveFile(place.path);
    if (place.pointer && place.path === this.activePath) this.revealPointer(place.pointer);
  }

  private revealPointer(pointer: string): void {
    const file = this.activePath && this.files.get(this.activePath);
    if (file) this.highlight.reveal(file.model, pointer);
  }

  /** Moving the cursor into a part of the file selects the node it comes from. */
  private selectOwnerAtCursor(): void {
    const path = this.activePath;
    const position = this.editor.getPosition();
    const file = path && this.files.get(path);
    if (!path || !file || !position) return;
    const artifact = derivedOf(getDesign()).byPath.get(path);
    if (!artifact) return;
    const nodeId = ownerAtOffset(file.model.getValue(), file.model.getOffsetAt(position), artifact.owners);
    const ui = useUiStore.getState();
    if (!nodeId || (ui.selectedNodeIds.length === 1 && ui.selectedNodeIds[0] === nodeId)) return;
    this.selectedFromEditor = nodeId;
    ui.select([nodeId]);
  }

  // --- status ------------------------------------------------------------------------

  private updateStatus(): void {
    const path = this.activePath;
    const file = path ? this.files.get(path) : undefined;
    if (!path || !file) return this.setStatus({ kind: 'none' });
    if (file.invalid) return this.setStatus({ kind: 'invalid', message: file.invalid });
    if (this.debouncer.isWaiting(path)) return this.setStatus({ kind: 'pending' });
    if (this.notice?.path === path) return this.setStatus({ kind: 'notice', message: this.notice.message });
    this.setStatus({ kind: 'synced', readOnly: this.editor.getOption(this.monaco.editor.EditorOption.readOnly) });
  }

  private setStatus(status: CodeStatus): void {
    if (JSON.stringify(status) === JSON.stringify(this.status)) return;
    this.status = status;
    this.onStatus(status);
  }
}
