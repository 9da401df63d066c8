import { useEffect, useSyncExternalStore } from 'react';
import { useUiStore } from '../state/ui-store.ts';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * 'light' or 'dark': the user's choice, or the system's when the choice is 'system'; while
 * a picture is taken, the picture's.
 */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useUiStore((s) => s.theme);
  const captured = useUiStore((s) => s.capture?.theme);
  const systemDark = useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => false);
  if (captured) return captured;
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** Puts the `dark` class on <html> so Tailwind's dark: variant follows the theme. */
export function useApplyTheme(): 'light' | 'dark' {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  return theme;
}
