import { applySecret } from './apply.ts';
import { secretArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

/** A Secrets Manager secret that containers read as environment variables (container → secret). */
export const secretKind: KindModule = {
  kind: 'secret',
  label: 'Secrets Manager secret',
  group: 'Security',
  icon: 'secret',
  description:
    'A Secrets Manager secret. Connect a container to it to get an environment variable filled from it; the execution role gets secretsmanager:GetSecretValue on exactly this secret. The value itself is never in the design.',
  defaults: (design) => ({ name: freshName(design, ['secret'], 'name', 'app-credentials') }),
  displayName: (node) => str(node.data.name, 'secret'),
  facts: (node) => [
    node.data.arn ? 'existing secret' : 'created by CreateSecret',
    node.data.kmsKeyId ? 'customer KMS key' : 'aws/secretsmanager key',
  ],
  fields: [
    { path: ['name'], label: 'Name', type: 'text', help: 'Secret name (up to 512 letters, digits and /_+=.@-). Avoid ending in a hyphen and six characters: AWS adds such a suffix to the ARN.' },
    { path: ['description'], label: 'Description', type: 'text', help: 'What the secret holds, for people.' },
    { path: ['kmsKeyId'], label: 'KMS key', type: 'text', placeholder: 'aws/secretsmanager', help: 'Key id, key ARN or alias of a customer managed key that encrypts the secret. Empty: the AWS managed key. With a customer key the execution role also gets kms:Decrypt on it.' },
    {
      path: ['binary'],
      label: 'Binary value',
      type: 'boolean',
      help: 'Tick if the secret holds SecretBinary rather than text: ECS can put only text secrets into variables, so containers reading it get a warning. The value itself stays out of the design.',
    },
    { path: ['arn'], label: 'Existing secret ARN', type: 'text', help: 'Use a secret that already exists (its full ARN, with the 6-character suffix) instead of creating one.' },
    { path: ['tags'], label: 'Tags', type: 'keyValue', keyNames: ['Key', 'Value'], help: 'Tags on the secret.' },
  ],
  accepts: [],
  // Joined here, so that apply (which reads what derive emits) and derive do not import each other.
  derivation: { derive: secretArtifacts, apply: applySecret },
};
