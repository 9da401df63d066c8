/**
 * Just enough of source maps (v3) to name where a position of a built chunk comes from:
 * profiles of the minified production build then read as source files and lines.
 */
export interface RawSourceMap {
  sources: string[];
  names: string[];
  mappings: string;
}

export interface Original {
  source: string;
  line: number;
  name?: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c)!;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** `lookup(line, column)`, both 0-based as in V8 call frames → the original source and 1-based line. */
export function sourceMapLookup(map: RawSourceMap): (line: number, column: number) => Original | undefined {
  // Per generated line: segments [column, source, line, sourceColumn, name?], columns ascending.
  const lines: number[][][] = [];
  let source = 0;
  let origLine = 0;
  let origColumn = 0;
  let name = 0;
  for (const text of map.mappings.split(';')) {
    let column = 0;
    const segments: number[][] = [];
    for (const part of text ? text.split(',') : []) {
      const v = decodeVlq(part);
      column += v[0]!;
      if (v.length < 4) continue;
      source += v[1]!;
      origLine += v[2]!;
      origColumn += v[3]!;
      if (v.length > 4) name += v[4]!;
      segments.push([column, source, origLine, origColumn, v.length > 4 ? name : -1]);
    }
    lines.push(segments);
  }
  return (line, column) => {
    const segments = lines[line];
    if (!segments?.length) return undefined;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]![0]! <= column) lo = mid;
      else hi = mid - 1;
    }
    const s = segments[lo]!;
    if (s[0]! > column) return undefined;
    return { source: map.sources[s[1]!]!, line: s[2]! + 1, ...(s[4]! >= 0 ? { name: map.names[s[4]!] } : {}) };
  };
}

/** Bytes of the generated `code` that each original source produced (what a bundle analyser shows). */
export function bytesBySource(map: RawSourceMap, code: string): Map<string, number> {
  const out = new Map<string, number>();
  const codeLines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((text, lineIndex) => {
    const lineLength = codeLines[lineIndex]?.length ?? 0;
    let column = 0;
    const starts: [number, number | undefined][] = [];
    for (const part of text ? text.split(',') : []) {
      const v = decodeVlq(part);
      column += v[0]!;
      if (v.length >= 4) source += v[1]!;
      starts.push([column, v.length >= 4 ? source : undefined]);
    }
    starts.forEach(([from, src], i) => {
      if (src === undefined) return;
      const to = starts[i + 1]?.[0] ?? lineLength;
      const name = map.sources[src]!;
      out.set(name, (out.get(name) ?? 0) + Math.max(0, to - from));
    });
  });
  return out;
}
