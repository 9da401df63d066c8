import { useCallback, useState } from 'react';

/**
 * Local text of an input while the user types, committed later (blur, Enter). When the
 * stored value changes from elsewhere (Monaco, undo, another field), `sourceKey` changes
 * and the draft follows it; the input element stays mounted, so it keeps focus.
 */
export function useDraft<T>(sourceKey: string, make: () => T): [T, (next: T) => void, () => void] {
  const [state, setState] = useState(() => ({ key: sourceKey, draft: make() }));
  let current = state;
  if (state.key !== sourceKey) {
    // Adjusting state while rendering (React's "reset state when a prop changes" pattern).
    current = { key: sourceKey, draft: make() };
    setState(current);
  }
  const setDraft = useCallback((draft: T) => setState((s) => ({ ...s, draft })), []);
  const reset = () => setState((s) => ({ ...s, draft: make() }));
  return [current.draft, setDraft, reset];
}
