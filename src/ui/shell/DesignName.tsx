import { useState, type KeyboardEvent } from 'react';
import { commit, getDesign, useDesignStore } from '../../state/design-store.ts';

/** The design's name, edited in place; a rename is one undoable change. */
export function DesignName() {
  const name = useDesignStore((s) => s.design.name);
  // Keyed on the name so an undo or an Open shows the new name instead of a stale draft.
  return <NameInput key={name} name={name} />;
}

function NameInput({ name }: { name: string }) {
  const [draft, setDraft] = useState(name);

  const save = () => {
    const next = draft.trim();
    if (!next) setDraft(name);
    else if (next !== name) commit({ ...getDesign(), name: next }, 'Rename design');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') e.currentTarget.blur();
    else if (e.key === 'Escape') {
      setDraft(name);
      // Let the reset render before leaving the field, so blur does not save the draft.
      requestAnimationFrame(() => (e.target as HTMLInputElement).blur());
    }
  };

  return (
    <input
      aria-label="Design name"
      title="Rename the design"
      value={draft}
      spellCheck={false}
      maxLength={120}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={onKeyDown}
      className="field-sizing-content h-7 max-w-[15rem] min-w-[6rem] xl:max-w-[22rem] truncate rounded-md border border-transparent bg-transparent px-2 text-[13px] font-medium text-slate-800 hover:border-slate-200 focus:border-accent-500 focus:bg-white focus:outline-none dark:text-slate-100 dark:hover:border-slate-700 dark:focus:bg-slate-900"
    />
  );
}
