import type { Artifact } from '../../model/artifact.ts';
import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../model/json.ts';
import { orderKeys } from '../../derive/canonical.ts';
import { type DeriveContext, safeSegment } from '../../derive/context.ts';
import { resourceName } from '../../derive/resource-arns.ts';

/** CreateTable members in the API reference's order. */
export const CREATE_TABLE_KEYS = [
  'AttributeDefinitions',
  'TableName',
  'KeySchema',
  'LocalSecondaryIndexes',
  'GlobalSecondaryIndexes',
  'BillingMode',
  'ProvisionedThroughput',
  'StreamSpecification',
  'SSESpecification',
  'Tags',
  'TableClass',
  'DeletionProtectionEnabled',
  'WarmThroughput',
  'ResourcePolicy',
  'OnDemandThroughput',
] as const;

/**
 * Node keys that are not CreateTable members: the keys as {name, type} (KeySchema and
 * their AttributeDefinitions are built from them), the stream view type (StreamSpecification)
 * and the TTL attribute (its own UpdateTimeToLive file).
 */
export const TABLE_MODEL_KEYS = ['partitionKey', 'sortKey', 'streamViewType', 'ttlAttribute'] as const;

export interface KeySpec {
  name: string;
  type: string;
}

export function keySpec(value: JsonValue | undefined): KeySpec | undefined {
  return isPlainObject(value) && typeof value.name === 'string' ? { name: value.name, type: typeof value.type === 'string' ? value.type : 'S' } : undefined;
}

/** The table's CreateTable input. AttributeDefinitions: the keys' first, then any the node holds (for indexes). */
export function tableContent(table: DesignNode): JsonObject {
  const { partitionKey, sortKey, streamViewType, ttlAttribute: _ttl, ...rest } = table.data;
  const content: JsonObject = { ...rest };
  const keys = [keySpec(partitionKey), keySpec(sortKey)];
  const [hash, range] = keys;
  if (hash) {
    const definitions: JsonObject[] = [];
    const schema: JsonObject[] = [{ AttributeName: hash.name, KeyType: 'HASH' }];
    definitions.push({ AttributeName: hash.name, AttributeType: hash.type });
    if (range) {
      schema.push({ AttributeName: range.name, KeyType: 'RANGE' });
      definitions.push({ AttributeName: range.name, AttributeType: range.type });
    }
    const extra = Array.isArray(rest.AttributeDefinitions) ? rest.AttributeDefinitions : [];
    content.AttributeDefinitions = [...definitions, ...extra];
    content.KeySchema = schema;
  }
  if (typeof streamViewType === 'string') content.StreamSpecification = { StreamEnabled: true, StreamViewType: streamViewType };
  return orderKeys(content, CREATE_TABLE_KEYS);
}

/** The UpdateTimeToLive input that turns on TTL, when the node names a TTL attribute. */
export function ttlContent(table: DesignNode): JsonObject | undefined {
  const attribute = table.data.ttlAttribute;
  if (typeof attribute !== 'string' || !attribute) return undefined;
  return { TableName: resourceName(table), TimeToLiveSpecification: { Enabled: true, AttributeName: attribute } };
}

export function tableArtifacts(table: DesignNode, _ctx: DeriveContext): Artifact[] {
  if (table.data.existing === true) return []; // only referenced: its ARN scopes task role statements
  const name = resourceName(table);
  const base = `dynamodb-tables/${safeSegment(table.data.TableName, table.id)}`;
  const artifacts: Artifact[] = [
    { path: `${base}.json`, type: 'dynamodb-table', nodeId: table.id, title: name, content: tableContent(table), owners: [{ pointer: '', nodeId: table.id }] },
  ];
  const ttl = ttlContent(table);
  if (ttl) artifacts.push({ path: `${base}.ttl.json`, type: 'dynamodb-ttl', nodeId: table.id, title: `${name} TTL`, content: ttl, owners: [{ pointer: '', nodeId: table.id }] });
  return artifacts;
}
