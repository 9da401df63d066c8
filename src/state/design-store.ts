import { temporal } from 'zundo';
import { create } from 'zustand';
import type { CommandResult } from '../core/commands/design-commands.ts';
import type { Design } from '../core/model/design.ts';
import { fargateWebSample } from '../core/templates/fargate-web.ts';
import { useUiStore } from './ui-store.ts';

/**
 * The document: the design and nothing else. Every change goes through `commit` with a
 * label, which makes it one undo entry (zundo keeps the history of `design` only; UI state
 * such as selection lives in ui-store and is never undone).
 */
export interface DesignState {
  design: Design;
  /** Label of the change that produced this design ("Add Service", "Edit cpu"...). */
  label: string;
  /** Whether the rule modules have loaded (see derived.ts); not part of the history. */
  rulesLoaded: boolean;
  /**
   * The design whose problems the UI shows: `design` itself, set a frame after each change
   * (see derived.ts) so checking the rules never delays the frame that shows an edit.
   * Undefined until the rules have loaded. Not part of the history.
   */
  checked: Design | undefined;
  /**
   * The design of the last commit made with `drawAtOnce` (an edit in the code pane), which
   * the canvas draws in the same render instead of deferring it. Not part of the history.
   */
  drawnAtOnce: Design | undefined;
  /**
   * Set while a design opened from a share link is shown: it can be looked at, not
   * changed (`commit` refuses), and autosave leaves the user's own design alone until
   * "Make a copy". Not part of the history.
   */
  viewOnly: boolean;
}

/** Said when something tries to change a shared design. */
export const VIEW_ONLY_MESSAGE = 'This shared design is read-only. Choose Make a copy to edit it as your own.';

export const useDesignStore = create<DesignState>()(
  temporal((): DesignState => ({ design: fargateWebSample(), label: 'Open sample', rulesLoaded: false, checked: undefined, drawnAtOnce: undefined, viewOnly: false }), {
    partialize: (state) => ({ design: state.design, label: state.label }),
    equality: (past, current) => past.design === current.design,
    limit: 300,
  }),
);

export function getDesign(): Design {
  return useDesignStore.getState().design;
}

/**
 * Makes `design` the current design as one undoable step. A no-op when nothing changed.
 * `drawAtOnce`: the canvas draws it in the same render rather than after the rest of the
 * UI, for edits made where the canvas is what the user waits to see change (the code pane).
 */
export function commit(design: Design, label: string, { drawAtOnce = false } = {}): void {
  if (design === getDesign()) return;
  // The one gate every edit passes (canvas, inspector, code pane, keys, paste, import).
  if (useDesignStore.getState().viewOnly) {
    useUiStore.getState().notify({ level: 'info', message: VIEW_ONLY_MESSAGE });
    return;
  }
  useDesignStore.setState(drawAtOnce ? { design, label, drawnAtOnce: design } : { design, label });
}

/** Runs a core command result: commits it, or tells the user why it was refused. */
export function runCommand(result: CommandResult): boolean {
  if (!result.ok) {
    useUiStore.getState().notify({ level: 'warning', message: result.reason });
    return false;
  }
  commit(result.design, result.label);
  return true;
}

/** Replaces the document without an undo entry (opening a file, restoring autosave). */
export function replaceDocument(design: Design, label: string): void {
  useDesignStore.setState({ design, label, viewOnly: false });
  useDesignStore.temporal.getState().clear();
}

export function undo(): void {
  if (useDesignStore.getState().viewOnly) return;
  useDesignStore.temporal.getState().undo();
}

export function redo(): void {
  if (useDesignStore.getState().viewOnly) return;
  useDesignStore.temporal.getState().redo();
}

/** Shows a shared design read-only, without an undo entry; the user's own design stays where it is saved. */
export function openViewOnly(design: Design, label: string): void {
  useDesignStore.setState({ design, label, viewOnly: true });
  useDesignStore.temporal.getState().clear();
}

/** Makes the shown design the user's own: editable, and saved from now on. */
export function endViewOnly(): void {
  useDesignStore.setState({ viewOnly: false });
}

export function isViewOnly(): boolean {
  return useDesignStore.getState().viewOnly;
}
