import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { copyFragment, duplicateNodes, pasteFragment, readFragment } from '../../core/commands/clipboard.ts';
import { commit, getDesign } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { deleteSelection } from './canvas-commands.ts';
import { canvasOwnsKeys } from './focus-scope.ts';
import type { CanvasNode, CanvasEdge } from './flow-mapping.ts';

type Select = (nodeIds: readonly string[], edgeIds: readonly string[]) => void;

/**
 * Delete/Backspace, Ctrl/Cmd+D (duplicate), Ctrl/Cmd+A (select all), Escape, and copy/paste
 * of nodes through the system clipboard. Copy and paste use the clipboard events so they
 * need no permission prompt; a paste that is not a canvas fragment is left alone (the
 * shell imports pasted ECS JSON).
 */
export function useCanvasShortcuts(wrapperRef: RefObject<HTMLDivElement | null>, select: Select) {
  const flow = useReactFlow<CanvasNode, CanvasEdge>();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !canvasOwnsKeys(wrapperRef.current, event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const { selectedNodeIds, selectedEdgeIds, presenting } = useUiStore.getState();
      // Presenting: selection only (Escape then ends the presentation: useGlobalKeys).
      if (presenting && event.key !== 'Escape' && !(mod && event.key.toLowerCase() === 'a')) return;
      if ((event.key === 'Delete' || event.key === 'Backspace') && !mod && !event.altKey) {
        const result = deleteSelection(getDesign(), selectedNodeIds, selectedEdgeIds);
        if (!result?.ok) return;
        event.preventDefault();
        commit(result.design, result.label);
        select([], []);
      } else if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'd') {
        event.preventDefault(); // the browser would bookmark the page
        if (!selectedNodeIds.length) return;
        const result = duplicateNodes(getDesign(), selectedNodeIds);
        commit(result.design, result.label);
        select(result.newIds, []);
      } else if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        select(
          flow.getNodes().map((n) => n.id),
          [],
        );
      } else if (event.key === 'Escape' && (selectedNodeIds.length || selectedEdgeIds.length)) {
        select([], []);
      }
    };

    const onCopy = (event: ClipboardEvent) => {
      if (!canvasOwnsKeys(wrapperRef.current, event.target) || !event.clipboardData) return;
      if (window.getSelection()?.toString()) return; // the user is copying text on the page
      const ids = useUiStore.getState().selectedNodeIds;
      if (!ids.length) return;
      event.clipboardData.setData('text/plain', JSON.stringify(copyFragment(getDesign(), ids), null, 2));
      event.preventDefault();
    };

    let lastPaste = { text: '', count: 0 };
    const onPaste = (event: ClipboardEvent) => {
      if (!canvasOwnsKeys(wrapperRef.current, event.target) || !event.clipboardData) return;
      if (useUiStore.getState().presenting) return;
      const text = event.clipboardData.getData('text/plain');
      const fragment = readFragment(text);
      if (!fragment) return;
      // Ours: keep the shell's importer from also reading it as ECS JSON.
      event.preventDefault();
      event.stopImmediatePropagation();
      // Pasting the same thing again steps further down-right instead of stacking copies.
      lastPaste = lastPaste.text === text ? { text, count: lastPaste.count + 1 } : { text, count: 1 };
      const step = 32 * lastPaste.count;
      const result = pasteFragment(getDesign(), fragment, { x: step, y: step });
      commit(result.design, result.label);
      select(result.newIds, []);
    };

    window.addEventListener('keydown', onKeyDown);
    // Capture phase: the canvas sees a pasted fragment before any bubbling listener.
    window.addEventListener('copy', onCopy, true);
    window.addEventListener('paste', onPaste, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('copy', onCopy, true);
      window.removeEventListener('paste', onPaste, true);
    };
  }, [wrapperRef, select, flow]);
}
