import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Builds {
  appDir: string;
  bareDir: string;
  remove(): Promise<void>;
}

/**
 * Production builds of the editor (its own vite.config.ts, plus a manifest) and of the bare
 * React Flow page, into a temporary directory that `remove` deletes: the bench never
 * touches dist/, which the e2e tests and people may be using. Hidden source maps (files
 * next to the chunks, no comment in them: the code is byte for byte the production one) let
 * the bench say which sources make up the initial JS and name them in profiles.
 */
export async function buildPages(): Promise<Builds> {
  const base = await mkdtemp(join(tmpdir(), 'ecs-designer-bench-'));
  const appDir = join(base, 'app');
  const bareDir = join(base, 'bare');
  await buildApp(ROOT, appDir);
  await build({
    configFile: join(ROOT, 'bench/browser/bare/vite.config.ts'),
    logLevel: 'error',
    build: { outDir: bareDir, emptyOutDir: true, reportCompressedSize: false },
  });
  return { appDir, bareDir, remove: () => rm(base, { recursive: true, force: true }) };
}

/** The editor of the checkout at `root` (this one, or another for a paired run), built into `outDir`. */
export async function buildApp(root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: true, sourcemap: 'hidden', reportCompressedSize: false },
  });
}
