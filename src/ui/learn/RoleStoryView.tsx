import type { RoleStory } from '../../core/explain/roles-in-design.ts';
import { useUiStore } from '../../state/ui-store.ts';

/** Which role does what in this design, each sentence with a button selecting the nodes it names. */
export function RoleStoryView({ story }: { story: RoleStory }) {
  const select = useUiStore((s) => s.select);
  return (
    <section data-role-story aria-label={story.heading} className="mt-3">
      <h3 className="mb-1 text-xs font-semibold text-slate-500 dark:text-slate-400">{story.heading}</h3>
      <ul className="list-disc space-y-1 pl-5">
        {story.uses.map((use, i) => (
          <li key={i} className="max-w-[80ch] leading-snug">
            {use.text}
            {use.nodeIds.length > 0 && (
              <button
                type="button"
                onClick={() => select([...use.nodeIds])}
                className="ml-2 rounded px-1 text-xs text-accent-700 underline hover:bg-slate-100 dark:text-accent-300 dark:hover:bg-slate-800"
              >
                Show
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
