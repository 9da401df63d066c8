import { create } from 'zustand';

/**
 * While a connection is being dragged: where it started and which nodes may take it.
 * Computed once when the drag starts, so each node only asks "am I in the set" and nodes
 * re-render twice per connection (start, end), not on every pointer move.
 */
interface ConnectHintState {
  fromId: string | null;
  valid: ReadonlySet<string>;
  start(fromId: string, valid: ReadonlySet<string>): void;
  clear(): void;
}

const NONE: ReadonlySet<string> = new Set();

export const useConnectHintStore = create<ConnectHintState>()((set) => ({
  fromId: null,
  valid: NONE,
  start: (fromId, valid) => set({ fromId, valid }),
  clear: () => set({ fromId: null, valid: NONE }),
}));

export type ConnectHint = '' | 'from' | 'valid' | 'invalid';

export function useConnectHint(id: string): ConnectHint {
  return useConnectHintStore((s) => (s.fromId === null ? '' : s.fromId === id ? 'from' : s.valid.has(id) ? 'valid' : 'invalid'));
}
