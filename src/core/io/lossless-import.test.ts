import { describe, expect, it } from 'vitest';
import { derive } from '../derive/index.ts';
import { emptyDesign } from '../model/design.ts';
import type { JsonObject } from '../model/json.ts';
import { parseDesign } from '../model/migrate.ts';
import { exportedContent as exported, fileJson as json, fixtureFile as fixture, importOrThrow as imported } from '../test-support/import-export.ts';
import { validate } from '../validate/index.ts';
import { detectDocuments } from './detect.ts';
import { importFiles } from './import.ts';

/**
 * Issue 8, "Lossless import still drops data": each field a user lost on real files, with
 * a fixture of that shape (fixtures/ecs) imported and exported again. The expected values
 * are written out here from the files, not computed by the importer's tables.
 */
describe('describe-task-definition --include TAGS: the tags beside the definition', () => {
  const file = fixture('describe/describe-task-definition-include-tags.json');
  const tags = [
    { key: 'team', value: 'orders' },
    { key: 'cost-center', value: 'cc-4711' },
    { key: 'data-classification', value: '' },
  ];

  it('are exported as the RegisterTaskDefinition tags', () => {
    const { design, nodeIds } = imported([file]);
    const [td] = exported(design, nodeIds);
    expect(td!.tags).toEqual(tags);
    expect(td!.family).toBe('orders-worker');
  });

  it('are kept when the definition carries an empty or null tags list of its own', () => {
    for (const own of [[], null]) {
      const doc = json(file);
      (doc.taskDefinition as JsonObject).tags = own;
      const { design, nodeIds } = imported([{ name: 'td.json', text: JSON.stringify(doc) }]);
      expect(exported(design, nodeIds)[0]!.tags, JSON.stringify(own)).toEqual(tags);
    }
  });

  it('are merged with tags of its own by key; a key given twice keeps the definition’s value and says which was left out', () => {
    const doc = json(file);
    (doc.taskDefinition as JsonObject).tags = [{ key: 'team', value: 'payments' }, { key: 'tier', value: 'backend' }];
    const result = imported([{ name: 'td.json', text: JSON.stringify(doc) }]);
    expect(exported(result.design, result.nodeIds)[0]!.tags).toEqual([
      { key: 'team', value: 'payments' },
      { key: 'tier', value: 'backend' },
      { key: 'cost-center', value: 'cc-4711' },
      { key: 'data-classification', value: '' },
    ]);
    expect(result.notices).toContainEqual(
      expect.objectContaining({ level: 'warning', file: 'td.json', pointer: '/tags/0', message: expect.stringContaining('"value":"orders"') }),
    );
  });
});

describe('describe-services: clusterArn and roleArn', () => {
  const file = fixture('describe/describe-services-ec2-role-arns.json');
  const [legacy, awsvpc] = json(file).services as JsonObject[];

  it('the cluster is exported as the ARN describe printed, not cut down to a name', () => {
    const { design, nodeIds } = imported([file]);
    const out = exported(design, nodeIds);
    expect(out.map((s) => s.cluster)).toEqual([legacy!.clusterArn, awsvpc!.clusterArn]);
    expect(out.every((s) => s.clusterArn === undefined && s.roleArn === undefined)).toBe(true);
  });

  it('a legacy service role comes back as CreateService role, and is not reported as dropped', () => {
    const result = imported([file]);
    expect(exported(result.design, result.nodeIds)[0]!.role).toBe('arn:aws:iam::123456789012:role/ecsServiceRole');
    const dropped = result.notices.filter((n) => n.message.startsWith('Dropped read-only field')).map((n) => n.pointer);
    expect(dropped).toContain('/services/0/serviceArn');
    expect(dropped).not.toContain('/services/0/roleArn');
    expect(dropped).not.toContain('/services/0/clusterArn');
  });

  it('the service-linked role is left out (ECS uses it by itself; awsvpc services must not be given it), with a notice that says so', () => {
    const result = imported([file]);
    const out = exported(result.design, result.nodeIds)[1]!;
    expect(out.role).toBeUndefined();
    expect(out.networkConfiguration).toEqual(awsvpc!.networkConfiguration);
    const notice = result.notices.find((n) => n.pointer === '/services/1/roleArn');
    expect(notice).toMatchObject({ level: 'info', file: file.name });
    expect(notice!.message).toContain('AWSServiceRoleForECS');
    expect(notice!.message).toMatch(/service-linked role/);
  });

  it('a single described service pasted without serviceArn is still unwrapped', () => {
    const { serviceArn: _arn, ...bare } = legacy!;
    const detected = detectDocuments(bare);
    expect(detected.ok && detected.documents[0]!.content).toMatchObject({ cluster: legacy!.clusterArn, role: legacy!.roleArn });
    expect(detected.ok && detected.documents[0]!.content.clusterArn).toBeUndefined();
  });
});

describe('a CreateService file without serviceName (CodeDeploy pipelines)', () => {
  const file = fixture('services/codedeploy-pipeline-without-name.json');

  it('is imported as a service called after its file, with a warning, and exported exactly as it was', () => {
    const result = imported([file]);
    const node = result.design.nodes.find((n) => n.id === result.nodeIds[0])!;
    expect(node.kind).toBe('service');
    expect(node.label).toBe('codedeploy-pipeline-without-name');
    expect(node.data.serviceName).toBeUndefined();
    expect(result.notices).toContainEqual(expect.objectContaining({ level: 'warning', file: file.name, pointer: '/serviceName' }));
    const artifact = derive(result.design).find((a) => a.nodeId === node.id)!;
    expect(artifact.content).toEqual(json(file));
    expect(artifact.path).toBe('services/codedeploy-pipeline-without-name.json');
  });

  it('the missing name is an SVC-REQ warning (not an error) whose fix names it after the file; the label survives saving', () => {
    const result = imported([file]);
    const required = validate(result.design).filter((p) => p.ruleId === 'SVC-REQ');
    expect(required).toEqual([expect.objectContaining({ severity: 'warning', pointer: '/serviceName', artifactPath: 'services/codedeploy-pipeline-without-name.json' })]);
    const fixed = required[0]!.fix!.apply(result.design);
    expect(exported(fixed, result.nodeIds)[0]!.serviceName).toBe('codedeploy-pipeline-without-name');
    const reread = parseDesign(JSON.parse(JSON.stringify(result.design)));
    expect(reread.ok && reread.design.nodes[0]!.label).toBe('codedeploy-pipeline-without-name');
  });

  it('takes a name given on import, and only then exports a serviceName', () => {
    const result = imported([file], { serviceName: 'orders-api' });
    expect(exported(result.design, result.nodeIds)[0]).toEqual({ ...json(file), serviceName: 'orders-api' });
    expect(result.notices.some((n) => n.level === 'warning' && n.pointer === '/serviceName')).toBe(false);
  });

  it('a name given on import with no unnamed service, or with two, is refused rather than guessed', () => {
    const named = fixture('services/fargate-alb.json');
    const none = importFiles(emptyDesign(), [named], undefined, { serviceName: 'x' });
    expect(none).toMatchObject({ ok: false, file: named.name });
    const copy = { ...file, name: 'other/pipeline.json' };
    const two = importFiles(emptyDesign(), [file, copy], undefined, { serviceName: 'x' });
    expect(two).toMatchObject({ ok: false, file: `${file.name}, ${copy.name}` });
    if (!two.ok) expect(two.error).toMatch(/2 services have no serviceName/);
  });

  it('RunTask and CreateTaskSet inputs, or a bare taskDefinition, are not taken for services', () => {
    const runTask = { cluster: 'orders-prod', taskDefinition: 'orders-api:42', count: 1, launchType: 'FARGATE' };
    const taskSet = { service: 'orders-api', cluster: 'orders-prod', taskDefinition: 'orders-api:42', externalId: 'x' };
    for (const input of [runTask, taskSet]) {
      const detected = detectDocuments(input);
      expect(detected.ok).toBe(false);
      if (!detected.ok) expect(detected.error).toMatch(/not a task definition, service or cluster \(not a service: it has .*RunTask/);
    }
    const bare = detectDocuments({ taskDefinition: 'orders-api:42' });
    expect(!bare.ok && bare.error).toMatch(/no service field/);
  });
});
