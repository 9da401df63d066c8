import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { bytesBySource, type RawSourceMap } from './source-map.ts';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface InitialJs {
  /** JS files index.html loads before first paint: the entry chunk and its static imports. */
  files: { file: string; gzip: number }[];
  gzip: number;
  /** Chunks loaded later that hold Monaco (monaco-editor sources or the app's Monaco setup). */
  monacoFiles: string[];
  /** Biggest parts of the initial JS (npm package, or the app's source folder): minified bytes, and their share of the gzip size. */
  topParts: { part: string; bytes: number; gzipShare: number }[];
}

// Vite's own report uses the best compression too, so the figures can be compared with it.
const gzipSize = (data: string | Buffer) => gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;

/** A package of node_modules counts as one part; the app's own sources count by folder. */
function partOf(source: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inPackage) return inPackage[1]!;
  const inRepo = /(?:^|\/)(src\/.*)$/.exec(source)?.[1] ?? source;
  return inRepo.replace(/\/[^/]+$/, '/');
}

/** What the browser must download and run before the editor can paint, from the Vite manifest. */
export function initialJs(appDir: string): InitialJs {
  const manifest = JSON.parse(readFileSync(join(appDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const jsFiles = (keys: Iterable<string>) => [...keys].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
  // The bundler's tiny runtime chunk comes without a map.
  const readMap = (file: string): RawSourceMap =>
    existsSync(join(appDir, `${file}.map`))
      ? (JSON.parse(readFileSync(join(appDir, `${file}.map`), 'utf8')) as RawSourceMap)
      : { sources: ['(bundler runtime)'], names: [], mappings: '' };

  const parts = new Map<string, { bytes: number; gzipShare: number }>();
  const files = jsFiles(initial).map((file) => {
    const code = readFileSync(join(appDir, file), 'utf8');
    const gzip = gzipSize(code);
    for (const [source, bytes] of bytesBySource(readMap(file), code)) {
      const part = parts.get(partOf(source)) ?? { bytes: 0, gzipShare: 0 };
      part.bytes += bytes;
      part.gzipShare += (bytes / code.length) * gzip;
      parts.set(partOf(source), part);
    }
    return { file, gzip };
  });
  const later = Object.keys(manifest).filter((key) => !initial.has(key));
  const monacoFiles = jsFiles(later).filter((file) => readMap(file).sources.some((s) => /monaco-editor|\/monaco\//.test(s)));
  const topParts = [...parts]
    .map(([part, p]) => ({ part, ...p }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 10);
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0), monacoFiles, topParts };
}
