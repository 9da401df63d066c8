import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { envFileVariables, type ComposeImportOptions } from '../../src/core/io/compose/import-compose.ts';
import type { Launch } from '../../src/core/io/compose/volumes.ts';
import { ECS_JSON_LIMITS, fileSizeViolation } from '../../src/core/model/json-limits.ts';

/**
 * What the CLI gives the compose importer that a browser cannot: the files next to the
 * compose file. env_file entries are read (relative to the compose file, as Compose does)
 * and inlined; a `.env` beside it supplies interpolation values, as it does for
 * `docker compose up`. The shell's environment is never read into the design.
 */
export function composeOptions(file: string, launch: Launch): ComposeImportOptions {
  const dir = dirname(resolve(file));
  const readEnvFile: ComposeImportOptions['readEnvFile'] = (path) => {
    const target = resolve(dir, path);
    try {
      const tooLarge = fileSizeViolation(statSync(target).size, ECS_JSON_LIMITS);
      if (tooLarge) return { ok: false, error: tooLarge };
      return { ok: true, text: readFileSync(target, 'utf8') };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { ok: false, error: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message };
    }
  };
  const dotEnv = resolve(dir, '.env');
  const read = existsSync(dotEnv) ? readEnvFile('.env') : undefined;
  return { launch, readEnvFile, variables: read?.ok ? envFileVariables(read.text) : undefined };
}

export function parseLaunchType(value: string | undefined): Launch {
  const upper = (value ?? 'fargate').toUpperCase();
  if (upper === 'FARGATE' || upper === 'EC2') return upper;
  throw new Error(`--launch-type takes fargate or ec2, not ${value}`);
}
