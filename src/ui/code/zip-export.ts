import { strToU8, zipSync } from 'fflate';

/** One zip of every generated file, at its artifact path. */
export function zipFiles(files: readonly { path: string; text: string }[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.path] = strToU8(f.text);
  return zipSync(entries, { level: 6 });
}

/** `<design-name>-ecs.zip`, with the name made safe for every file system. */
export function zipFileName(designName: string): string {
  const slug = designName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${slug || 'design'}-ecs.zip`;
}
