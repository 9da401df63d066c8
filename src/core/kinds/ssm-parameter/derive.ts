import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { textOf } from '../../model/text.ts';
import { toApi, type ApiField } from '../api-fields.ts';

/** PutParameter input, in API reference order. */
export const PARAMETER_FIELDS: readonly ApiField[] = [
  { api: ['Name'], data: 'name' },
  { api: ['Description'], data: 'description' },
  { api: ['Value'] },
  { api: ['Type'], data: 'type' },
  { api: ['KeyId'], data: 'kmsKeyId' },
  { api: ['Overwrite'], data: 'overwrite' },
  { api: ['AllowedPattern'], data: 'allowedPattern' },
  { api: ['Tags'], data: 'tags' },
  { api: ['Tier'], data: 'tier' },
  { api: ['Policies'], data: 'policies' },
  { api: ['DataType'], data: 'dataType' },
];

/**
 * PutParameter needs a Value. A String or StringList value is configuration and may live
 * in the design; a SecureString's should not. Left empty, the file carries this
 * placeholder and a rule (SSM-VALUE) says to put the real value at deploy time.
 */
export const PARAMETER_VALUE_PLACEHOLDER = 'REPLACE_BEFORE_DEPLOY';

export function parameterValue(parameter: DesignNode): string {
  const value = parameter.data.value;
  return typeof value === 'string' && value !== '' ? value : PARAMETER_VALUE_PLACEHOLDER;
}

export function existingParameterArn(parameter: DesignNode): string | undefined {
  return typeof parameter.data.arn === 'string' && parameter.data.arn ? parameter.data.arn : undefined;
}

/** `arn:aws:ssm:REGION:ACCOUNT:parameter/NAME`; a hierarchical name's leading / is not repeated. */
export function parameterArn(parameter: DesignNode, ctx: DeriveContext): string {
  const name = textOf(parameter.data.name ?? parameter.id).replace(/^\//, '');
  return existingParameterArn(parameter) ?? `arn:aws:ssm:${ctx.region}:${ctx.accountId}:parameter/${name}`;
}

/** The parameter's PutParameter file, unless it names an existing parameter. */
export function parameterArtifacts(parameter: DesignNode): Artifact[] {
  if (existingParameterArn(parameter)) return [];
  return [
    {
      path: `ssm-parameters/${safeSegment(textOf(parameter.data.name ?? '').replace(/^\/+/, ''), parameter.id)}.json`,
      type: 'ssm-parameter',
      nodeId: parameter.id,
      title: textOf(parameter.data.name ?? parameter.id),
      content: toApi(parameter.data, PARAMETER_FIELDS, { Value: parameterValue(parameter) }),
      owners: [{ pointer: '', nodeId: parameter.id }],
    },
  ];
}
