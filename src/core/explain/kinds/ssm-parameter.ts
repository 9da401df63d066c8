import { api, GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

const PUT = api('ssm', 'PutParameter');

export const ssmParameterExplanation: KindExplanation = {
  kind: 'ssm-parameter',
  what: 'A Systems Manager Parameter Store parameter: a named configuration value, plain or encrypted (SecureString), that containers receive as an environment variable.',
  why: 'It keeps configuration and modest secrets out of the task definition, so they can change per environment without a new image or revision.',
  ecs: 'A container’s secrets entry names the parameter; at container start the execution role reads it (decrypting SecureStrings with KMS) and ECS sets the variable.',
  doc: GUIDE.secrets,
  fields: {
    name: {
      what: 'The parameter’s name, such as /app/prod/db-host; names starting with / form a hierarchy.',
      why: 'Hierarchies let one IAM statement grant a task access to all of /app/prod/* and nothing else.',
      ecs: 'Containers refer to the parameter by name in the same Region or by full ARN; the execution role’s ssm:GetParameters permission covers the name.',
      doc: PUT,
    },
    type: {
      what: 'String (plain text), SecureString (encrypted with KMS) or StringList (comma-separated values).',
      why: 'Anything sensitive should be a SecureString, so the value is encrypted at rest and readable only with KMS permission.',
      ecs: 'ECS reads SecureStrings with decryption and injects the plain value into the container.',
      doc: PUT,
    },
    tier: {
      what: 'Standard (up to 4 KB, free), Advanced (up to 8 KB and parameter policies, charged) or Intelligent-Tiering (Advanced only when needed).',
      why: 'Large values need Advanced; a Standard parameter can be upgraded but an Advanced one cannot go back.',
      ecs: 'The tier does not change how ECS reads the parameter.',
      doc: PUT,
    },
    value: {
      what: 'The parameter’s value to create it with.',
      why: 'PutParameter needs a value; for secrets leave a placeholder and set the real value at deployment, so it never lands in the design file.',
      ecs: 'Containers receive whatever value the parameter holds when the task starts; a changed value reaches new tasks only.',
      doc: PUT,
    },
    description: {
      what: 'A description of what the parameter holds, for people.',
      why: 'It saves guessing what a value is for and who depends on it before changing it.',
      ecs: 'Systems Manager stores it; it has no effect on ECS.',
      doc: PUT,
    },
    kmsKeyId: {
      what: 'For a SecureString, a customer managed KMS key that encrypts it; empty means the AWS managed key for SSM.',
      why: 'With a customer key the execution role also needs kms:Decrypt on that key, or tasks fail to start.',
      ecs: 'ECS decrypts the value with the execution role’s permissions when it fetches the parameter.',
      doc: PUT,
    },
    arn: {
      what: 'The ARN of a parameter that exists already, to use instead of creating one.',
      why: 'Shared configuration usually lives outside any one design; referring to it keeps one source of truth.',
      ecs: 'Containers’ secrets get this ARN as valueFrom, and the execution role is granted read access to it.',
      doc: api('ssm', 'GetParameters'),
    },
    tags: {
      what: 'Key and value labels on the parameter.',
      why: 'They assign ownership and can restrict which roles may read a parameter through tag-based policies.',
      ecs: 'Systems Manager stores the tags; ECS does not read them.',
      doc: api('ssm', 'AddTagsToResource'),
    },
  },
};
