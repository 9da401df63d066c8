import { isPlainObject, type JsonObject, type JsonValue } from '../../core/model/json.ts';
import { formatScalar, parseNumber } from './field-values.ts';

/**
 * List fields (environment, tags, port mappings, listeners...) are edited as rows of
 * cells. A row keeps the object it came from, so properties the form does not show
 * (containerPortRange, sslPolicy...) survive an edit of the ones it does.
 */
export interface Column {
  key: string;
  label: string;
  /** boolean: a true/false select; dimensions: [{Name, Value}] typed as `Name=Value, …`. */
  kind: 'text' | 'number' | 'select' | 'boolean' | 'dimensions';
  options?: readonly string[];
  min?: number;
  max?: number;
  /** Keep the text exactly as typed (environment values may mean their spaces). */
  raw?: boolean;
  placeholder?: string;
}

export interface Row {
  orig: JsonObject;
  cells: Record<string, string>;
}

export type RowErrors = Array<Record<string, string>>;
export type RowsParsed = { ok: true; value: JsonObject[] | undefined } | { ok: false; errors: RowErrors };

export function toRows(value: JsonValue | undefined, columns: readonly Column[]): Row[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const orig = isPlainObject(item) ? item : {};
    return { orig, cells: Object.fromEntries(columns.map((c) => [c.key, c.kind === 'dimensions' ? formatDimensions(orig[c.key]) : formatScalar(orig[c.key])])) };
  });
}

export function emptyRow(columns: readonly Column[]): Row {
  return { orig: {}, cells: Object.fromEntries(columns.map((c) => [c.key, ''])) };
}

/** Rows back to the list; blank rows are dropped and an empty list removes the field. */
export function fromRows(rows: readonly Row[], columns: readonly Column[]): RowsParsed {
  const errors: RowErrors = [];
  const out: JsonObject[] = [];
  let failed = false;
  for (const row of rows) {
    const rowErrors: Record<string, string> = {};
    errors.push(rowErrors);
    const blank = columns.every((c) => (row.cells[c.key] ?? '').trim() === '');
    // A row that only looks blank may still hold properties the form does not show: keep it.
    const hidden = Object.keys(row.orig).some((k) => !columns.some((c) => c.key === k));
    if (blank && !hidden) continue;
    const obj: JsonObject = { ...row.orig };
    for (const c of columns) {
      const text = row.cells[c.key] ?? '';
      let value: JsonValue | undefined;
      if (c.kind === 'number') {
        const parsed = parseNumber(text, c);
        if (!parsed.ok) {
          rowErrors[c.key] = parsed.message;
          failed = true;
          continue;
        }
        value = parsed.value;
      } else if (c.kind === 'boolean') {
        value = text === 'true' ? true : text === 'false' ? false : undefined;
      } else if (c.kind === 'dimensions' && row.orig[c.key] !== undefined && text === formatDimensions(row.orig[c.key])) {
        value = row.orig[c.key]; // untouched: kept exactly (a value may hold a comma)
      } else if (c.kind === 'dimensions') {
        const parsed = parseDimensions(text);
        if (!parsed.ok) {
          rowErrors[c.key] = parsed.message;
          failed = true;
          continue;
        }
        value = parsed.value;
      } else if (c.raw) {
        value = text === '' ? undefined : text;
      } else if (typeof row.orig[c.key] === 'string' && text === row.orig[c.key]) {
        // A cell the user did not change keeps its value exactly (an imported "arn:… " with
        // its space): trimming it here would change it unseen; ID-WS reports it instead.
        value = text;
      } else {
        value = text.trim() === '' ? undefined : text.trim();
      }
      if (value === undefined) delete obj[c.key];
      else obj[c.key] = value;
    }
    out.push(obj);
  }
  if (failed) return { ok: false, errors };
  return { ok: true, value: out.length ? out : undefined };
}

/** A list of plain strings (subnets, security groups, command): one row per item. */
export function toStringRows(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.map((item) => formatScalar(item)) : [];
}

/**
 * Rows back to the list: what the user typed is trimmed and blank rows are dropped, but an
 * item that is still exactly a stored one is kept as it is, so committing the list after
 * editing one subnet does not trim another unseen (ID-WS reports such values instead).
 */
export function fromStringRows(rows: readonly string[], stored?: JsonValue): string[] | undefined {
  const kept = new Set(Array.isArray(stored) ? stored.filter((item) => typeof item === 'string') : []);
  const items = rows.filter((r) => kept.has(r) || r.trim() !== '').map((r) => (kept.has(r) ? r : r.trim()));
  return items.length ? items : undefined;
}

export function keyValueColumns(keyNames: readonly [string, string]): Column[] {
  const [k, v] = keyNames;
  return [
    { key: k, label: k === 'key' ? 'Key' : 'Name', kind: 'text' },
    { key: v, label: v === 'valueFrom' ? 'Value from (ARN)' : 'Value', kind: 'text', raw: true },
  ];
}

export const PORT_MAPPING_COLUMNS: readonly Column[] = [
  { key: 'containerPort', label: 'Container port', kind: 'number', min: 1, max: 65535, placeholder: '80' },
  { key: 'protocol', label: 'Protocol', kind: 'select', options: ['tcp', 'udp'] },
  { key: 'hostPort', label: 'Host port', kind: 'number', min: 0, max: 65535, placeholder: 'auto' },
  { key: 'name', label: 'Name', kind: 'text', placeholder: 'for Service Connect' },
  { key: 'appProtocol', label: 'App protocol', kind: 'select', options: ['http', 'http2', 'grpc'] },
];

/** Task placement (CreateService / RunTask placementStrategy). */
export const PLACEMENT_STRATEGY_COLUMNS: readonly Column[] = [
  { key: 'type', label: 'Type', kind: 'select', options: ['spread', 'binpack', 'random'] },
  { key: 'field', label: 'Field', kind: 'text', placeholder: 'attribute:ecs.availability-zone' },
];

/** placementConstraints; a task definition's take memberOf only, hence the types as a parameter. */
export function placementConstraintColumns(types: readonly string[] = ['distinctInstance', 'memberOf']): Column[] {
  return [
    { key: 'type', label: 'Type', kind: 'select', options: types },
    { key: 'expression', label: 'Expression', kind: 'text', placeholder: 'attribute:ecs.instance-type =~ m6i.*' },
  ];
}

export function listenerColumns(protocols: readonly string[]): Column[] {
  return [
    { key: 'port', label: 'Port', kind: 'number', min: 1, max: 65535, placeholder: '443' },
    { key: 'protocol', label: 'Protocol', kind: 'select', options: protocols },
    { key: 'certificateArn', label: 'Certificate ARN', kind: 'text', placeholder: 'arn:aws:acm:… (HTTPS / TLS)' },
  ];
}

/** CloudWatch dimensions as one line: `QueueName=jobs, Env=prod`. */
export function formatDimensions(value: JsonValue | undefined): string {
  if (!Array.isArray(value)) return formatScalar(value);
  return value.map((d) => (isPlainObject(d) ? `${formatScalar(d.Name)}=${formatScalar(d.Value)}` : formatScalar(d))).join(', ');
}

export function parseDimensions(text: string): { ok: true; value: JsonObject[] | undefined } | { ok: false; message: string } {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const out: JsonObject[] = [];
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) return { ok: false, message: 'Write each dimension as Name=Value, separated by commas.' };
    out.push({ Name: part.slice(0, eq).trim(), Value: part.slice(eq + 1).trim() });
  }
  return { ok: true, value: out.length ? out : undefined };
}
