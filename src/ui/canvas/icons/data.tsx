import type { ReactNode } from 'react';

/** Icons of the data and messaging kinds (S3, DynamoDB, SQS, SNS) on the 24px grid of icons.tsx. */
export const DATA_ICONS: Record<string, ReactNode> = {
  // Object storage: a bucket.
  's3-bucket': (
    <>
      <ellipse cx="12" cy="6" rx="8" ry="2.5" />
      <path d="M4 6l1.8 12.2c.2 1.6 3 2.8 6.2 2.8s6-1.2 6.2-2.8L20 6" />
    </>
  ),
  // A table of items: stacked discs (a database).
  'dynamodb-table': (
    <>
      <ellipse cx="12" cy="5.5" rx="7" ry="2.5" />
      <path d="M5 5.5v13c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5v-13" />
      <path d="M5 12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5" />
    </>
  ),
  // Messages waiting in line.
  'sqs-queue': (
    <>
      <rect x="3" y="7" width="18" height="10" rx="2" />
      <path d="M7.5 10v4M12 10v4M16.5 10v4" />
    </>
  ),
  // One message fanned out: a broadcast.
  'sns-topic': (
    <>
      <circle cx="12" cy="12" r="2" />
      <path d="M8.5 8.5a5 5 0 0 0 0 7M15.5 8.5a5 5 0 0 1 0 7M5.6 5.6a9 9 0 0 0 0 12.8M18.4 5.6a9 9 0 0 1 0 12.8" />
    </>
  ),
};
