import { keySpec } from './derive.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { DesignDraft } from '../../apply/common.ts';
import { keysExcept } from '../../apply/copy-keys.ts';
import type { ApplyResult, Notice } from '../../apply/types.ts';

/** Edited table files → the table node: CreateTable, or the TTL file. */
export function applyTable(design: Design, table: DesignNode, artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const data = artifact?.type === 'dynamodb-ttl' ? ttlData(table, content) : tableData(table, content);
  if ('error' in data) return { ok: false, error: data.error };
  const draft = new DesignDraft(design);
  draft.setData(table.id, data.data);
  return { ok: true, design: draft.finish(), notices: data.notices };
}

type Result = { data: JsonObject; notices: Notice[] } | { error: string };

/**
 * CreateTable → node. A key schema of one HASH (and one RANGE) attribute whose types are
 * defined becomes the key fields; other AttributeDefinitions (for indexes) stay as they are.
 * A key schema of any other form stays literal, with all its definitions, so nothing is lost.
 */
function tableData(table: DesignNode, content: JsonObject): Result {
  const data = keysExcept(content);
  if (table.data.ttlAttribute !== undefined) data.ttlAttribute = table.data.ttlAttribute; // lives in the TTL file
  const keys = keyFields(content);
  if (keys) {
    delete data.KeySchema;
    data.partitionKey = keys.partitionKey;
    if (keys.sortKey) data.sortKey = keys.sortKey;
    if (keys.extra.length) data.AttributeDefinitions = keys.extra;
    else delete data.AttributeDefinitions;
  }
  const stream = content.StreamSpecification;
  if (isPlainObject(stream) && stream.StreamEnabled === true && typeof stream.StreamViewType === 'string' && Object.keys(stream).length === 2) {
    delete data.StreamSpecification;
    data.streamViewType = stream.StreamViewType;
  }
  return { data, notices: [] };
}

function keyFields(content: JsonObject): { partitionKey: JsonObject; sortKey?: JsonObject; extra: JsonObject[] } | undefined {
  const schema = content.KeySchema;
  const definitions = content.AttributeDefinitions;
  if (!Array.isArray(schema) || !schema.length || schema.length > 2) return undefined;
  if (!Array.isArray(definitions) || !definitions.every(isPlainObject)) return undefined;
  const [hash, range] = schema;
  const isKey = (k: unknown, type: string) => isPlainObject(k) && typeof k.AttributeName === 'string' && k.KeyType === type && Object.keys(k).length === 2;
  if (!isKey(hash, 'HASH') || (range !== undefined && !isKey(range, 'RANGE'))) return undefined;
  const names = schema.map((k) => (k as JsonObject).AttributeName as string);
  // Derive writes the keys' definitions first, in key order: only that form maps back exactly.
  const head = definitions.slice(0, names.length);
  const typed = head.every((d, i) => d.AttributeName === names[i] && typeof d.AttributeType === 'string' && Object.keys(d).length === 2);
  if (head.length !== names.length || !typed) return undefined;
  const spec = (d: JsonObject) => ({ name: d.AttributeName as string, type: d.AttributeType as string });
  const partitionKey = spec(head[0]!);
  const sortKey = head[1] ? spec(head[1]) : undefined;
  if (!keySpec(partitionKey)) return undefined;
  return { partitionKey, sortKey, extra: definitions.slice(names.length) };
}

/** UpdateTimeToLive → the TTL attribute. Turning TTL off (Enabled false) removes it; other keys are not kept. */
function ttlData(table: DesignNode, content: JsonObject): Result {
  const spec = content.TimeToLiveSpecification;
  if (!isPlainObject(spec)) return { error: 'TimeToLiveSpecification must be an object with Enabled and AttributeName' };
  const data: JsonObject = { ...table.data };
  const notices: Notice[] = [];
  if (spec.Enabled === true && typeof spec.AttributeName === 'string' && spec.AttributeName) data.ttlAttribute = spec.AttributeName;
  else delete data.ttlAttribute;
  if (content.TableName !== undefined && content.TableName !== table.data.TableName) {
    notices.push({ level: 'info', message: 'The table name comes from the table’s own file; rename the table there.' });
  }
  const unknown = [...Object.keys(content).filter((k) => k !== 'TableName' && k !== 'TimeToLiveSpecification'), ...Object.keys(spec).filter((k) => k !== 'Enabled' && k !== 'AttributeName')];
  if (unknown.length) notices.push({ level: 'warning', message: `Not kept (not a TTL setting): ${unknown.join(', ')}` });
  return { data, notices };
}
