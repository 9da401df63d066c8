import type { LayoutStorage } from 'react-resizable-panels';

/**
 * Where pane sizes are remembered: localStorage, but a full or blocked storage must only
 * mean the sizes are not kept, never an exception in the middle of a drag.
 */
export const layoutStorage: LayoutStorage = {
  getItem(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  setItem(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Sizes are a convenience; the design's own autosave reports storage trouble.
    }
  },
};
