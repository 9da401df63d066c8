import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';
import { toApi, type ApiField } from '../api-fields.ts';

/**
 * CreateSecret input, in API reference order. Only the name is needed: the secret's value
 * is never in the design or the files (put it with PutSecretValue or the console).
 */
export const SECRET_FIELDS: readonly ApiField[] = [
  { api: ['Name'], data: 'name' },
  { api: ['ClientRequestToken'], data: 'clientRequestToken' },
  { api: ['Description'], data: 'description' },
  { api: ['KmsKeyId'], data: 'kmsKeyId' },
  { api: ['Tags'], data: 'tags' },
  { api: ['AddReplicaRegions'], data: 'addReplicaRegions' },
  { api: ['ForceOverwriteReplicaSecret'], data: 'forceOverwriteReplicaSecret' },
];

/** Fields CreateSecret takes that would put the secret's value in a file: never emitted, dropped on edit. */
export const SECRET_VALUE_KEYS = ['SecretString', 'SecretBinary'] as const;

export function existingSecretArn(secret: DesignNode): string | undefined {
  return typeof secret.data.arn === 'string' && secret.data.arn ? secret.data.arn : undefined;
}

/**
 * The secret's ARN as task definitions reference it. A secret the design creates gets a
 * random 6-character suffix from AWS; ECS takes the ARN without it (a partial ARN), and
 * the execution role policy matches the suffix with `-??????` (secretPolicyResource).
 */
export function secretArn(secret: DesignNode, ctx: DeriveContext): string {
  return existingSecretArn(secret) ?? `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${textOf(secret.data.name ?? secret.id)}`;
}

/** The secret's CreateSecret file, unless it names an existing secret. */
export function secretArtifacts(secret: DesignNode): Artifact[] {
  if (existingSecretArn(secret)) return [];
  const name = textOf(secret.data.name ?? secret.id);
  return [
    {
      path: `secrets/${safeSegment(secret.data.name, secret.id)}.json`,
      type: 'secret',
      nodeId: secret.id,
      title: name,
      content: toApi(secret.data, SECRET_FIELDS),
      owners: [{ pointer: '', nodeId: secret.id }],
    },
  ];
}
