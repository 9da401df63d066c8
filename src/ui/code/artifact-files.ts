import { ARTIFACT_TYPES, type Artifact } from '../../core/model/artifact.ts';

/** Folder → heading in the file list, in the order a reader meets them. */
const FOLDERS: readonly (readonly [folder: string, label: string])[] = [
  ['task-definitions', 'Task definitions'],
  ['services', 'Services'],
  ['clusters', 'Clusters'],
  ['capacity-providers', 'Capacity providers'],
  ['ec2-launch-templates', 'EC2 launch templates'],
  ['ec2-auto-scaling-groups', 'Auto Scaling groups'],
  ['iam-roles', 'IAM roles'],
  ['load-balancers', 'Load balancers'],
  ['listeners', 'Listeners'],
  ['listener-rules', 'Listener rules'],
  ['target-groups', 'Target groups'],
  ['vpcs', 'VPCs'],
  ['subnets', 'Subnets'],
  ['internet-gateways', 'Internet gateways'],
  ['internet-gateway-attachments', 'Internet gateway attachments'],
  ['nat-gateways', 'NAT gateways'],
  ['route-tables', 'Route tables'],
  ['routes', 'Routes'],
  ['route-table-associations', 'Route table associations'],
  ['cloudmap-namespaces', 'Cloud Map namespaces'],
  ['cloudmap-services', 'Cloud Map services'],
  ['security-groups', 'Security groups'],
  ['security-group-ingress', 'Security group ingress'],
  ['s3-buckets', 'S3 buckets'],
  ['dynamodb-tables', 'DynamoDB tables'],
  ['sqs-queues', 'SQS queues'],
  ['sns-topics', 'SNS topics'],
  ['tasks', 'Standalone tasks (RunTask)'],
  ['eventbridge-rules', 'EventBridge rules'],
  ['schedules', 'EventBridge Scheduler schedules'],
  ['secrets', 'Secrets Manager secrets'],
  ['ssm-parameters', 'SSM parameters'],
  ['ecr-repositories', 'ECR repositories'],
  ['efs-file-systems', 'EFS file systems'],
  ['efs-access-points', 'EFS access points'],
  ['efs-mount-targets', 'EFS mount targets'],
  ['scalable-targets', 'Scalable targets'],
  ['scaling-policies', 'Scaling policies'],
  ['scheduled-actions', 'Scheduled actions'],
  ['alarms', 'CloudWatch alarms'],
  ['sns-subscriptions', 'SNS subscriptions'],
];

export interface FileGroup {
  folder: string;
  label: string;
  files: Artifact[];
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Artifacts grouped by folder: known folders in FOLDERS order, any other after them. */
export function groupByFolder(artifacts: readonly Artifact[]): FileGroup[] {
  const groups = new Map<string, Artifact[]>();
  for (const a of artifacts) {
    const folder = folderOf(a.path);
    const list = groups.get(folder);
    if (list) list.push(a);
    else groups.set(folder, [a]);
  }
  const known = FOLDERS.filter(([f]) => groups.has(f)).map(([folder, label]) => ({ folder, label, files: groups.get(folder)! }));
  const other = [...groups.keys()]
    .filter((f) => !FOLDERS.some(([k]) => k === f))
    .sort()
    .map((folder) => ({ folder, label: folder || 'Files', files: groups.get(folder)! }));
  return [...known, ...other];
}

/** The file shown first: the top of the file list (a task definition when there is one). */
export function firstFile(artifacts: readonly Artifact[]): string | undefined {
  return groupByFolder(artifacts)[0]?.files[0]?.path;
}

/** A place in a file: the file and the JSON pointer of the part to show. */
export interface FilePlace {
  path: string;
  pointer: string;
}

/**
 * The file (and part of it) that shows a node: its own artifact (staying on the current
 * file when the node has several, e.g. a load balancer's listener), else the artifact that
 * contains it (a container → its task definition at /containerDefinitions/N).
 */
export function fileForNode(artifacts: readonly Artifact[], nodeId: string, current?: string): FilePlace | undefined {
  const own = artifacts.filter((a) => a.nodeId === nodeId);
  if (own.length) {
    const keep = own.find((a) => a.path === current);
    if (keep) return { path: keep.path, pointer: '' };
    // Its own file before what it implies (a schedule's CreateSchedule before its generated role).
    const rank = (a: Artifact) => ARTIFACT_TYPES.indexOf(a.type) + (a.implied ? ARTIFACT_TYPES.length : 0);
    const first = [...own].sort((a, b) => rank(a) - rank(b))[0]!;
    return { path: first.path, pointer: '' };
  }
  const parts: FilePlace[] = [];
  for (const a of artifacts) {
    for (const owner of a.owners) if (owner.nodeId === nodeId && owner.pointer !== '') parts.push({ path: a.path, pointer: owner.pointer });
  }
  // The current file first, then the shallowest part (the container itself, not a reference to it).
  const depth = (p: FilePlace) => p.pointer.split('/').length;
  parts.sort((a, b) => Number(b.path === current) - Number(a.path === current) || depth(a) - depth(b));
  return parts[0];
}

/**
 * After an edit renamed a file (family or service name changed), the file that now shows
 * the same node as the same type of artifact.
 */
export function followFile(artifacts: readonly Artifact[], previous: Pick<Artifact, 'nodeId' | 'type'> & { path?: string }): string | undefined {
  const same = artifacts.filter((a) => a.nodeId === previous.nodeId && a.type === previous.type);
  if (same.length < 2 || previous.path === undefined) return same[0]?.path;
  // A node with several files of one type (scaling policies, listeners): the one whose path
  // is most like the old one, which is the file that was renamed while typing.
  const shared = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
  };
  return same.reduce((best, a) => (shared(a.path, previous.path!) > shared(best.path, previous.path!) ? a : best)).path;
}
