/** Saves bytes as a file through a same-origin blob: URL (nothing leaves the page). */
export function downloadBytes(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Monaco themes that follow the app's palette (slate panels), built on 'vs' and 'vs-dark'. */
export function editorThemeName(theme: 'light' | 'dark'): string {
  return theme === 'dark' ? 'ecs-dark' : 'ecs-light';
}
