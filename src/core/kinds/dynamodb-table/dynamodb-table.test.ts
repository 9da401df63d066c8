import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { JsonObject } from '../../model/json.ts';
import { DesignBuilder, applied, contentAt, editedText } from '../../test-support/builders.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { applyFix, findings } from '../../validate/service-test-designs.ts';
import { dynamodbTableKind } from './kind.ts';
import { dynamodbTableRules } from './rules.ts';

const FILE = 'dynamodb-tables/app-table.json';
const tableDesign = (data?: JsonObject) => new DesignBuilder().add('t', 'dynamodb-table', data).build();

describe('DynamoDB table kind', () => {
  it('defaults: on demand, partition key pk (string)', () => {
    const design = tableDesign();
    expect(dynamodbTableKind.defaults(design).TableName).toBe('app-table-2');
    expect(contentAt(design, FILE)).toEqual({
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      TableName: 'app-table',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('derive: sort key, extra index attributes after the keys, stream, and TTL as its own UpdateTimeToLive file', () => {
    const design = tableDesign({
      TableName: 'orders',
      partitionKey: { name: 'customer', type: 'S' },
      sortKey: { name: 'at', type: 'N' },
      AttributeDefinitions: [{ AttributeName: 'status', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'by-status', KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
      BillingMode: 'PAY_PER_REQUEST',
      streamViewType: 'NEW_IMAGE',
      ttlAttribute: 'expires',
    });
    const table = contentAt(design, 'dynamodb-tables/orders.json');
    expect(table.AttributeDefinitions).toEqual([
      { AttributeName: 'customer', AttributeType: 'S' },
      { AttributeName: 'at', AttributeType: 'N' },
      { AttributeName: 'status', AttributeType: 'S' },
    ]);
    expect(table.KeySchema).toEqual([
      { AttributeName: 'customer', KeyType: 'HASH' },
      { AttributeName: 'at', KeyType: 'RANGE' },
    ]);
    expect(Object.keys(table)).toEqual(['AttributeDefinitions', 'TableName', 'KeySchema', 'GlobalSecondaryIndexes', 'BillingMode', 'StreamSpecification']);
    expect(table.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
    expect(contentAt(design, 'dynamodb-tables/orders.ttl.json')).toEqual({ TableName: 'orders', TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' } });
  });

  it('apply: unchanged files keep the design; edited keys, stream and TTL come back as written', () => {
    const design = tableDesign({ TableName: 'app-table', partitionKey: { name: 'pk', type: 'S' }, BillingMode: 'PAY_PER_REQUEST', ttlAttribute: 'exp' });
    for (const a of derive(design)) {
      const result = applyArtifactText(design, a.path, artifactText(a));
      expect(result.ok && result.design, a.path).toStrictEqual(design);
    }
    const text = editedText(design, FILE, (c) => {
      c.AttributeDefinitions = [
        { AttributeName: 'id', AttributeType: 'B' },
        { AttributeName: 'ts', AttributeType: 'N' },
      ];
      c.KeySchema = [
        { AttributeName: 'id', KeyType: 'HASH' },
        { AttributeName: 'ts', KeyType: 'RANGE' },
      ];
      c.StreamSpecification = { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' };
      c.TableClass = 'STANDARD_INFREQUENT_ACCESS';
    });
    const next = applied(design, FILE, text);
    expect(next.nodes[0]!.data).toMatchObject({ partitionKey: { name: 'id', type: 'B' }, sortKey: { name: 'ts', type: 'N' }, streamViewType: 'KEYS_ONLY', ttlAttribute: 'exp' });
    expect(contentAt(next, FILE)).toEqual(JSON.parse(text));
    // A key schema of another form (RANGE first) stays literal and comes back exactly.
    const odd = editedText(design, FILE, (c) => void (c.KeySchema = [{ AttributeName: 'pk', KeyType: 'RANGE' }]));
    expect(contentAt(applied(design, FILE, odd), FILE)).toEqual(JSON.parse(odd));
    // Turning TTL off in its file removes the attribute (and the file).
    const ttl = 'dynamodb-tables/app-table.ttl.json';
    const off = applied(design, ttl, editedText(design, ttl, (c) => void ((c.TimeToLiveSpecification as JsonObject).Enabled = false)));
    expect(off.nodes[0]!.data.ttlAttribute).toBeUndefined();
    expect(derive(off).some((a) => a.path === ttl)).toBe(false);
  });

  it.skipIf(!hasBotocore)(`botocore accepts CreateTable and UpdateTimeToLive${NO_BOTOCORE}`, () => {
    const design = tableDesign({
      TableName: 'orders',
      partitionKey: { name: 'customer', type: 'S' },
      sortKey: { name: 'at', type: 'N' },
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      streamViewType: 'NEW_AND_OLD_IMAGES',
      ttlAttribute: 'expires',
      Tags: [{ Key: 'team', Value: 'data' }],
    });
    expect(apiInputFailures(derive(design))).toEqual([]);
  }, 30_000);
});

describe('DynamoDB table rules', () => {
  const check = (data: JsonObject | undefined, id: string) => findings(dynamodbTableRules, tableDesign(data), id);

  it('the defaults report nothing', () => {
    expect(Object.keys(dynamodbTableRules.rules).flatMap((id) => check(undefined, id))).toEqual([]);
  });

  it('DDB-NAME: 3–255 of letters, digits, _ - .', () => {
    expect(check({ TableName: 'ab', partitionKey: { name: 'pk', type: 'S' }, BillingMode: 'PAY_PER_REQUEST' }, 'DDB-NAME')).toMatchObject([{ severity: 'error', pointer: '/TableName' }]);
    expect(check({ TableName: 'my table', partitionKey: { name: 'pk', type: 'S' }, BillingMode: 'PAY_PER_REQUEST' }, 'DDB-NAME')).toHaveLength(1);
  });

  it('DDB-KEY: a table without a partition key is an error', () => {
    expect(check({ TableName: 'orders', BillingMode: 'PAY_PER_REQUEST' }, 'DDB-KEY')).toMatchObject([{ severity: 'error', pointer: '/KeySchema' }]);
  });

  it('DDB-THROUGHPUT: provisioned without capacity, and on demand with it; no billing mode gets the on-demand fix', () => {
    expect(check({ TableName: 'orders', partitionKey: { name: 'pk', type: 'S' }, BillingMode: 'PROVISIONED' }, 'DDB-THROUGHPUT')).toMatchObject([{ pointer: '/BillingMode' }]);
    const onDemand = check({ TableName: 'orders', partitionKey: { name: 'pk', type: 'S' }, BillingMode: 'PAY_PER_REQUEST', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }, 'DDB-THROUGHPUT');
    expect(onDemand).toMatchObject([{ pointer: '/ProvisionedThroughput' }]);
    const design = tableDesign({ TableName: 'orders', partitionKey: { name: 'pk', type: 'S' } });
    const [problem] = findings(dynamodbTableRules, design, 'DDB-THROUGHPUT');
    expect(findings(dynamodbTableRules, applyFix(problem, design), 'DDB-THROUGHPUT')).toEqual([]);
  });
});
