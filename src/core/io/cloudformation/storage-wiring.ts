import type { Design } from '../../model/design.ts';
import { StorageImportState } from './storage-import.ts';
import { createFirst } from './storage-first.ts';
import { wireMessaging } from './messaging-wiring.ts';
import { wireMountsAndDiscovery } from './efs-discovery-wiring.ts';

/**
 * What the designer draws for template resources that name each other by ids it makes up
 * from its nodes, or that are connections and list entries of other nodes rather than files:
 *
 * - first (after the network, before the rest; storage-first.ts): EFS file systems and their
 *   access points (entries of the file system's list), and Cloud Map namespaces, so that what
 *   names them (a task definition's volume, a mount target, a Cloud Map service) gets their ids;
 * - later (once every node exists): an SNS subscription is the topic → queue connection, a
 *   queue policy the queue's Policy attribute unless the subscriptions give it, a bucket's
 *   EventBridge notifications its trigger of a rule, a table's TTL its TTL attribute
 *   (messaging-wiring.ts); a mount target the file system → subnet connection, a volume the
 *   task definition's mount, a Service Connect namespace and a Cloud Map service the ECS
 *   service's connection to its namespace (efs-discovery-wiring.ts).
 */

/** Created after the network, before the rest, in this order. */
export const STORAGE_FIRST: readonly string[] = ['AWS::EFS::FileSystem', 'AWS::EFS::AccessPoint', 'AWS::ServiceDiscovery::HttpNamespace', 'AWS::ServiceDiscovery::PrivateDnsNamespace', 'AWS::ServiceDiscovery::PublicDnsNamespace'];
/** Read once the nodes exist. */
export const STORAGE_LATER: readonly string[] = ['AWS::SNS::Subscription', 'AWS::SQS::QueuePolicy', 'AWS::EFS::MountTarget', 'AWS::ServiceDiscovery::Service'];

export type { Applied, MadeFirst, StorageWiringInput } from './storage-import.ts';

/** One template's import of these resources: its state, and the passes import-template.ts runs. */
export class StorageImport extends StorageImportState {
  /** Pass 1½: file systems, their access points and namespaces as nodes, their ids recorded for what names them. */
  first(design: Design): Design {
    return createFirst(this, design);
  }

  /** Pass 3: what is a connection or a setting of the nodes the import made. */
  later(design: Design): Design {
    return wireMountsAndDiscovery(this, wireMessaging(this, design));
  }
}
