import type { Explanation } from '../../core/explain/index.ts';

const PARTS = [
  ['what', 'What it is'],
  ['why', 'Why it matters'],
  ['ecs', 'What ECS does'],
] as const;

/** The three parts of an explanation and its AWS documentation page. */
export function ExplanationView({ explanation }: { explanation: Explanation }) {
  return (
    <div data-explanation className="space-y-1.5">
      <dl className="grid grid-cols-[8.5rem_minmax(0,1fr)] gap-x-3 gap-y-1.5">
        {PARTS.map(([part, heading]) => (
          <div key={part} className="contents">
            <dt className="text-xs font-semibold text-slate-500 dark:text-slate-400">{heading}</dt>
            <dd data-part={part} className="max-w-[75ch] leading-snug">
              {explanation[part]}
            </dd>
          </div>
        ))}
      </dl>
      <p className="pl-[9.25rem] text-xs">
        <span className="text-slate-500 dark:text-slate-400">AWS docs: </span>
        {/* The docs open beside the design: nothing here navigates away from unsaved work. */}
        <a href={explanation.doc.url} target="_blank" rel="noopener noreferrer" className="text-accent-700 underline hover:text-accent-600 dark:text-accent-300">
          {explanation.doc.title}
        </a>
      </p>
    </div>
  );
}

/** What is shown where no explanation is written: the short help the inspector already has. */
export function FallbackView({ text }: { text: string }) {
  return <p className="max-w-[75ch] leading-snug text-slate-600 dark:text-slate-300">{text}</p>;
}
