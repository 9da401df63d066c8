import { applyArtifactText } from '../apply/index.ts';
import { addNode, connect } from '../commands/design-commands.ts';
import { artifactText, derive } from '../derive/index.ts';
import type { Artifact, ArtifactType } from '../model/artifact.ts';
import { emptyDesign, type Design, type NodeKind } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import { fargateWebSample } from '../templates/fargate-web.ts';

/**
 * Builds designs in tests with the same commands the editor uses, so a test design is
 * always one the editor could have made. Nodes are named by a test key, not by id.
 */
export class DesignBuilder {
  design: Design;
  readonly ids: Record<string, string> = {};

  constructor(name = 'test design') {
    this.design = emptyDesign(name);
  }

  add(key: string, kind: NodeKind, data?: JsonObject): this {
    const result = addNode(this.design, kind, { x: 0, y: 0 }, data);
    this.design = result.design;
    this.ids[key] = result.id!;
    return this;
  }

  /** Connects two nodes by key; throws when the relation rules refuse (a broken test setup). */
  link(source: string, target: string, data?: JsonObject): this {
    const result = connect(this.design, this.id(source), this.id(target), data);
    if (!result.ok) throw new Error(`cannot link ${source} → ${target}: ${result.reason}`);
    this.design = result.design;
    return this;
  }

  id(key: string): string {
    const id = this.ids[key];
    if (!id) throw new Error(`no node ${key} in the test design`);
    return id;
  }

  build(): Design {
    return this.design;
  }
}

/** The artifact at `path`; throws with the paths there are when it is missing. */
export function artifactAt(design: Design, path: string): Artifact {
  const artifacts = derive(design);
  const found = artifacts.find((a) => a.path === path);
  if (!found) throw new Error(`no artifact ${path}; have ${artifacts.map((a) => a.path).join(', ')}`);
  return found;
}

export function contentAt(design: Design, path: string): JsonObject {
  return artifactAt(design, path).content;
}

export function artifactsOfType(design: Design, ...types: ArtifactType[]): Artifact[] {
  return derive(design).filter((a) => types.includes(a.type));
}

/** The text of an artifact after an edit to its content (what the user would type). */
export function editedText(design: Design, path: string, edit: (content: JsonObject) => JsonObject | void): string {
  const content = structuredClone(contentAt(design, path));
  const result = edit(content);
  return artifactText({ content: result ?? content });
}

/** The design after applying an edited artifact text; throws with the error when it does not apply. */
export function applied(design: Design, path: string, text: string): Design {
  const result = applyArtifactText(design, path, text);
  if (!result.ok) throw new Error(result.error);
  return result.design;
}

export function nodeById(design: Design, id: string) {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

/** Every JSON pointer in a value that holds a null (derive must never emit one). */
export function nullPointers(value: unknown, at = ''): string[] {
  if (value === null) return [at || '/'];
  if (Array.isArray(value)) return value.flatMap((v, i) => nullPointers(v, `${at}/${i}`));
  if (typeof value === 'object') return Object.entries(value as object).flatMap(([k, v]) => nullPointers(v, `${at}/${k}`));
  return [];
}

/** The sample with a Fargate Spot node in the cluster (drawn second, so not in the default strategy). */
export function sampleWithSpot() {
  const b = new DesignBuilder();
  b.design = fargateWebSample();
  const cluster = b.design.nodes.find((n) => n.kind === 'cluster')!;
  b.ids.cluster = cluster.id;
  b.add('spot', 'capacity-fargate-spot').link('spot', 'cluster');
  return { design: b.build(), spot: b.id('spot'), cluster: cluster.id };
}
