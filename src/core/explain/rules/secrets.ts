import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const SECRET = api('ecs', 'Secret');
const ENV_FILE = api('ecs', 'EnvironmentFile');

/** Explanations of the secret, environment file, platform version and parameter value rules (kinds/secret/rules.ts, kinds/secret/platform-rules.ts, kinds/ssm-parameter/rules.ts). */
export const secretRules: Readonly<Record<string, Explanation>> = {
  'SEC-FMT': {
    what: 'Checks that each container secret, and each log secret option, has a variable name and a valueFrom that is a Secrets Manager secret ARN or an SSM parameter ARN or name.',
    why: 'The name says which variable to fill and valueFrom says where the value lives; if either is missing or garbled the value cannot be found.',
    ecs: 'RegisterTaskDefinition requires both fields, and a valueFrom that does not resolve makes ECS stop the task at start because it cannot fetch the value.',
    doc: SECRET,
  },
  'SEC-DUP': {
    what: 'Warns when one container sets the same variable name twice, either as two secrets or as a secret and a plain environment variable.',
    why: 'The process sees a single value for that name, so one of the two settings is lost and it is easy to assume the wrong one applies.',
    ecs: 'The container gets only one value per variable name, and AWS does not promise which of the duplicates it is, so the result should not be relied on.',
    doc: SECRET,
  },
  'SEC-ENV-PLAIN': {
    what: 'Warns when a plain environment variable whose name suggests a password, token or key has a value written into the task definition.',
    why: 'Plain values are stored in the task definition itself, so anyone who can read the task definition, and every export of the design, sees the credential.',
    ecs: 'ECS returns environment values in clear text from DescribeTaskDefinition, while a secret is fetched from Secrets Manager or Parameter Store only when the task starts.',
    doc: GUIDE.secrets,
  },
  'ENVF-FMT': {
    what: 'Checks that a container lists at most 10 environment files and that each has type s3 and an S3 object ARN as its value.',
    why: 'Environment files are downloaded from Amazon S3 when the task starts, so a wrong type, a bucket-only ARN or too many files leaves the container without its settings.',
    ecs: 'ECS supports up to ten environment files per container, all of type s3, each given as arn:aws:s3:::BUCKET/KEY.',
    doc: ENV_FILE,
  },
  'ENVF-EXT': {
    what: 'Checks that the object key of each environment file ends in .env.',
    why: 'A file with another extension is not accepted as an environment file, so its variables never reach the container.',
    ecs: 'ECS requires environment files to use the .env file extension and to hold one VARIABLE=VALUE per line.',
    doc: ENV_FILE,
  },
  'SEC-BINARY': {
    what: 'Warns when a container reads a Secrets Manager secret marked as holding a binary value into an environment variable.',
    why: 'The secret cannot be turned into a variable, so the task fails to start instead of getting its value.',
    ecs: 'ECS injects only secrets stored as text (SecretString); for binary data store it as text, such as base64, or have the application read it with the Secrets Manager API.',
    doc: api('secretsManager', 'CreateSecret'),
  },
  'ENVF-PREC': {
    what: 'Notes that a container takes variables from environment files together with its environment list or with other files.',
    why: 'When the same name appears in several places only one value wins, and the winner follows a fixed order rather than the order you read them in.',
    ecs: 'A variable set in environment always beats the files, and among files the first file listed that sets a variable wins over later ones.',
    doc: api('ecs', 'ContainerDefinition'),
  },
  'SEC-PLAT': {
    what: 'Checks that a Fargate service pinned to a platform version supports the secrets its task uses: 1.3.0 for whole secrets, and 1.4.0 on Linux for a JSON key or version of a secret.',
    why: 'Older platform versions cannot fetch these values, so the service’s tasks do not get their secrets and do not run.',
    ecs: 'Fargate added secrets injection in platform version 1.3.0 and JSON key and version selection in Linux 1.4.0; LATEST supports both.',
    doc: GUIDE.fargatePlatformVersions,
  },
  'ENVF-PLAT': {
    what: 'Checks that a Linux Fargate service using environment files is not pinned to a platform version below 1.4.0.',
    why: 'Earlier platform versions cannot download environment files, so the tasks would run without those variables or not start at all.',
    ecs: 'Fargate supports environment files from Linux platform version 1.4.0, which LATEST includes.',
    doc: GUIDE.fargatePlatformVersions,
  },
  'SSM-VALUE': {
    what: 'Warns when an SSM parameter’s value is missing and only a placeholder is exported, or when a SecureString’s real value is stored in the design.',
    why: 'A missing value gives tasks the placeholder text as their configuration, and a secret kept in the design travels with every save and export.',
    ecs: 'PutParameter needs a value, and containers read whatever the parameter holds when the task starts, so set secure values at deploy time with aws ssm put-parameter --overwrite.',
    doc: api('ssm', 'PutParameter'),
  },
};
