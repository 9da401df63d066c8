import { api, GUIDE } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

const CREATE = api('efs', 'CreateFileSystem');

export const efsFileSystemExplanation: KindExplanation = {
  kind: 'efs-file-system',
  what: 'An Amazon EFS file system: shared, elastic NFS storage that many tasks in many zones can mount at once and that outlives every task.',
  why: 'It is how ECS tasks share files or keep state across restarts (uploads, content, caches) on Fargate as well as EC2, without managing disks.',
  ecs: 'ECS mounts the file system (or an access point of it) into the containers at task start through a mount target in the task’s zone, optionally with TLS and the task role for IAM authorisation.',
  doc: GUIDE.efsVolumes,
  fields: {
    name: {
      what: 'The file system’s name, also used as its creation token.',
      why: 'The creation token makes creating it idempotent: a repeated create with the same token returns the existing file system instead of a second one.',
      ecs: 'EFS stores the name as the Name tag; task definitions refer to the file system by its fs- id.',
      doc: CREATE,
    },
    performanceMode: {
      what: 'generalPurpose (lowest latency, suits almost everything) or maxIO (higher aggregate throughput for very parallel workloads at higher latency).',
      why: 'Elastic throughput requires generalPurpose, and the mode cannot be changed after creation.',
      ecs: 'EFS fixes the mode at creation; ECS mounts either kind the same way.',
      doc: CREATE,
    },
    throughputMode: {
      what: 'How throughput is provided: elastic (scales with use, paid per use), bursting (grows with stored data) or provisioned (a fixed rate you pay for).',
      why: 'Bursting file systems with little data run out of burst credits and become slow; elastic avoids that for spiky loads.',
      ecs: 'EFS applies the mode to all clients, including every task that mounts the file system.',
      doc: CREATE,
    },
    provisionedThroughputInMibps: {
      what: 'The throughput in MiB/s paid for in provisioned mode.',
      why: 'It guarantees throughput regardless of size; it is only valid, and required, with the provisioned mode.',
      ecs: 'EFS reserves the throughput for the file system; changes are limited to once a day when lowering it.',
      doc: CREATE,
    },
    encrypted: {
      what: 'Whether data is encrypted at rest with a KMS key.',
      why: 'Encryption at rest is usually a compliance requirement and it can only be chosen when the file system is created.',
      ecs: 'EFS encrypts transparently; tasks mount an encrypted file system like any other. Encryption in transit is a separate, per-volume TLS setting.',
      doc: CREATE,
    },
    kmsKeyId: {
      what: 'A customer managed KMS key for encryption at rest; empty means the AWS managed key for EFS.',
      why: 'Your own key lets you control and audit who can decrypt the data, and share it across accounts.',
      ecs: 'EFS uses the key for all data; the key policy must allow EFS to use it.',
      doc: CREATE,
    },
    fileSystemId: {
      what: 'The fs- id of a file system that exists already, to use instead of creating one.',
      why: 'Existing data lives in an existing file system; the task definitions in the design then mount that one.',
      ecs: 'No create call is made and the task definitions’ efsVolumeConfiguration gets this id.',
      doc: api('efs', 'DescribeFileSystems'),
    },
    accessPoints: {
      what: 'Access points: entry points into the file system with a root directory and a POSIX user and group enforced on every access.',
      why: 'An access point per application keeps apps in their own directories with their own owner, without sharing root access.',
      ecs: 'A task definition volume that names an access point mounts its directory as the root; access points require transit encryption (TLS) on the volume.',
      doc: api('efs', 'CreateAccessPoint'),
    },
    securityGroups: {
      what: 'Security groups of the mount targets besides the ones drawn; the mount targets are created in each connected subnet.',
      why: 'The tasks’ security group must be allowed in on NFS port 2049, or mounts time out and the tasks fail to start.',
      ecs: 'ECS mounts through the mount target in the task’s Availability Zone, so a zone without one cannot mount the file system.',
      doc: api('efs', 'CreateMountTarget'),
    },
    tags: {
      what: 'Key and value labels on the file system.',
      why: 'They assign storage cost to a team or project and can scope IAM policies.',
      ecs: 'EFS stores the tags on the file system; ECS does not read them.',
      doc: api('efs', 'TagResource'),
    },
  },
};
