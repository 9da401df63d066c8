import { useState } from 'react';
import { commit, getDesign, useDesignStore } from '../../state/design-store.ts';
import { useProblems } from '../../state/derived.ts';
import { SectionTitle } from './controls.tsx';
import { FieldRow, helpId } from './FieldRow.tsx';
import { ScalarField } from './fields/ScalarField.tsx';
import { NO_MARKS, type Marks } from './problem-fields.ts';

const ERROR_MARK: Marks = new Map([['', 'error']]);

/** With nothing selected: the design's own settings, and how to get going. */
interface DesignFieldSpec {
  key: 'name' | 'region' | 'accountId';
  label: string;
  help: string;
  placeholder: string;
  commitLabel: string;
  check?: (value: string) => string | undefined;
}

const FIELDS: readonly DesignFieldSpec[] = [
  { key: 'name', label: 'Design name', help: 'Shown in the title bar and used as the file name when you save.', placeholder: 'Untitled design', commitLabel: 'Rename design' },
  {
    key: 'region',
    label: 'Region',
    help: 'AWS Region the definitions are for: it goes into ARNs and awslogs settings.',
    placeholder: 'us-east-1',
    commitLabel: 'Change region',
    check: (v) => (/^[a-z]{2}(-[a-z]+)+-\d$/.test(v) ? undefined : 'A Region code looks like us-east-1 or eu-west-3.'),
  },
  {
    key: 'accountId',
    label: 'Account id',
    help: 'AWS account (12 digits) used in the ARNs of roles and resources the design creates.',
    placeholder: '123456789012',
    commitLabel: 'Change account id',
    check: (v) => (/^\d{12}$/.test(v) ? undefined : 'An account id is 12 digits.'),
  },
];

export function DesignSettings() {
  const name = useDesignStore((s) => s.design.name);
  const region = useDesignStore((s) => s.design.region);
  const accountId = useDesignStore((s) => s.design.accountId);
  const nodes = useDesignStore((s) => s.design.nodes.length);
  const edges = useDesignStore((s) => s.design.edges.length);
  const problems = useProblems().length;
  const values: Record<DesignFieldSpec['key'], string> = { name, region, accountId };

  return (
    <div className="pb-4">
      <header className="px-3 pt-3 pb-2.5">
        <p className="text-[11px] font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">Design</p>
        <h2 className="truncate text-sm font-semibold text-slate-900 dark:text-slate-50">{name}</h2>
        <p className="mt-1 text-xs text-slate-500 tabular-nums dark:text-slate-400">
          {nodes} node{nodes === 1 ? '' : 's'} · {edges} connection{edges === 1 ? '' : 's'} · {problems} problem{problems === 1 ? '' : 's'}
        </p>
      </header>
      <SectionTitle>Settings</SectionTitle>
      {FIELDS.map((f) => (
        <DesignField key={f.key} field={f} value={values[f.key]} />
      ))}
      <div className="mx-3 mt-3 rounded-md border border-dashed border-slate-300 px-3 py-2.5 text-xs leading-relaxed text-slate-600 dark:border-slate-700 dark:text-slate-400">
        Select a node or a connection on the canvas to edit it here. To add one, drag it from the palette, or focus it there and press Enter.
      </div>
    </div>
  );
}

function DesignField({ field, value }: { field: DesignFieldSpec; value: string }) {
  const [error, setError] = useState<string | undefined>();
  const id = `design-${field.key}`;
  const onCommit = (next: unknown): boolean | void => {
    const text = typeof next === 'string' ? next : '';
    setError(undefined);
    // The design always has a name, a Region and an account id: emptying one puts it back.
    if (!text) return false;
    const problem = field.check?.(text);
    if (problem) return setError(problem);
    if (text !== value) commit({ ...getDesign(), [field.key]: text }, field.commitLabel);
  };
  return (
    <FieldRow id={id} label={field.label} help={field.help} layout="inline">
      <ScalarField
        id={id}
        spec={{ path: [field.key], label: field.label, type: 'text', help: field.help, placeholder: field.placeholder }}
        value={value}
        onCommit={onCommit}
        describedBy={helpId(id)}
        marks={error ? ERROR_MARK : NO_MARKS}
      />
      {error && <p className="mt-1 text-[11px] text-red-600 dark:text-red-400">{error}</p>}
    </FieldRow>
  );
}
