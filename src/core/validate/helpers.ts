import type { Artifact, ArtifactOwner } from '../model/artifact.ts';
import type { DesignNode } from '../model/design.ts';
import { isPlainObject, pointer, type JsonObject } from '../model/json.ts';
import { textOf } from '../model/text.ts';
import type { ValidateContext } from './context.ts';

/**
 * The node that wrote this place of the file: the owner with the longest pointer that
 * contains it (a container inside its task definition), else the file's own node.
 */
export function ownerAt(artifact: Artifact, at: string): ArtifactOwner {
  let best: ArtifactOwner | undefined;
  for (const owner of artifact.owners) {
    const contains = owner.pointer === '' || at === owner.pointer || at.startsWith(`${owner.pointer}/`);
    if (contains && (!best || owner.pointer.length > best.pointer.length)) best = owner;
  }
  return best ?? { nodeId: artifact.nodeId, pointer: '' };
}

export interface TaskDefinitionView {
  node: DesignNode;
  artifact: Artifact;
  content: JsonObject;
  containers: Array<{ node: DesignNode | undefined; def: JsonObject; pointer: string }>;
  /** requiresCompatibilities as emitted. */
  compat: string[];
  networkMode: string | undefined;
  windows: boolean;
}

/** Views are built once per validation run: a dozen rule modules read them (bench/core.bench.ts). */
const VIEWS = Symbol('task definition views');

/**
 * Each task definition as it will be registered, with its containers pinned to their nodes.
 * Shared by every rule of one run, so read-only.
 */
export function taskDefinitions(ctx: ValidateContext): readonly TaskDefinitionView[] {
  return ctx.shared(VIEWS, () => buildTaskDefinitions(ctx));
}

function buildTaskDefinitions(ctx: ValidateContext): TaskDefinitionView[] {
  const out: TaskDefinitionView[] = [];
  for (const node of ctx.index.nodesOfKind('task-definition')) {
    const artifact = ctx.artifactOf(node.id);
    if (!artifact) continue;
    const content = artifact.content;
    const defs = Array.isArray(content.containerDefinitions) ? content.containerDefinitions.filter(isPlainObject) : [];
    const os = (content.runtimePlatform as { operatingSystemFamily?: string } | undefined)?.operatingSystemFamily;
    out.push({
      node,
      artifact,
      content,
      containers: defs.map((def, i) => {
        const p = pointer('containerDefinitions', i);
        // Derive lists the container owners right after the task definition's own, in order.
        const next = artifact.owners[i + 1];
        const id = next?.pointer === p ? next.nodeId : artifact.owners.find((o) => o.pointer === p)?.nodeId;
        return { node: id ? ctx.index.node(id) : undefined, def, pointer: p };
      }),
      compat: Array.isArray(content.requiresCompatibilities) ? content.requiresCompatibilities.map(textOf) : [],
      networkMode: typeof content.networkMode === 'string' ? content.networkMode : undefined,
      windows: os !== undefined && os !== 'LINUX',
    });
  }
  return out;
}

export const NAME_PATTERN = /^[A-Za-z0-9_-]{1,255}$/;
