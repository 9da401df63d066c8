import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, pointer, type JsonObject } from '../../model/json.ts';
import type { RuleModule, ValidateContext } from '../../validate/context.ts';
import { taskDefinitions, type TaskDefinitionView } from '../../validate/helpers.ts';
import { containerName, reportContainer, type ContainerView } from '../task-definition/rules/task-platform.ts';
import { textOf } from '../../model/text.ts';
import { secretArn } from './derive.ts';

const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[^:]+(:[^:]*:[^:]*:[^:]*)?$/;
const PARAMETER_ARN = /^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/\S+$/;
const S3_OBJECT_ARN = /^arn:aws[a-z-]*:s3:::[^/]+\/.+$/;
/** Names that usually hold credentials (SEC-ENV-PLAIN). */
const CREDENTIAL_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)/i;

const objects = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isPlainObject) : []);

/**
 * valueFrom as ECS takes it (ECS_RULES §2.10): a Secrets Manager secret ARN (optionally
 * with `:json-key:version-stage:version-id`), an SSM parameter ARN, or the bare name of a
 * parameter in the same Region.
 */
export function validValueFrom(value: unknown): boolean {
  if (typeof value !== 'string' || !value) return false;
  if (!value.startsWith('arn:')) return !/\s/.test(value);
  return SECRET_ARN.test(value) || PARAMETER_ARN.test(value);
}

/**
 * SEC-FMT, SEC-DUP, SEC-ENV-PLAIN, SEC-BINARY (secrets and plain variables), REG-PRIV
 * (private registry credentials), ENVF-FMT, ENVF-EXT and ENVF-PREC (environment files),
 * over the container definitions as they will be registered: literal secrets and those
 * from relations alike.
 */
export const secretRules: RuleModule = {
  area: 'secrets, registry credentials and environment files',
  rules: {
    'SEC-FMT': 'error',
    'SEC-DUP': 'warning',
    'SEC-ENV-PLAIN': 'warning',
    'REG-PRIV': 'error',
    'ENVF-FMT': 'error',
    'ENVF-EXT': 'error',
    'SEC-BINARY': 'warning',
    'ENVF-PREC': 'info',
  },
  check(ctx) {
    const binary = binarySecrets(ctx);
    for (const td of taskDefinitions(ctx)) {
      for (const c of td.containers) {
        checkSecrets(ctx, td, c);
        if (binary.length) checkBinarySecrets(ctx, td, c, binary);
        checkCredentials(ctx, td, c);
        checkEnvironmentFiles(ctx, td, c);
      }
    }
  },
};

/** The secrets the user marked as holding SecretBinary, with the ARN containers reference them by. */
function binarySecrets(ctx: ValidateContext): Array<{ node: DesignNode; arn: string }> {
  return ctx.index
    .nodesOfKind('secret')
    .filter((n) => n.data.binary === true)
    .map((node) => ({ node, arn: secretArn(node, ctx.derive) }));
}

/**
 * SEC-BINARY: ECS fills a variable from a secret's SecretString only; a binary secret
 * fails the task's start. Matched on valueFrom, so a literal ARN of the secret counts too
 * (followed by its 6-character suffix or a JSON-key selector).
 */
function checkBinarySecrets(ctx: ValidateContext, td: TaskDefinitionView, c: ContainerView, binary: ReadonlyArray<{ node: DesignNode; arn: string }>): void {
  objects(c.def.secrets).forEach((s, i) => {
    const from = s.valueFrom;
    if (typeof from !== 'string') return;
    const secret = binary.find((b) => from === b.arn || from.startsWith(`${b.arn}:`) || from.startsWith(`${b.arn}-`));
    if (!secret) return;
    reportContainer(ctx, td, c, {
      ruleId: 'SEC-BINARY',
      path: pointer('secrets', i, 'valueFrom'),
      message: `${containerName(c)} reads ${textOf(secret.node.data.name ?? secret.node.id)} into ${textOf(s.name ?? 'a variable')}, but that secret holds a binary value: ECS injects only text secrets (SecretString), so the task fails to start. Store the value as text (base64, for instance), or have the application read it with the Secrets Manager API.`,
    });
  });
}

function checkSecrets(ctx: ValidateContext, td: TaskDefinitionView, c: ContainerView): void {
  const name = containerName(c);
  checkSecretList(ctx, td, c, name, '/secrets', c.def.secrets);
  checkSecretList(ctx, td, c, name, '/logConfiguration/secretOptions', isPlainObject(c.def.logConfiguration) ? c.def.logConfiguration.secretOptions : undefined);
  // A variable set twice: ECS takes one of them, which one is not said (SEC-DUP).
  if (Array.isArray(c.def.secrets) && c.def.secrets.length) checkDuplicates(ctx, td, c, name);
  checkPlainCredentials(ctx, td, c, name);
}

function checkSecretList(ctx: ValidateContext, td: TaskDefinitionView, c: ContainerView, name: string, path: string, entries: unknown): void {
  if (!Array.isArray(entries)) return;
  entries.forEach((entry, i) => {
    const e = isPlainObject(entry) ? entry : {};
    if (typeof e.name !== 'string' || !e.name) {
      reportContainer(ctx, td, c, { ruleId: 'SEC-FMT', path: `${path}/${i}/name`, message: `Secret ${i + 1} of ${name} has no variable name.` });
    }
    if (!validValueFrom(e.valueFrom)) {
      reportContainer(ctx, td, c, {
        ruleId: 'SEC-FMT',
        path: `${path}/${i}/valueFrom`,
        message: `valueFrom "${textOf(e.valueFrom ?? '')}" of ${name} is neither a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME[:json-key:version-stage:version-id]) nor an SSM parameter ARN or name.`,
      });
    }
  });
}

function checkDuplicates(ctx: ValidateContext, td: TaskDefinitionView, c: ContainerView, name: string): void {
  const seen = new Map<string, string>();
  for (const e of objects(c.def.environment)) if (typeof e.name === 'string') seen.set(e.name, 'environment');
  objects(c.def.secrets).forEach((s, i) => {
    if (typeof s.name !== 'string' || !s.name) return;
    const before = seen.get(s.name);
    if (before) {
      reportContainer(ctx, td, c, {
        ruleId: 'SEC-DUP',
        path: pointer('secrets', i, 'name'),
        message: `${name} sets ${s.name} twice (${before === 'environment' ? 'as a plain variable and as a secret' : 'as two secrets'}); the container gets only one of them.`,
      });
    }
    seen.set(s.name, 'secrets');
  });
}

function checkPlainCredentials(ctx: ValidateContext, td: TaskDefinitionView, c: ContainerView, name: string): void {
  objects(c.def.environment).forEach((e, i) => {
    if (typeof e.name !== 'string' || !CREDENTIAL_NAME.test(e.name) || typeof e.value !== 'string' || !e.value) return;
    reportContainer(ctx, td, c, {
      ruleId: 'SEC-ENV-PLAIN',
      path: pointer('environment', i, 'value'),
      message: `${e.name} of ${name} looks like a credential in plain text: anyone who can read the task definition sees it. Keep it in a Secrets Manager secret or SecureString parameter and connect the container to it.`,
    });
  });
}

function checkCredentials(ctx: ValidateContext, td: TaskDefinitionView, c: ContainerView): void {
  const creds = c.def.repositoryCredentials;
  if (creds === undefined) return;
  const param = isPlainObject(creds) ? creds.credentialsParameter : undefined;
  const ok = typeof param === 'string' && param !== '' && (param.startsWith('arn:') ? SECRET_ARN.test(param) : !/\s/.test(param));
  if (ok) return;
  reportContainer(ctx, td, c, {
    ruleId: 'REG-PRIV',
    path: '/repositoryCredentials/credentialsParameter',
    message: `repositoryCredentials of ${containerName(c)} need credentialsParameter: the ARN (or same-Region name) of a Secrets Manager secret holding the registry user name and password.`,
  });
}

function checkEnvironmentFiles(ctx: ValidateContext, td: TaskDefinitionView, c: ContainerView): void {
  const files = c.def.environmentFiles;
  if (!Array.isArray(files)) return;
  const name = containerName(c);
  if (files.length > 10) {
    reportContainer(ctx, td, c, { ruleId: 'ENVF-FMT', path: '/environmentFiles', message: `${name} lists ${files.length} environment files; ECS takes at most 10.` });
  }
  checkPrecedence(ctx, td, c, files.length);
  files.forEach((file, i) => {
    const f = isPlainObject(file) ? file : {};
    if (f.type !== 's3') {
      reportContainer(ctx, td, c, { ruleId: 'ENVF-FMT', path: pointer('environmentFiles', i, 'type'), message: `Environment file ${i + 1} of ${name} must have type "s3".` });
    }
    if (typeof f.value !== 'string' || !S3_OBJECT_ARN.test(f.value)) {
      reportContainer(ctx, td, c, {
        ruleId: 'ENVF-FMT',
        path: pointer('environmentFiles', i, 'value'),
        message: `Environment file ${i + 1} of ${name} must be an S3 object ARN, arn:aws:s3:::BUCKET/KEY (not "${textOf(f.value ?? '')}").`,
      });
    } else if (!f.value.endsWith('.env')) {
      reportContainer(ctx, td, c, { ruleId: 'ENVF-EXT', path: pointer('environmentFiles', i, 'value'), message: `Environment file ${f.value} of ${name} must end in .env.` });
    }
  });
}

/**
 * ENVF-PREC (info): which value a variable gets when it is set in more than one place is
 * decided by ECS, not by the order the user reads them in: `environment` beats every file,
 * and among files the first one that sets a variable wins.
 */
function checkPrecedence(ctx: ValidateContext, td: TaskDefinitionView, c: ContainerView, fileCount: number): void {
  const inline = objects(c.def.environment).length > 0;
  if (!fileCount || (!inline && fileCount < 2)) return;
  const rules = [
    inline ? 'a variable also set in environment takes the environment value, whatever the file says' : undefined,
    fileCount > 1 ? 'a variable set in more than one file takes the value of the first file listed that sets it' : undefined,
  ].filter(Boolean);
  reportContainer(ctx, td, c, {
    ruleId: 'ENVF-PREC',
    path: '/environmentFiles',
    message: `${containerName(c)} takes variables from ${fileCount === 1 ? 'an environment file' : `${fileCount} environment files`}${inline ? ' and from environment' : ''}: ${rules.join('; ')}. List the files with the one that should win first.`,
  });
}
