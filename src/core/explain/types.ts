import type { NodeKind } from '../model/design.ts';

/** A page of the AWS documentation (docs.aws.amazon.com), with the title the page carries. */
export interface DocLink {
  title: string;
  url: string;
}

/**
 * A plain explanation for people learning ECS: what the thing is, why it matters in a design,
 * and what ECS (or the AWS service behind it) does with it. Written by us, not copied from AWS.
 */
export interface Explanation {
  what: string;
  why: string;
  ecs: string;
  doc: DocLink;
}

/** Explanations of one node kind and of each of its inspector fields. */
export interface KindExplanation extends Explanation {
  kind: NodeKind;
  /** Keyed by the field's path joined with '.', as in FieldSpec.path (e.g. "cpu", "healthCheck.command"). */
  fields: Readonly<Record<string, Explanation>>;
}

/** The key of a field explanation: its path joined with '.'. */
export const fieldKey = (path: readonly string[]): string => path.join('.');
