import { applyTable } from './apply.ts';
import { keySpec, tableArtifacts } from './derive.ts';
import { freshName, str } from '../names.ts';
import type { KindModule } from '../types.ts';

const KEY_TYPES = ['S', 'N', 'B'] as const;
const KEY_TYPE_HELP = 'S = string, N = number, B = binary.';

/** A DynamoDB table the tasks read items from or write items to. */
export const dynamodbTableKind: KindModule = {
  kind: 'dynamodb-table',
  label: 'DynamoDB table',
  group: 'Storage and data',
  icon: 'dynamodb-table',
  description:
    'An Amazon DynamoDB table. Connect a task definition to it to let the task read items (GetItem, Query, Scan, also on its indexes), write them (PutItem, UpdateItem, DeleteItem), or both: its task role gets exactly those actions on this table.',
  defaults: (design) => ({
    TableName: freshName(design, ['dynamodb-table'], 'TableName', 'app-table'),
    partitionKey: { name: 'pk', type: 'S' },
    BillingMode: 'PAY_PER_REQUEST',
  }),
  displayName: (node) => str(node.data.TableName, 'table'),
  facts: (node) => {
    const hash = keySpec(node.data.partitionKey);
    const range = keySpec(node.data.sortKey);
    const facts = [hash ? `key ${hash.name}${range ? ` + ${range.name}` : ''}` : 'no key'];
    facts.push(node.data.BillingMode === 'PROVISIONED' ? 'provisioned' : 'on demand');
    return facts;
  },
  fields: [
    { path: ['TableName'], label: 'Table name', type: 'text', help: '3–255 letters, digits, _, - and . (unique in the account and Region).' },
    { path: ['existing'], label: 'Already exists', type: 'boolean', help: 'The table exists outside this design: no files are generated for it, but connected task roles are still granted access to it by name.' },
    { path: ['partitionKey', 'name'], label: 'Partition key', type: 'text', help: 'The attribute every item is found by (its hash key). Required; cannot be changed later.' },
    { path: ['partitionKey', 'type'], label: 'Partition key type', type: 'select', options: KEY_TYPES, help: KEY_TYPE_HELP },
    { path: ['sortKey', 'name'], label: 'Sort key', type: 'text', help: 'Optional second key (range key): items with the same partition key are kept sorted by it and can be queried by range.' },
    { path: ['sortKey', 'type'], label: 'Sort key type', type: 'select', options: KEY_TYPES, help: KEY_TYPE_HELP },
    {
      path: ['BillingMode'],
      label: 'Billing mode',
      type: 'select',
      options: ['PAY_PER_REQUEST', 'PROVISIONED'],
      help: 'PAY_PER_REQUEST (on demand) bills per request; PROVISIONED needs read and write capacity units (ProvisionedThroughput in the file).',
    },
    { path: ['ttlAttribute'], label: 'TTL attribute', type: 'text', placeholder: 'expiresAt', help: 'Items expire at the epoch-seconds time in this attribute (an UpdateTimeToLive file). Empty: no TTL.' },
    {
      path: ['streamViewType'],
      label: 'Stream',
      type: 'select',
      options: ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'],
      help: 'Turn on DynamoDB Streams: what each change record holds. Empty: no stream.',
    },
    { path: ['DeletionProtectionEnabled'], label: 'Deletion protection', type: 'boolean', help: 'The table cannot be deleted until this is turned off.' },
    { path: ['Tags'], label: 'Tags', type: 'keyValue', keyNames: ['Key', 'Value'], help: 'Tags on the table (up to 50).' },
  ],
  accepts: [],
  derivation: { derive: tableArtifacts, apply: applyTable },
};
