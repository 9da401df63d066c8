import type { JsonObject, JsonValue } from '../../model/json.ts';
import type { ComposeNotes } from './notes.ts';
import type { MappedService, ServiceContext } from './service-context.ts';
import { isObject, keyValues, parseEnvFile, scalarText } from './values.ts';

/** A compose service's environment, env_file, secrets and depends_on → the container's variables, secrets and dependencies. */

export function mapEnvironment(svc: JsonObject, ctx: ServiceContext, at: string): JsonObject[] {
  const values = new Map<string, string>();
  const { notes } = ctx;
  if (svc.env_file !== undefined && svc.env_file !== null) {
    const files: Array<{ path: string; required: boolean; where: string }> = [];
    const list = Array.isArray(svc.env_file) ? svc.env_file : [svc.env_file];
    list.forEach((entry, i) => {
      const where = Array.isArray(svc.env_file) ? `${at}/env_file/${i}` : `${at}/env_file`;
      if (typeof entry === 'string') files.push({ path: entry, required: true, where });
      else if (isObject(entry) && typeof entry.path === 'string') files.push({ path: entry.path, required: entry.required !== false, where });
      else notes.warn(where, `${JSON.stringify(entry)} is not an env file: left out`);
    });
    for (const file of files) {
      const read = ctx.readEnvFile ? ctx.readEnvFile(file.path) : { ok: false as const, error: 'the editor cannot read files next to the compose file; the CLI does' };
      if (!read.ok) {
        const level = file.required ? 'warn' : 'info';
        notes[level](file.where, `${file.path} could not be read (${read.error}): its variables are not in the task definition; add them under environment, or put the file in S3 and connect the container to the bucket (environmentFiles)`);
        continue;
      }
      const entries = parseEnvFile(read.text);
      for (const e of entries) if (e.value !== undefined) values.set(e.key, e.value);
      const unset = entries.filter((e) => e.value === undefined).map((e) => e.key);
      notes.info(file.where, `${file.path}: ${entries.length - unset.length} variables put into the environment`);
      if (unset.length) notes.warn(file.where, `${file.path}: ${unset.join(', ')} take their value from the shell running Compose: left out`);
    }
  }
  if (svc.environment !== undefined && svc.environment !== null) {
    const entries = keyValues(svc.environment);
    if (!entries) notes.warn(`${at}/environment`, 'environment is neither a list nor a map of values: left out');
    for (const e of entries ?? []) {
      if (e.value === undefined) notes.warn(`${at}/environment`, `${e.key} takes its value from the shell running Compose: left out (add its value, or a secret)`);
      else values.set(e.key, e.value);
    }
  }
  // Sorted, so that the output does not depend on where a variable was set.
  return [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, value]) => ({ name, value }));
}

export function dependsOn(value: JsonValue | undefined, notes: ComposeNotes, at: string): void {
  if (value === undefined || value === null) return;
  const names = Array.isArray(value) ? value.map(String) : isObject(value) ? Object.keys(value) : undefined;
  if (!names) {
    notes.warn(`${at}/depends_on`, 'depends_on is neither a list nor a map: left out');
    return;
  }
  for (const dep of names) {
    const condition = isObject(value) && isObject((value as JsonObject)[dep]) ? scalarText(((value as JsonObject)[dep] as JsonObject).condition) : undefined;
    notes.warn(
      `${at}/depends_on`,
      `${dep}${condition ? ` (${condition})` : ''}: ECS starts services independently (container dependsOn works only within one task, and each service is its own task); make the application wait for ${dep} or retry`,
    );
  }
}

export function mapSecrets(value: JsonValue | undefined, ctx: ServiceContext, at: string): MappedService['secrets'] {
  if (value === undefined || value === null) return [];
  const { notes } = ctx;
  if (!Array.isArray(value)) {
    notes.warn(`${at}/secrets`, 'secrets is not a list: left out');
    return [];
  }
  const out: MappedService['secrets'] = [];
  value.forEach((entry, i) => {
    const where = `${at}/secrets/${i}`;
    const source = typeof entry === 'string' ? entry : isObject(entry) ? scalarText(entry.source) : undefined;
    if (!source) {
      notes.warn(where, `${JSON.stringify(entry)} is not a secret: left out`);
      return;
    }
    const target = isObject(entry) ? scalarText(entry.target) : undefined;
    const top = ctx.topSecrets[source];
    if (top === undefined) notes.warn(where, `${source} is not declared under the top-level secrets`);
    const spec = isObject(top) ? top : {};
    const secretName = scalarText(spec.name) ?? `${ctx.project}/${source}`;
    const variable = (target && !target.includes('/') ? target : source).toUpperCase().replace(/[^A-Z0-9_]/g, '_').replace(/^(?=\d)/, '_');
    out.push({ secret: secretName, variable, pointer: where });
    const from = typeof spec.file === 'string' ? ` (Compose reads it from ${spec.file})` : typeof spec.environment === 'string' ? ` (Compose takes it from the variable ${spec.environment})` : spec.external === true ? ' (external: it should exist already)' : '';
    notes.warn(
      where,
      `${source} → Secrets Manager secret ${secretName}, read as the environment variable ${variable}; Compose mounts it as the file /run/secrets/${target ?? source}, so the application must read the variable instead. Put the value into the secret${from} with PutSecretValue or the console: the design never holds it`,
    );
    if (isObject(entry)) for (const key of ['uid', 'gid', 'mode']) if (entry[key] !== undefined) notes.info(`${where}/${key}`, 'left out: the secret is a variable, not a file');
  });
  return out;
}
