import type { DesignEdge, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import type { DeriveContext } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';
import { variableNameFor } from '../api-fields.ts';
import { repositoryImage } from '../ecr-repository/derive.ts';
import { secretArn } from '../secret/derive.ts';
import { parameterArn } from '../ssm-parameter/derive.ts';
import { resourceArn } from '../../derive/resource-arns.ts';

/** Edge data of container → secret / parameter that selects part of a secret (ECS_RULES §2.10). */
export const SECRET_SELECTORS = ['jsonKey', 'versionStage', 'versionId'] as const;

/** The ARN a container's reference points at: the secret's (without selectors) or the parameter's. */
export function referencedArn(target: DesignNode, ctx: DeriveContext): string {
  return target.kind === 'secret' ? secretArn(target, ctx) : parameterArn(target, ctx);
}

/** The variable a reference fills: the one set on the relation, else the secret's name in upper snake case. */
export function referenceVariable(target: DesignNode, edge: DesignEdge): string {
  const set = edge.data?.variable;
  return typeof set === 'string' && set ? set : variableNameFor(textOf(target.data.name ?? target.id));
}

/**
 * `valueFrom` of a reference: the parameter ARN, or the secret ARN, followed by
 * `:json-key:version-stage:version-id` (empty parts keep their colons) when any is set.
 */
export function referenceValueFrom(target: DesignNode, edge: DesignEdge, ctx: DeriveContext): string {
  const arn = referencedArn(target, ctx);
  if (target.kind !== 'secret') return arn;
  const parts = SECRET_SELECTORS.map((k) => (typeof edge.data?.[k] === 'string' ? (edge.data[k] as string) : ''));
  return parts.some(Boolean) ? `${arn}:${parts.join(':')}` : arn;
}

export interface SecretReference {
  edge: DesignEdge;
  target: DesignNode;
  entry: JsonObject;
}

/** The container's secrets that come from relations, in relation order. */
export function secretReferences(container: DesignNode, ctx: DeriveContext): SecretReference[] {
  const out: SecretReference[] = [];
  for (const edge of ctx.index.outgoing(container.id, 'reads-secret')) {
    const target = ctx.index.node(edge.target);
    if (target) out.push({ edge, target, entry: { name: referenceVariable(target, edge), valueFrom: referenceValueFrom(target, edge, ctx) } });
  }
  return out;
}

/** The object key a container → bucket relation loads; empty until the user sets one (ENVF-FMT reports it). */
export function environmentFileKey(edge: DesignEdge): string {
  return typeof edge.data?.key === 'string' ? edge.data.key : '';
}

/** `arn:aws:s3:::<bucket>` of a drawn bucket (the partition follows the design's Region). */
export function bucketArnOf(bucket: DesignNode, ctx: DeriveContext): string {
  return resourceArn(bucket, ctx.region, ctx.accountId);
}

export interface EnvironmentFileReference {
  edge: DesignEdge;
  target: DesignNode;
  entry: JsonObject;
}

/** The container's environment files that come from relations to buckets, in relation order. */
export function environmentFileReferences(container: DesignNode, ctx: DeriveContext): EnvironmentFileReference[] {
  const out: EnvironmentFileReference[] = [];
  for (const edge of ctx.index.outgoing(container.id, 'env-file')) {
    const target = ctx.index.node(edge.target);
    if (target) out.push({ edge, target, entry: { value: `${bucketArnOf(target, ctx)}/${environmentFileKey(edge)}`, type: 's3' } });
  }
  return out;
}

/**
 * The container definition as emitted: its own data with what its relations stand for
 * laid over it: secrets from secrets and parameters (after the literal ones the user
 * typed, which stay as they are), environment files from buckets (before the literal
 * ones: ECS reads files top down and the first that sets a variable wins, ENVF-PREC) and the
 * image of the ECR repository it pulls from.
 * Derivation and the execution role's policy both read this, so they always agree.
 */
export function emittedContainer(container: DesignNode, ctx: DeriveContext): JsonObject {
  const refs = secretReferences(container, ctx);
  const files = environmentFileReferences(container, ctx);
  const pull = ctx.index.outgoing(container.id, 'pulls-image')[0];
  const repo = pull ? ctx.index.node(pull.target) : undefined;
  if (!refs.length && !files.length && !repo) return container.data;
  const out: JsonObject = { ...container.data };
  if (refs.length) out.secrets = [...(Array.isArray(container.data.secrets) ? container.data.secrets : []), ...refs.map((r) => r.entry)];
  if (files.length) out.environmentFiles = [...files.map((f) => f.entry), ...(Array.isArray(container.data.environmentFiles) ? container.data.environmentFiles : [])];
  if (repo && pull) out.image = repositoryImage(repo, pull, ctx);
  return out;
}

/**
 * A task definition's containers (in document order) and their definitions as emitted.
 * Shared per pass: the task definition and its execution role's policy both need them.
 */
export function emittedContainers(taskDefinitionId: string, ctx: DeriveContext): { nodes: DesignNode[]; definitions: JsonObject[] } {
  return ctx.shared(EMITTED_CONTAINERS, taskDefinitionId, () => {
    const nodes = ctx.index.containersOf(taskDefinitionId);
    return { nodes, definitions: nodes.map((c) => emittedContainer(c, ctx)) };
  });
}

const EMITTED_CONTAINERS = Symbol('emitted containers');
