import { api, GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

const CREATE = api('secretsManager', 'CreateSecret');

export const secretExplanation: KindExplanation = {
  kind: 'secret',
  what: 'An AWS Secrets Manager secret: an encrypted value, such as a database password or an API key, that containers receive as an environment variable.',
  why: 'The secret never appears in the task definition or the image, can be rotated, and can only be read by roles you allow.',
  ecs: 'A container’s secrets entry names the secret (or a JSON key of it); at container start the execution role reads and decrypts it, and ECS sets the variable.',
  doc: GUIDE.secrets,
  fields: {
    name: {
      what: 'The secret’s name, up to 512 letters, digits and /_+=.@-.',
      why: 'Secrets Manager adds a hyphen and six random characters to the ARN; a name that itself ends that way is easy to confuse with a full ARN.',
      ecs: 'Containers refer to the secret by its ARN, and the execution role is granted secretsmanager:GetSecretValue on it.',
      doc: CREATE,
    },
    description: {
      what: 'A description of what the secret holds, for people.',
      why: 'It tells whoever rotates or deletes the secret what depends on it.',
      ecs: 'Secrets Manager stores it; it has no effect on ECS.',
      doc: CREATE,
    },
    kmsKeyId: {
      what: 'A customer managed KMS key that encrypts the secret; empty means the AWS managed key for Secrets Manager.',
      why: 'With a customer key the execution role also needs kms:Decrypt on it, or tasks fail to start with an access error.',
      ecs: 'ECS decrypts the value with the execution role’s permissions when it fetches the secret.',
      doc: CREATE,
    },
    binary: {
      what: 'Marks the secret as holding binary data (SecretBinary) rather than text.',
      why: 'ECS can only put text into environment variables, so containers reading a binary secret this way do not get a usable value.',
      ecs: 'ECS injects SecretString values; read binary secrets from the application with the task role instead.',
      doc: CREATE,
    },
    arn: {
      what: 'The full ARN (with its six-character suffix) of a secret that exists already, to use instead of creating one.',
      why: 'Real credentials are usually created and rotated outside the design; referring to them keeps the values out of it.',
      ecs: 'Containers’ secrets get this ARN as valueFrom, optionally with a JSON key, version stage or version id appended.',
      doc: api('secretsManager', 'GetSecretValue'),
    },
    tags: {
      what: 'Key and value labels on the secret.',
      why: 'They assign ownership and can restrict reading through tag-based policies.',
      ecs: 'Secrets Manager stores the tags; ECS does not read them.',
      doc: api('secretsManager', 'TagResource'),
    },
  },
};
