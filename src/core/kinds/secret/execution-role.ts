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
  const created = ctx.index.nodesOfKind('secret').some((s) => !existingSecretArn(s) && secretArn(s, ctx) === arn);
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
  for (const s of ctx.index.nodesOfKind('secret')) if (needs.secretsManager.includes(secretArn(s, ctx))) add(s.data.kmsKeyId);
  for (const p of ctx.index.nodesOfKind('ssm-parameter')) {
    if (p.data.type === 'SecureString' && needs.ssmParameters.includes(parameterArn(p, ctx))) add(p.data.kmsKeyId);
  }
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
