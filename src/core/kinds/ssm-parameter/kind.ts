import { applyParameter } from './apply.ts';
import { parameterArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** An SSM Parameter Store parameter that containers read as environment variables (container → parameter). */
export const ssmParameterKind: KindModule = {
  kind: 'ssm-parameter',
  label: 'SSM parameter',
  group: 'Security',
  icon: 'ssm-parameter',
  description:
    'A Systems Manager Parameter Store parameter. Connect a container to it to get an environment variable filled from it; the execution role gets ssm:GetParameters on exactly this parameter.',
  defaults: (design) => ({ name: freshName(design, ['ssm-parameter'], 'name', '/app/config'), type: 'String', tier: 'Standard' }),
  displayName: (node) => str(node.data.name, 'parameter'),
  facts: (node) => [str(node.data.type, 'String'), str(node.data.tier, 'Standard')],
  fields: [
    { path: ['name'], label: 'Name', type: 'text', help: 'Parameter name, e.g. /app/prod/db-host (letters, digits and ._-/; a hierarchy starts with /).' },
    { path: ['type'], label: 'Type', type: 'select', options: ['String', 'SecureString', 'StringList'], help: 'SecureString encrypts the value with KMS; StringList is comma-separated.' },
    { path: ['tier'], label: 'Tier', type: 'select', options: ['Standard', 'Advanced', 'Intelligent-Tiering'], help: 'Standard: up to 4 KB, free. Advanced: up to 8 KB and policies, charged.' },
    { path: ['value'], label: 'Value', type: 'text', placeholder: 'REPLACE_BEFORE_DEPLOY', help: 'PutParameter needs a value. Fine for plain configuration; for a SecureString leave it empty and put the real value at deploy time (the file then carries a placeholder and a warning says so), so the secret never lands in the design.' },
    { path: ['description'], label: 'Description', type: 'text', help: 'What the parameter holds, for people.' },
    { path: ['kmsKeyId'], label: 'KMS key', type: 'text', placeholder: 'alias/aws/ssm', help: 'SecureString only: a customer managed key (id, ARN or alias). With one the execution role also gets kms:Decrypt on it.' },
    { path: ['arn'], label: 'Existing parameter ARN', type: 'text', help: 'Use a parameter that already exists instead of creating one.' },
    { path: ['tags'], label: 'Tags', type: 'keyValue', keyNames: ['Key', 'Value'], help: 'Tags on the parameter.' },
  ],
  accepts: [],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: parameterArtifacts, apply: applyParameter },
};
