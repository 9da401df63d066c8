import type { DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import type { DeriveContext } from '../../derive/context.ts';
import type { ExecutionNeeds } from '../../derive/execution-needs.ts';
import { existingSecretArn, secretArn } from './derive.ts';
import { parameterArn } from '../ssm-parameter/derive.ts';

/**
 * The policy Resource for a secret a task reads. A secret the design creates is referenced
 * by its partial ARN (no suffix yet); IAM matches the real ARN, so the 6-character suffix
 * AWS adds is matched with `-??????` (AWS's documented pattern), never a wider wildcard.
 */
export function secretPolicyResource(arn: string, ctx: DeriveContext): string {
  const created = (byArn(ctx, 'secret').get(arn) ?? []).some((s) => !existingSecretArn(s));
  return created ? `${arn}-??????` : arn;
}

/** AWS managed keys (aws/secretsmanager, aws/ssm) need no grant in the role. */
function customerKey(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  return /(^|:)alias\/aws\//.test(value) ? undefined : value;
}

/**
 * kms:Decrypt for the customer managed keys of the secrets and SecureString parameters
 * the task definitions read (ECS_RULES §5.2). A key id or key ARN is granted as a key ARN;
 * an alias cannot be resolved here, so it is granted on the account's keys that carry it
 * (kms:ResourceAliases).
 */
export function secretKeyStatements(needs: ExecutionNeeds, ctx: DeriveContext): JsonObject[] {
  const keys: string[] = [];
  const add = (value: unknown) => {
    const key = customerKey(value);
    if (key && !keys.includes(key)) keys.push(key);
  };
  for (const s of referenced(ctx, 'secret', needs.secretsManager)) add(s.data.kmsKeyId);
  for (const p of referenced(ctx, 'ssm-parameter', needs.ssmParameters)) if (p.data.type === 'SecureString') add(p.data.kmsKeyId);
  const arns: string[] = [];
  const aliases: string[] = [];
  for (const key of keys) {
    if (key.startsWith('arn:') && key.includes(':key/')) arns.push(key);
    else if (key.startsWith('alias/')) aliases.push(key);
    else if (key.startsWith('arn:') && key.includes(':alias/')) aliases.push(key.slice(key.indexOf(':alias/') + 1));
    else arns.push(`arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${key}`);
  }
  const statements: JsonObject[] = [];
  if (arns.length) statements.push({ Sid: 'SecretKeys', Effect: 'Allow', Action: 'kms:Decrypt', Resource: arns });
  if (aliases.length) {
    statements.push({
      Sid: 'SecretKeyAliases',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/*`,
      Condition: { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': aliases } },
    });
  }
  return statements;
}

const BY_ARN = Symbol('secrets and parameters by ARN');

/**
 * The design's secrets or parameters by the ARN containers reference them with. Built once
 * per pass: every execution role that reads one looks here, where a scan of all of them
 * per role grew with roles × secrets.
 */
function byArn(ctx: DeriveContext, kind: 'secret' | 'ssm-parameter'): Map<string, DesignNode[]> {
  return ctx.shared(BY_ARN, kind, () => {
    const map = new Map<string, DesignNode[]>();
    for (const node of ctx.index.nodesOfKind(kind)) {
      const arn = kind === 'secret' ? secretArn(node, ctx) : parameterArn(node, ctx);
      const list = map.get(arn);
      if (list) list.push(node);
      else map.set(arn, [node]);
    }
    return map;
  });
}

/** The secrets or parameters the ARNs (or names) reference, in document order. */
function referenced(ctx: DeriveContext, kind: 'secret' | 'ssm-parameter', arns: readonly string[]): DesignNode[] {
  if (!arns.length) return [];
  const map = byArn(ctx, kind);
  const nodes = arns.flatMap((arn) => map.get(arn) ?? []);
  if (nodes.length > 1) nodes.sort((a, b) => ctx.index.order.get(a.id)! - ctx.index.order.get(b.id)!);
  return nodes;
}
