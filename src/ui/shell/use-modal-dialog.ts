import { useEffect, useRef, type RefObject } from 'react';

/**
 * Shows a <dialog> as modal while `open` and closes it otherwise (the browser then traps
 * focus, Escape cancels, the page behind is inert). `onOpen` runs each time it opens, after
 * showModal: to put the focus somewhere or start from fresh choices.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean, onOpen?: (dialog: HTMLDialogElement) => void): void {
  // The latest onOpen, without reopening when only the callback changed.
  const opened = useRef(onOpen);
  useEffect(() => {
    opened.current = onOpen;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      opened.current?.(dialog);
    } else if (!open && dialog.open) dialog.close();
  }, [open, ref]);
}
