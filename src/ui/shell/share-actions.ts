import { shareLink } from '../../core/io/share-link.ts';
import { getDesign } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';

const notify = (level: 'info' | 'warning' | 'error', message: string) => useUiStore.getState().notify({ level, message });

/**
 * The header's Share link: puts a link holding the design on the clipboard. A design too
 * big for a link is pointed to Save… instead. Where the browser refuses the clipboard,
 * the link is offered in a prompt to copy by hand.
 */
export async function copyShareLink(): Promise<void> {
  const link = shareLink(window.location.href, getDesign());
  if (!link.ok) {
    notify('warning', link.message);
    return;
  }
  try {
    await navigator.clipboard.writeText(link.url);
    notify('info', `Link copied (${(link.url.length / 1024).toFixed(1)} KB). Whoever opens it sees this design read-only and can make their own copy; the design travels in the link itself, not through any server.`);
  } catch {
    window.prompt('Copy this link to share the design:', link.url);
  }
}
