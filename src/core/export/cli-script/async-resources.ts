import { direct, hole, type Builder, type CliCall } from './calls.ts';

/**
 * Calls of the resources AWS finishes in the background or reports on in the answer's
 * body, not its status: EFS file systems, access points and mount targets (created
 * `creating`, usable once `available`; `aws efs` has no waiter), Cloud Map namespaces
 * (the create call only starts an operation; the namespace id comes with its success)
 * and EventBridge targets (PutTargets answers 200 with the entries it could not add).
 */

/** A describe call repeated until the resource's LifeCycleState is `available` (EFS's failed state is `error`). */
function efsAvailable(operation: string, input: Record<string, unknown>, list: string, title: string): CliCall {
  return { service: 'efs', operation, input, expect: { query: `${list}[0].LifeCycleState`, want: 'available', fail: 'error', wait: true }, title };
}

/**
 * CreateFileSystem, then a wait until it is available: access points and mount targets
 * are refused on a file system that is still being created.
 */
export const efsFileSystem: Builder = (artifact, x) => {
  const calls = direct(artifact, x);
  const fs = x.resourcesOf(artifact)[0];
  if (fs) calls.push(efsAvailable('describe-file-systems', { FileSystemId: hole(x.variable(fs, 'id')) }, 'FileSystems', artifact.path));
  return calls;
};

/** CreateAccessPoint, then a wait until it is available (a task mounting it before then fails to start). */
export const efsAccessPoint: Builder = (artifact, x) => {
  const calls = direct(artifact, x);
  const ap = x.resourcesOf(artifact)[0];
  if (ap) calls.push(efsAvailable('describe-access-points', { AccessPointId: hole(x.variable(ap, 'id')) }, 'AccessPoints', artifact.path));
  return calls;
};

/** CreateMountTarget, then a wait until it is available (tasks reach the file system only through it). */
export const efsMountTarget: Builder = (artifact, x) => {
  const calls = direct(artifact, x);
  const mt = x.resourcesOf(artifact)[0];
  if (mt) calls.push(efsAvailable('describe-mount-targets', { MountTargetId: hole(x.variable(mt, 'id')) }, 'MountTargets', artifact.path));
  return calls;
};

/**
 * A Cloud Map namespace: the create call (HTTP, private or public DNS, as ARTIFACT_API
 * names it) answers an OperationId; GetOperation is polled until SUCCESS (FAIL stops the
 * script with the operation's error message), its NAMESPACE target is the namespace id
 * (which Cloud Map services name), and GetNamespace gives the ARN (which Service Connect
 * settings name the namespace by, in place of the name the files use).
 */
export const cloudMapNamespace: Builder = (artifact, x) => {
  const ns = x.resourcesOf(artifact)[0];
  const [create] = direct(artifact, x);
  if (!ns) return [create!];
  // No resource kind ends in `Operation`, so this cannot meet another resource's variable.
  const operationId = `${ns.logicalName}OperationId`;
  const id = x.variable(ns, 'id');
  const title = artifact.path;
  const getOperation = { service: 'servicediscovery', operation: 'get-operation', input: { OperationId: hole(operationId) }, title };
  return [
    { ...create!, capture: { variables: [operationId], query: 'OperationId' } },
    { ...getOperation, expect: { query: 'Operation.[Status, ErrorMessage]', want: 'SUCCESS', fail: 'FAIL', wait: true } },
    { ...getOperation, capture: { variables: [id], query: 'Operation.Targets.NAMESPACE' } },
    { service: 'servicediscovery', operation: 'get-namespace', input: { Id: hole(id) }, capture: { variables: [x.variable(ns, 'arn')], query: 'Namespace.Arn' }, title },
  ];
};

/**
 * PutTargets: the answer lists the targets EventBridge refused (a bad role or parameters)
 * with status 200, so the script checks that none failed and shows the first error.
 */
export const eventsTargets: Builder = (artifact, x) =>
  direct(artifact, x).map((call) => ({ ...call, expect: { query: '[FailedEntryCount, FailedEntries[0].ErrorMessage]', want: '0', wait: false } }));
