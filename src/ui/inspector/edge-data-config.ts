import type { DesignEdge } from '../../core/model/design.ts';
import type { DesignIndex } from '../../core/model/graph.ts';
import { variableNameFor } from '../../core/kinds/api-fields.ts';
import { accessPointName, accessPointsOf } from '../../core/kinds/efs-file-system/derive.ts';
import { textOf } from '../../core/model/text.ts';
import type { EdgeField } from './edge-field.ts';

/** container → secret / parameter: the variable it fills and, for a secret, which part of it. */
export function secretReferenceFields(edge: DesignEdge, index: DesignIndex): EdgeField[] {
  const target = index.node(edge.target);
  const fields: EdgeField[] = [
    {
      path: ['variable'],
      label: 'Variable name',
      type: 'text',
      placeholder: variableNameFor(textOf(target?.data.name ?? 'SECRET')),
      help: 'The environment variable the container sees. Empty: the secret’s name in upper case.',
    },
  ];
  if (target?.kind === 'secret') {
    fields.push(
      { path: ['jsonKey'], label: 'JSON key', type: 'text', placeholder: 'whole secret', help: 'Take one key of a JSON secret (needs Fargate platform 1.4.0 or ECS agent 1.37.0). Empty: the whole secret value.' },
      { path: ['versionStage'], label: 'Version stage', type: 'text', placeholder: 'AWSCURRENT', help: 'Staging label of the version to read, e.g. AWSPREVIOUS. Empty: the current version.' },
      { path: ['versionId'], label: 'Version id', type: 'text', help: 'A version id to pin (instead of a stage).' },
    );
  }
  return fields;
}

/** container → repository: which image of the repository. */
export function imagePullFields(): EdgeField[] {
  return [
    { path: ['tag'], label: 'Tag', type: 'text', placeholder: 'latest', help: 'Image tag to run, e.g. 1.4.2. Avoid latest: a new push changes what new tasks run.' },
    { path: ['digest'], label: 'Digest', type: 'text', placeholder: 'sha256:…', help: 'Pin one image by digest; wins over the tag.' },
  ];
}

/** task definition → file system: the volume and how it is mounted. */
export function fileSystemMountFields(edge: DesignEdge, index: DesignIndex): EdgeField[] {
  const fs = index.node(edge.target);
  const accessPoints = fs ? accessPointsOf(fs).map((ap, i) => accessPointName(ap, i)) : [];
  return [
    { path: ['volumeName'], label: 'Volume name', type: 'text', placeholder: textOf(fs?.data.name ?? ''), help: 'Name containers use in mountPoints[].sourceVolume. Empty: the file system’s name.' },
    { path: ['accessPoint'], label: 'Access point', type: 'select', options: accessPoints, emptyLabel: '(none)', help: 'Mount through one of the file system’s access points (its path and POSIX user apply). Needs encryption in transit.' },
    { path: ['rootDirectory'], label: 'Root directory', type: 'text', placeholder: '/', help: 'Directory of the file system to mount. Must be / or empty with an access point.' },
    { path: ['transitEncryption'], label: 'Encryption in transit', type: 'select', options: ['ENABLED', 'DISABLED'], emptyLabel: '(ENABLED when needed)', help: 'TLS between the task and EFS; access points and IAM authorization require it, so it is on for them unless set here.' },
    { path: ['iam'], label: 'IAM authorization', type: 'select', options: ['ENABLED', 'DISABLED'], emptyLabel: '(DISABLED)', help: 'Mount with the task role; the task role then gets elasticfilesystem:ClientMount (and ClientWrite) on this file system.' },
    { path: ['readOnly'], label: 'Read-only access', type: 'boolean', help: 'With IAM authorization: grant ClientMount only, not ClientWrite.' },
  ];
}
