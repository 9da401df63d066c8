import { useMemo, type ReactNode } from 'react';
import { explainField, explainKind, explainRule } from '../../core/explain/index.ts';
import { roleInDesign, rolesOfTaskDefinition } from '../../core/explain/roles-in-design.ts';
import { KINDS, KIND_LIST } from '../../core/kinds/registry.ts';
import { KIND_GROUPS } from '../../core/kinds/types.ts';
import type { Design, DesignNode, NodeKind } from '../../core/model/design.ts';
import { RELATIONS } from '../../core/model/relations.ts';
import { useDesignStore } from '../../state/design-store.ts';
import { useUiStore, type LearnTopic } from '../../state/ui-store.ts';
import { ExplanationView, FallbackView } from './ExplanationView.tsx';
import { RoleStoryView } from './RoleStoryView.tsx';

const nodeName = (node: DesignNode): string => KINDS[node.kind].displayName(node) || KINDS[node.kind].label;

/**
 * The Learn tab of the bottom panel (issue 11): a plain explanation of what is selected (its
 * kind, its fields, and for roles and task definitions which role does what in this design),
 * or of a topic picked elsewhere: a problem's rule, an inspector field's "?".
 */
export function LearnPanel() {
  const topic = useUiStore((s) => s.learnTopic);
  const nodeIds = useUiStore((s) => s.selectedNodeIds);
  const edgeIds = useUiStore((s) => s.selectedEdgeIds);
  const design = useDesignStore((s) => s.design);
  return (
    <section aria-label="Learn" data-learn-panel className="px-4 py-2.5 text-[13px] text-slate-700 dark:text-slate-200">
      {topic ? <TopicView topic={topic} /> : <SelectionView design={design} nodeIds={nodeIds} edgeIds={edgeIds} />}
    </section>
  );
}

function Heading({ children, sub }: { children: ReactNode; sub?: string }) {
  return (
    <h2 className="mb-2 text-sm font-semibold text-slate-900 dark:text-white">
      {children}
      {sub && <span className="ml-2 text-xs font-normal text-slate-500 dark:text-slate-400">{sub}</span>}
    </h2>
  );
}

function BackToSelection() {
  const learn = useUiStore((s) => s.learn);
  return (
    <button type="button" onClick={() => learn(undefined)} className="mt-3 rounded px-1 text-xs text-accent-700 underline hover:bg-slate-100 dark:text-accent-300 dark:hover:bg-slate-800">
      Back to the selection
    </button>
  );
}

function TopicView({ topic }: { topic: LearnTopic }) {
  if (topic.type === 'rule') {
    const e = explainRule(topic.ruleId);
    return (
      <div data-learn-topic="rule">
        <Heading sub="a check the designer runs on the generated definitions">Rule {topic.ruleId}</Heading>
        {e ? <ExplanationView explanation={e} /> : <FallbackView text={`No explanation is written for ${topic.ruleId} yet; the problem's message says what to change.`} />}
        <BackToSelection />
      </div>
    );
  }
  const kind = KINDS[topic.kind];
  if (topic.type === 'field') {
    const e = explainField(topic.kind, topic.path);
    const help = kind.fields.find((f) => f.path.join('.') === topic.path.join('.'))?.help ?? '';
    return (
      <div data-learn-topic="field">
        <Heading sub={`a field of ${kind.label.toLowerCase()}`}>{topic.label}</Heading>
        {e ? <ExplanationView explanation={e} /> : <FallbackView text={help} />}
        <BackToSelection />
      </div>
    );
  }
  return (
    <div data-learn-topic="kind">
      <KindView kind={topic.kind} />
      <BackToSelection />
    </div>
  );
}

/** A kind's explanation and, folded, each of its inspector fields'. */
function KindView({ kind, name }: { kind: NodeKind; name?: string }) {
  const module = KINDS[kind];
  const e = explainKind(kind);
  return (
    <div>
      <Heading sub={name ? module.label : undefined}>{name ?? module.label}</Heading>
      {e ? <ExplanationView explanation={e} /> : <FallbackView text={module.description} />}
      {module.fields.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-xs font-semibold text-slate-500 select-none dark:text-slate-400">
            Its fields ({module.fields.length})
          </summary>
          <div className="mt-1 space-y-3 border-l border-slate-200 pl-3 dark:border-slate-700">
            {module.fields.map((f) => {
              const fe = explainField(kind, f.path);
              return (
                <div key={f.path.join('.')} data-learn-field={f.path.join('.')}>
                  <h3 className="mb-1 text-xs font-semibold text-slate-800 dark:text-slate-100">{f.label}</h3>
                  {fe ? <ExplanationView explanation={fe} /> : <FallbackView text={f.help} />}
                </div>
              );
            })}
          </div>
        </details>
      )}
    </div>
  );
}

function SelectionView({ design, nodeIds, edgeIds }: { design: Design; nodeIds: readonly string[]; edgeIds: readonly string[] }) {
  const node = nodeIds.length === 1 ? design.nodes.find((n) => n.id === nodeIds[0]) : undefined;
  // The role sentences derive the design's grants: only for the node shown, only when it changes.
  const story = useMemo(() => {
    if (!node) return undefined;
    if (node.kind === 'task-definition') return rolesOfTaskDefinition(design, node.id);
    return roleInDesign(design, node.id);
  }, [design, node]);
  if (node) {
    return (
      <div data-learn-selection={node.kind}>
        <KindView kind={node.kind} name={nodeName(node)} />
        {story && <RoleStoryView story={story} />}
      </div>
    );
  }
  if (nodeIds.length > 1) return <FallbackView text={`${nodeIds.length} items are selected: select one to learn what it is and what it does here.`} />;
  const edge = edgeIds.length === 1 ? design.edges.find((e) => e.id === edgeIds[0]) : undefined;
  if (edge) {
    const source = design.nodes.find((n) => n.id === edge.source);
    const target = design.nodes.find((n) => n.id === edge.target);
    return (
      <div data-learn-selection="edge">
        <Heading sub="a connection">
          {source ? nodeName(source) : edge.source} is the {RELATIONS[edge.kind].label} {target ? nodeName(target) : edge.target}
        </Heading>
        <p className="max-w-[75ch] leading-snug">The connection decides what the designer writes into the generated definitions of both ends. Learn about either end:</p>
        <p className="mt-1.5 flex gap-2">
          {[source, target].map((n) => n && <KindButton key={n.id} kind={n.kind} />)}
        </p>
      </div>
    );
  }
  return <KindIndex />;
}

function KindButton({ kind }: { kind: NodeKind }) {
  const learn = useUiStore((s) => s.learn);
  return (
    <button
      type="button"
      onClick={() => learn({ type: 'kind', kind })}
      className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:border-accent-500 hover:text-accent-700 dark:border-slate-600 dark:hover:border-accent-400 dark:hover:text-accent-300"
    >
      {KINDS[kind].label}
    </button>
  );
}

/** Nothing selected: what the tab does, and every kind to read about. */
function KindIndex() {
  return (
    <div data-learn-index>
      <p className="mb-2 max-w-[80ch] leading-snug">
        Select a box or a connection to learn what it is, why it matters and what ECS does with it; a field’s <strong>?</strong> in the inspector explains that field, and a problem’s{' '}
        <strong>Explain</strong> explains its rule. Or pick a kind:
      </p>
      <dl className="space-y-1.5">
        {KIND_GROUPS.map((group) => {
          const kinds = KIND_LIST.filter((k) => k.group === group);
          return kinds.length ? (
            <div key={group} className="flex flex-wrap items-baseline gap-1.5">
              <dt className="w-40 shrink-0 text-xs font-semibold text-slate-500 dark:text-slate-400">{group}</dt>
              {kinds.map((k) => (
                <dd key={k.kind}>
                  <KindButton kind={k.kind} />
                </dd>
              ))}
            </div>
          ) : null;
        })}
      </dl>
    </div>
  );
}
