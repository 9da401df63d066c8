import type { Design, DesignNode, NodeKind, RelationKind } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';

export type KindGroup =
  | 'Capacity'
  | 'Compute'
  | 'Network'
  | 'Load balancing'
  | 'Storage and data'
  | 'Events and messaging'
  | 'Security'
  | 'Scaling';
/** Palette order; a group shows only once a kind is in it. */
export const KIND_GROUPS: readonly KindGroup[] = [
  'Capacity',
  'Compute',
  'Network',
  'Load balancing',
  'Storage and data',
  'Events and messaging',
  'Security',
  'Scaling',
];

export type FieldType =
  | 'text'
  | 'number'
  | 'select'
  | 'boolean'
  | 'stringList'
  | 'keyValue' // [{name, value}] (environment) or [{key, value}] (tags), see keyNames
  | 'portMappings'
  | 'healthCheck'
  | 'listeners'
  | 'json'
  | 'targetTracking' // service auto scaling: target tracking policies as cards
  | 'scheduledActions' // service auto scaling: scheduled actions as cards
  | 'placementStrategy' // [{type, field}] rows (CreateService / RunTask)
  | 'placementConstraints'; // [{type, expression}] rows; `options` narrows the types (a task definition takes memberOf only)

/** One editable field of a kind, for the inspector. `path` points into node.data. */
export interface FieldSpec {
  path: readonly string[];
  label: string;
  type: FieldType;
  help: string;
  options?: readonly string[];
  /** For keyValue lists: the property names of each entry. */
  keyNames?: readonly [string, string];
  min?: number;
  max?: number;
  placeholder?: string;
  /** Numbers the API wants as strings (task cpu/memory). */
  numberAsString?: boolean;
}

export interface KindModule {
  kind: NodeKind;
  /** Palette and inspector label, e.g. "Task definition". */
  label: string;
  group: KindGroup;
  /** Icon id the UI maps to an SVG. */
  icon: string;
  description: string;
  /** Data of a new node of this kind; names are made unique within the design. */
  defaults(design: Design): JsonObject;
  /** The name shown on the node (family, serviceName, role name...). */
  displayName(node: DesignNode): string;
  /**
   * Facts worth seeing at a glance on the canvas. `emitted` is the node's own artifact as
   * derived (when the caller has it), so implied values (a Fargate size) show too.
   */
  facts(node: DesignNode, emitted?: JsonObject): string[];
  fields: readonly FieldSpec[];
  /** Relations this kind may start (it is their source). */
  accepts: readonly RelationKind[];
  /** How the kind contributes to derivation; kinds without artifacts of their own omit it. */
  derivation?: KindDerivation;
}

import type { Artifact } from '../model/artifact.ts';
import type { DeriveContext } from '../derive/context.ts';
import type { ApplyResult } from '../apply/types.ts';

export interface KindDerivation {
  /** Artifacts this node contributes. */
  derive(node: DesignNode, ctx: DeriveContext): Artifact[];
  /** Turns an edited artifact of this node back into a design change. */
  apply?(design: Design, node: DesignNode, artifact: Artifact, content: JsonObject): ApplyResult;
}
