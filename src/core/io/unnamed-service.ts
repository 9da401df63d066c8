import type { Notice } from '../apply/types.ts';
import type { JsonObject } from '../model/json.ts';

/**
 * CreateService files without `serviceName` are common in CodeDeploy pipelines, where the
 * name is given on the command line (`aws ecs create-service --service-name … --cli-input-json`).
 * The importer keeps them as they are: the node is called after the file on the canvas
 * (DesignNode.label, never exported), and the exported file has no serviceName either,
 * unless a name is given on import (the CLI's --name) or set in the inspector.
 */
export function hasNoServiceName(content: JsonObject): boolean {
  return content.serviceName === undefined || content.serviceName === null;
}

/** `pipelines/orders-api.service.json` → `orders-api.service`: the file's base name without .json. */
export function labelFromFileName(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return base.replace(/\.json$/i, '') || base || 'service';
}

export function unnamedServiceNotice(file: string, pointer: string, label: string): Notice {
  return {
    level: 'warning',
    file,
    pointer: `${pointer}/serviceName`,
    message:
      `No serviceName: the service is called "${label}" after its file on the canvas only, and exported without a serviceName ` +
      '(as for aws ecs create-service --service-name NAME --cli-input-json); set one in the inspector, or with ecs-designer import --name NAME',
  };
}

export type NamePlan<T> = { ok: true; named?: T } | { ok: false; error: string; file: string };

/**
 * Which imported service takes a name given on import: the one without a serviceName of
 * its own. None, or more than one, is refused rather than guessed.
 */
export function serviceToName<T extends { file: string }>(unnamed: readonly T[], allFiles: readonly string[], name: string | undefined): NamePlan<T> {
  if (name === undefined) return { ok: true };
  if (unnamed.length === 1) return { ok: true, named: unnamed[0] };
  if (!unnamed.length) {
    return { ok: false, file: allFiles.join(', '), error: `the service name "${name}" was given, but every service in the files has a serviceName of its own (or there is none)` };
  }
  return {
    ok: false,
    file: [...new Set(unnamed.map((u) => u.file))].join(', '),
    error: `${unnamed.length} services have no serviceName, and the service name "${name}" can go to one only: import them one at a time`,
  };
}
