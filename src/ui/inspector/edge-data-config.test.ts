import { describe, expect, it } from 'vitest';
import { addNode, connect } from '../../core/commands/design-commands.ts';
import type { Design, NodeKind } from '../../core/model/design.ts';
import type { JsonObject } from '../../core/model/json.ts';
import { fargateWebSample } from '../../core/templates/fargate-web.ts';
import { edgeFields } from './edge-data.ts';

/** The sample with one node of `kind` connected from `from` (the container or the task definition). */
function connected(kind: NodeKind, from: NodeKind, data?: JsonObject): { design: Design; edgeId: string } {
  const sample = fargateWebSample();
  const added = addNode(sample, kind, { x: 0, y: 600 }, data);
  const linked = connect(added.design, sample.nodes.find((n) => n.kind === from)!.id, added.id!);
  if (!linked.ok) throw new Error(linked.reason);
  return { design: linked.design, edgeId: linked.id! };
}

const fieldsOf = ({ design, edgeId }: { design: Design; edgeId: string }) => edgeFields(design, design.edges.find((e) => e.id === edgeId)!);

describe('connection fields of secrets, parameters, repositories and file systems', () => {
  it('container → secret: variable (default shown), JSON key, version stage and id; → parameter: the variable only', () => {
    const secret = fieldsOf(connected('secret', 'container', { name: 'db-credentials' }));
    expect(secret.map((f) => f.path.join('.'))).toEqual(['variable', 'jsonKey', 'versionStage', 'versionId']);
    expect(secret[0]!.placeholder).toBe('DB_CREDENTIALS');
    expect(fieldsOf(connected('ssm-parameter', 'container')).map((f) => f.path.join('.'))).toEqual(['variable']);
  });

  it('container → repository: tag and digest', () => {
    expect(fieldsOf(connected('ecr-repository', 'container')).map((f) => f.label)).toEqual(['Tag', 'Digest']);
  });

  it('task definition → file system: volume, the file system’s access points to choose from, encryption, IAM, read-only', () => {
    const fields = fieldsOf(connected('efs-file-system', 'task-definition', { name: 'shared', accessPoints: [{ name: 'data' }, {}] }));
    expect(fields.map((f) => f.path.join('.'))).toEqual(['volumeName', 'accessPoint', 'rootDirectory', 'transitEncryption', 'iam', 'readOnly']);
    expect(fields[1]!.options).toEqual(['data', 'ap-2']);
  });
});
