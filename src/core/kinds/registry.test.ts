import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIND_LIST } from './registry.ts';
import type { KindModule } from './types.ts';

/**
 * ARCHITECTURE principle 7: a kind is one folder (kinds/<kind>/kind.ts, with its derive,
 * apply and tests beside it) plus one registry line. A folder whose kind is not in the
 * registry would silently never be derived, drawn or offered in the palette.
 */
const KINDS_DIR = fileURLToPath(new URL('.', import.meta.url));
const folders = readdirSync(KINDS_DIR).filter((name) => statSync(join(KINDS_DIR, name)).isDirectory());

function isKindModule(value: unknown): value is KindModule {
  return typeof value === 'object' && value !== null && typeof (value as KindModule).kind === 'string' && typeof (value as KindModule).defaults === 'function';
}

async function kindsIn(folder: string): Promise<KindModule[]> {
  const module = (await import(pathToFileURL(join(KINDS_DIR, folder, 'kind.ts')).href)) as Record<string, unknown>;
  return Object.values(module).filter(isKindModule);
}

describe('kind folders', () => {
  it('every folder under kinds/ has a kind.ts', () => {
    expect(folders.length).toBeGreaterThan(5);
    expect(folders.filter((folder) => !existsSync(join(KINDS_DIR, folder, 'kind.ts')))).toEqual([]);
  });

  it('every kind a folder exports is registered, and every registered kind comes from a folder', async () => {
    const exported = new Map<KindModule, string>();
    for (const folder of folders) for (const kind of await kindsIn(folder)) exported.set(kind, folder);
    const unregistered = [...exported].filter(([kind]) => !KIND_LIST.includes(kind)).map(([kind, folder]) => `${folder}: ${kind.kind}`);
    expect(unregistered).toEqual([]);
    expect(KIND_LIST.filter((kind) => !exported.has(kind)).map((kind) => kind.kind)).toEqual([]);
  });
});
