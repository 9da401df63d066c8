import type { KindExplanation } from '../types.ts';
import {
  cloudmapNamespaceExplanation,
  internetGatewayExplanation,
  natGatewayExplanation,
  securityGroupExplanation,
  subnetExplanation,
  vpcExplanation,
} from './network.ts';
import { dynamodbTableExplanation, s3BucketExplanation, snsTopicExplanation, sqsQueueExplanation } from './data-stores.ts';

/** Explanations of the network kinds and the data stores tasks talk to (network.ts and data-stores.ts beside this one). */
export const NETWORK_KINDS: readonly KindExplanation[] = [
  vpcExplanation,
  subnetExplanation,
  securityGroupExplanation,
  internetGatewayExplanation,
  natGatewayExplanation,
  cloudmapNamespaceExplanation,
  s3BucketExplanation,
  dynamodbTableExplanation,
  sqsQueueExplanation,
  snsTopicExplanation,
];
