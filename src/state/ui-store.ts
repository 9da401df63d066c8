import { create } from 'zustand';
import type { NodeKind } from '../core/model/design.ts';

/** A message to the user: a refused connection, a failed autosave, an import summary. */
export interface UiNotice {
  id: number;
  level: 'info' | 'warning' | 'error';
  message: string;
}

/** A request for the code pane to show a place in a file (from a problem or a selection). */
export interface RevealRequest {
  path: string;
  pointer: string;
  /** Changes on every request so the same place can be revealed twice. */
  nonce: number;
}

export type ThemeChoice = 'system' | 'light' | 'dark';

/** What the bottom panel shows. */
export type BottomTab = 'problems' | 'cost' | 'learn';

/**
 * What the Learn tab explains besides the selection: a rule (from a problem's Explain) or an
 * inspector field (from its Learn more). Unset: the selection itself.
 */
export type LearnTopic =
  | { type: 'rule'; ruleId: string }
  | { type: 'field'; kind: NodeKind; path: readonly string[]; label: string }
  | { type: 'kind'; kind: NodeKind };

/**
 * UI state: never in the undo history, never saved with the design. Holds ids only, so
 * components select primitives and re-render only when what they show changes.
 */
export interface UiState {
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  /** Path of the artifact shown in the code pane. */
  activeFile: string | undefined;
  reveal: RevealRequest | undefined;
  theme: ThemeChoice;
  problemsOpen: boolean;
  bottomTab: BottomTab;
  learnTopic: LearnTopic | undefined;
  /**
   * Whether the canvas has drawn the design once: the inspector and code pane (and Monaco)
   * load after that, so a large design's first picture does not wait for them.
   */
  diagramDrawn: boolean;
  notices: UiNotice[];
  /**
   * While a picture of the diagram is taken (canvas/picture): the theme it is drawn in, and
   * every node drawn in full detail, also those out of view.
   */
  capture: { theme: 'light' | 'dark' } | null;
  /** Presentation mode: only the diagram, without the editing panes and toolbars. */
  presenting: boolean;
  /** Centre of the visible canvas in design coordinates: where keyboard-added nodes go. */
  viewCenter: { x: number; y: number };
  /** Changes each time something asks the canvas to show the whole design (a template opened). */
  fitRequest: number;
  requestFit(): void;
  setViewCenter(center: { x: number; y: number }): void;
  select(nodeIds: string[], edgeIds?: string[]): void;
  setActiveFile(path: string | undefined): void;
  revealInCode(path: string, pointer: string): void;
  setTheme(theme: ThemeChoice): void;
  setProblemsOpen(open: boolean): void;
  /** Shows a tab of the bottom panel (opening the panel). */
  showBottomTab(tab: BottomTab): void;
  /** Opens the Learn tab on a topic, or (undefined) on the selection. */
  learn(topic: LearnTopic | undefined): void;
  markDiagramDrawn(): void;
  notify(notice: Omit<UiNotice, 'id'>): void;
  setCapture(capture: { theme: 'light' | 'dark' } | null): void;
  setPresenting(presenting: boolean): void;
  dismiss(id: number): void;
}

let noticeId = 0;
const EMPTY: string[] = [];

export const useUiStore = create<UiState>()((set) => ({
  selectedNodeIds: EMPTY,
  selectedEdgeIds: EMPTY,
  activeFile: undefined,
  reveal: undefined,
  theme: 'system',
  problemsOpen: true,
  bottomTab: 'problems',
  learnTopic: undefined,
  diagramDrawn: false,
  notices: [],
  capture: null,
  presenting: false,
  viewCenter: { x: 0, y: 0 },
  fitRequest: 0,
  requestFit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
  setViewCenter: (center) => set({ viewCenter: center }),
  select: (nodeIds, edgeIds = EMPTY) =>
    set((s) =>
      sameIds(s.selectedNodeIds, nodeIds) && sameIds(s.selectedEdgeIds, edgeIds)
        ? s
        : // A new selection is what the Learn tab explains next (a topic chosen before is done with).
          { selectedNodeIds: nodeIds.length ? nodeIds : EMPTY, selectedEdgeIds: edgeIds.length ? edgeIds : EMPTY, learnTopic: undefined },
    ),
  setActiveFile: (path) => set({ activeFile: path }),
  revealInCode: (path, pointer) => set((s) => ({ activeFile: path, reveal: { path, pointer, nonce: (s.reveal?.nonce ?? 0) + 1 } })),
  setTheme: (theme) => set({ theme }),
  setProblemsOpen: (open) => set({ problemsOpen: open }),
  showBottomTab: (tab) => set({ bottomTab: tab, problemsOpen: true }),
  learn: (topic) => set({ bottomTab: 'learn', problemsOpen: true, learnTopic: topic }),
  markDiagramDrawn: () => set((s) => (s.diagramDrawn ? s : { diagramDrawn: true })),
  notify: (notice) => set((s) => ({ notices: [...s.notices.slice(-4), { ...notice, id: ++noticeId }] })),
  setCapture: (capture) => set({ capture }),
  setPresenting: (presenting) => set({ presenting }),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
