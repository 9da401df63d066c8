import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startAutosave } from './state/autosave.ts';
import { startShareLinks } from './state/share-view.ts';
import { useUiStore } from './state/ui-store.ts';
import { App } from './ui/App.tsx';
import { PaneBoundary } from './ui/shell/PaneBoundary.tsx';
import { readThemeChoice, saveThemeChoice } from './ui/shell/theme-choice.ts';
import './index.css';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// Before the first render, so the first paint already shows the restored design (or the
// sample) in the chosen theme. A corrupted or full store is handled and said inside.
startAutosave();
// After autosave has opened the user's own design: a share link is shown over it, read-only.
startShareLinks();
useUiStore.setState({ theme: readThemeChoice(browserStorage()) });
useUiStore.subscribe((state, previous) => {
  if (state.theme !== previous.theme) saveThemeChoice(browserStorage(), state.theme);
});

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing from index.html');

createRoot(root).render(
  <StrictMode>
    <PaneBoundary name="editor">
      <App />
    </PaneBoundary>
  </StrictMode>,
);
