import { DeriveContext } from '../../derive/context.ts';
import { TD_RELATION_FIELDS, taskDefinitionContent } from './derive.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { MAX_CONTAINERS_PER_TASK_DEFINITION } from '../../model/json-limits.ts';
import { DesignDraft, mergeOwnFields, objectList, stripNulls } from '../../apply/common.ts';
import { applyRoleReference } from './apply-role-reference.ts';
import type { ApplyResult, Notice } from '../../apply/types.ts';
import { textOf } from '../../model/text.ts';
import { absorbContainerRelations } from '../container/apply-relations.ts';
import { absorbVolumes } from '../efs-file-system/volumes.ts';
import { absorbAttachedVolume } from '../ebs-volume/apply.ts';

/**
 * RegisterTaskDefinition JSON → the task definition node, its containers and role links.
 * Containers are matched by name first, then by position, so renaming one container or
 * editing another keeps node ids (and their place on the canvas).
 */
export function applyTaskDefinition(
  design: Design,
  td: DesignNode,
  _artifact: Artifact | undefined,
  content: JsonObject,
  options: { explicit?: boolean } = {},
): ApplyResult {
  const definitions = objectList(content.containerDefinitions);
  if (!definitions) return { ok: false, error: 'containerDefinitions must be a list of objects', pointer: '/containerDefinitions' };
  if (definitions.length > MAX_CONTAINERS_PER_TASK_DEFINITION) {
    const count = definitions.length.toLocaleString('en-US');
    const error = `too many containers: containerDefinitions holds ${count}, over the limit of ${MAX_CONTAINERS_PER_TASK_DEFINITION} (ECS takes at most 10 per task definition)`;
    return { ok: false, error, pointer: '/containerDefinitions' };
  }
  const ctx = new DeriveContext(design);
  const current = taskDefinitionContent(td, ctx);
  const draft = new DesignDraft(design);
  const notices: Notice[] = [];

  // Volumes of file system relations and the EBS volume go back to them.
  const own = absorbAttachedVolume(draft, ctx, td, absorbVolumes(draft, ctx, td, content, notices), notices);
  const data = mergeOwnFields(td.data, own, {
    relationKeys: TD_RELATION_FIELDS,
    implied: current.implied.fields,
    explicit: options.explicit,
  });
  for (const field of ['taskRoleArn', 'executionRoleArn'] as const) {
    applyRoleReference(draft, ctx, td, data, field, content[field], current.content[field]);
  }
  draft.setData(td.id, data);

  // Pair edited definitions with existing container nodes: by name, then by position.
  const existing = current.containers;
  const paired = new Array<DesignNode | undefined>(definitions.length);
  const used = new Set<string>();
  definitions.forEach((def, i) => {
    const match = existing.find((c) => !used.has(c.id) && c.data.name === def.name && def.name !== undefined);
    if (match) {
      paired[i] = match;
      used.add(match.id);
    }
  });
  const spare = existing.filter((c) => !used.has(c.id));
  definitions.forEach((_, i) => {
    if (paired[i] || !spare.length) return;
    const next = spare.shift()!;
    paired[i] = next;
    used.add(next.id);
  });

  const ordered: DesignNode[] = definitions.map((def, i) => {
    const clean = stripNulls(def);
    const node = paired[i];
    if (node) {
      draft.setData(node.id, absorbContainerRelations(draft, ctx, node, clean, notices));
      return draft.node(node.id)!;
    }
    const created = draft.addNode('container', clean, { x: td.position.x + 20, y: td.position.y + 60 + i * 70 });
    draft.addEdge('contains', created.id, td.id);
    notices.push({ level: 'info', message: `Added container ${textOf(def.name ?? created.id)}.` });
    return created;
  });
  for (const gone of existing.filter((c) => !used.has(c.id))) {
    draft.removeNode(gone.id);
    notices.push({ level: 'info', message: `Removed container ${textOf(gone.data.name ?? gone.id)}.` });
  }
  reorderContainers(draft, ordered);
  return { ok: true, design: draft.finish(), notices };
}

/** Containers are emitted in node order: put this task's containers in the text's order. */
function reorderContainers(draft: DesignDraft, ordered: DesignNode[]): void {
  const ids = new Set(ordered.map((n) => n.id));
  const slots: number[] = [];
  draft.nodes.forEach((n, i) => {
    if (ids.has(n.id)) slots.push(i);
  });
  slots.forEach((slot, i) => {
    draft.nodes[slot] = ordered[i]!;
  });
}
