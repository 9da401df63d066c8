import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { derivedOf, rulesLoaded } from '../../state/derived.ts';
import { getDesign } from '../../state/design-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { EXPORT_FORMATS, exportWarning, type ExportFormat } from './export-formats.ts';
import { ChevronDownIcon } from './icons.tsx';
import { downloadBytes } from './monaco/browser-helpers.ts';

/**
 * Downloads the current design in a format, and says so when the design has errors (the
 * file is still written, as the CLI does with --force). Failures become a notice.
 */
export async function runExport(format: ExportFormat): Promise<void> {
  try {
    const design = getDesign();
    const { artifacts, texts } = derivedOf(design);
    const file = await format.build({ design, artifacts, texts });
    downloadBytes(file.bytes, file.name, file.mime);
    // The rules load as their own chunk; an export right after start waits for them to know about errors.
    await rulesLoaded;
    const warning = exportWarning(derivedOf(design).problems, format.label);
    if (warning) useUiStore.getState().notify({ level: 'warning', message: warning });
  } catch (error) {
    useUiStore.getState().notify({ level: 'error', message: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/**
 * The code pane's Export button: a menu of the formats (EXPORT_FORMATS), each a download.
 * Keyboard: Enter, Space or ArrowDown open it on the first item, ArrowUp on the last;
 * arrows, Home and End move; Escape closes it back onto the button; Tab closes it.
 * `beforeExport` applies typing still waiting in the editor, so the file is what is shown.
 */
export function ExportMenu({ disabled, beforeExport }: { disabled?: boolean; beforeExport(): void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<'first' | 'last'>('first');
  const menuId = useId();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const list = items();
    (focusOnOpen.current === 'last' ? list[list.length - 1] : list[0])?.focus();
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, close]);

  const choose = async (format: ExportFormat) => {
    close(true);
    beforeExport();
    setBusy(true);
    await runExport(format).finally(() => setBusy(false));
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusOnOpen.current = e.key === 'ArrowUp' ? 'last' : 'first';
      setOpen(true);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(list.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') return close(false);
    else return;
    e.preventDefault();
  };

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title="Export the design as API inputs, a CloudFormation template or an AWS CLI script"
        disabled={disabled || busy}
        onClick={() => {
          focusOnOpen.current = 'first';
          setOpen(!open);
        }}
        onKeyDown={onButtonKey}
        className="inline-flex h-6 shrink-0 items-center gap-0.5 rounded px-1.5 text-[12px] font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 active:bg-slate-200 disabled:pointer-events-none disabled:opacity-40 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
      >
        Export
        <ChevronDownIcon size={13} />
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Export"
          onKeyDown={onMenuKey}
          className="absolute right-0 top-7 z-30 w-64 rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {EXPORT_FORMATS.map((f) => (
            <button
              key={f.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => void choose(f)}
              className="flex w-full flex-col items-start px-3 py-1.5 text-left outline-none hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800"
            >
              <span className="text-[12px] font-medium text-slate-800 dark:text-slate-100">{f.label}</span>
              <span className="text-[11px] text-slate-500 dark:text-slate-400">{f.detail}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
