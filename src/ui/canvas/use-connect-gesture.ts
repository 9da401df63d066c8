import type { Connection, Edge, FinalConnectionState, OnConnectStartParams } from '@xyflow/react';
import { useCallback, useState, type RefObject } from 'react';
import { commit, getDesign } from '../../state/design-store.ts';
import { useConnectHintStore } from './connect-hint-store.ts';
import { connectNodes, connectableTargets } from './connect-logic.ts';
import { containment } from './geometry.ts';

export interface Refusal {
  id: number;
  /** Pointer position relative to the canvas wrapper. */
  x: number;
  y: number;
  message: string;
}

function pointerOf(event: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
  }
  return { x: event.clientX, y: event.clientY };
}

/** The node under a screen point (a line dropped on a node's body rather than its handle). */
function nodeIdAt(x: number, y: number): string | undefined {
  for (const el of document.elementsFromPoint(x, y)) {
    const node = el.closest<HTMLElement>('.react-flow__node');
    if (node?.dataset.id) return node.dataset.id;
  }
  return undefined;
}

let refusalId = 0;

/**
 * Drawing relations. While dragging, only nodes that may take the line show as
 * connectable (isValidConnection and the hint store). A line may be dropped on a handle
 * or anywhere on a node; it is made in whichever direction the rules allow, and a refusal
 * is explained where the pointer let go.
 */
export function useConnectGesture(wrapperRef: RefObject<HTMLDivElement | null>) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const isValidConnection = useCallback((c: Connection | Edge) => {
    const { fromId, valid } = useConnectHintStore.getState();
    const other = c.source === fromId ? c.target : c.source;
    return fromId !== null && valid.has(other);
  }, []);

  const onConnectStart = useCallback((_: MouseEvent | TouchEvent, params: OnConnectStartParams) => {
    if (!params.nodeId) return;
    setRefusal(null);
    useConnectHintStore.getState().start(params.nodeId, connectableTargets(getDesign(), params.nodeId));
  }, []);

  const onConnect = useCallback((c: Connection) => {
    const result = connectNodes(getDesign(), c.source, c.target);
    if (result.ok) commit(result.design, result.label);
  }, []);

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const fromId = useConnectHintStore.getState().fromId;
      useConnectHintStore.getState().clear();
      if (state.isValid || !fromId) return; // onConnect has made it
      const pointer = pointerOf(event);
      const toId = state.toNode?.id ?? nodeIdAt(pointer.x, pointer.y);
      if (!toId || toId === fromId) return; // dropped on the empty canvas: nothing to say
      const design = getDesign();
      let result = connectNodes(design, fromId, toId);
      // A line dropped over a container inside a task definition is meant for the definition.
      const frame = result.ok ? undefined : containment(design).parentOf.get(toId);
      if (frame && frame !== fromId) {
        const viaFrame = connectNodes(design, fromId, frame);
        if (viaFrame.ok) result = viaFrame;
      }
      if (result.ok) {
        commit(result.design, result.label);
        return;
      }
      const rect = wrapperRef.current?.getBoundingClientRect();
      setRefusal({ id: ++refusalId, x: pointer.x - (rect?.left ?? 0), y: pointer.y - (rect?.top ?? 0), message: result.reason });
    },
    [wrapperRef],
  );

  const dismissRefusal = useCallback(() => setRefusal(null), []);

  return { isValidConnection, onConnectStart, onConnect, onConnectEnd, refusal, dismissRefusal };
}
