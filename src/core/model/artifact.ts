import type { JsonObject } from './json.ts';

export const ARTIFACT_TYPES = [
  'task-definition',
  'service',
  'cluster',
  'capacity-provider',
  'iam-role',
  'load-balancer',
  'target-group',
  'listener',
  'listener-rule',
] as const;
export type ArtifactType = (typeof ARTIFACT_TYPES)[number];

/** Which node a part of an artifact comes from, so the editor can jump between them. */
export interface ArtifactOwner {
  /** JSON pointer into the artifact content ('' = the whole artifact). */
  pointer: string;
  nodeId: string;
}

/** One generated file: an AWS API input (or CloudFormation resource properties for IAM roles). */
export interface Artifact {
  /** Path of the file in an export, e.g. `task-definitions/web.json`. Unique. */
  path: string;
  type: ArtifactType;
  /** The node the artifact belongs to (edits to it are applied to this node). */
  nodeId: string;
  /** Short title for tabs and listings. */
  title: string;
  content: JsonObject;
  owners: ArtifactOwner[];
  /** True when the artifact is implied by the design rather than drawn (e.g. an execution role). */
  implied?: boolean;
}
