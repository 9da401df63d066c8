import { describe, expect, it } from 'vitest';
import { artifactText, derive } from '../derive/index.ts';
import { emptyDesign } from '../model/design.ts';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { detectDocuments } from './detect.ts';
import { importFiles } from './import.ts';

const TD_ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3';

const registerInput = {
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'web', image: 'nginx:1.27', essential: true }],
};

const describeTaskDefinition = {
  taskDefinition: {
    taskDefinitionArn: TD_ARN,
    ...registerInput,
    revision: 3,
    status: 'ACTIVE',
    requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }],
    compatibilities: ['EC2', 'FARGATE'],
    registeredAt: '2026-01-02T03:04:05.000Z',
    registeredBy: 'arn:aws:iam::123456789012:user/me',
  },
  tags: [{ key: 'team', value: 'web' }],
};

const describedService = {
  serviceArn: 'arn:aws:ecs:us-east-1:123456789012:service/prod/web',
  serviceName: 'web',
  clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod',
  taskDefinition: TD_ARN,
  desiredCount: 2,
  runningCount: 2,
  pendingCount: 0,
  status: 'ACTIVE',
  launchType: 'FARGATE',
  deployments: [],
  events: [],
  createdAt: '2026-01-02T03:04:05.000Z',
  platformFamily: 'Linux',
};

describe('io/detect', () => {
  it('describe-task-definition output: read-only fields dropped and listed, tags beside it moved in', () => {
    const result = detectDocuments(describeTaskDefinition);
    expect(result).toEqual({
      ok: true,
      documents: [
        {
          kind: 'task-definition',
          pointer: '/taskDefinition',
          content: { ...registerInput, tags: [{ key: 'team', value: 'web' }] },
          dropped: ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities', 'registeredAt', 'registeredBy'],
        },
      ],
    });
  });

  it('a RegisterTaskDefinition input is a task definition with nothing dropped', () => {
    expect(detectDocuments(registerInput)).toEqual({
      ok: true,
      documents: [{ kind: 'task-definition', pointer: '', content: registerInput, dropped: [] }],
    });
  });

  it('describe-services output: each service, read-only fields dropped, clusterArn becomes cluster as it is', () => {
    const result = detectDocuments({ services: [describedService, { ...describedService, serviceName: 'api' }], failures: [] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.documents.map((d) => d.pointer)).toEqual(['/services/0', '/services/1']);
    expect(result.documents[0]).toEqual({
      kind: 'service',
      pointer: '/services/0',
      content: { serviceName: 'web', taskDefinition: TD_ARN, desiredCount: 2, launchType: 'FARGATE', cluster: describedService.clusterArn },
      dropped: ['serviceArn', 'runningCount', 'pendingCount', 'status', 'deployments', 'events', 'createdAt', 'platformFamily'],
    });
  });

  it('create-service output ({service}) is a described service', () => {
    const result = detectDocuments({ service: describedService });
    expect(result.ok && result.documents[0]!.pointer).toBe('/service');
    expect(result.ok && result.documents[0]!.content.cluster).toBe(describedService.clusterArn);
  });

  it('a CreateService input is a service with nothing dropped', () => {
    const input = { cluster: 'prod', serviceName: 'web', taskDefinition: 'web:3', desiredCount: 1 };
    expect(detectDocuments(input)).toEqual({ ok: true, documents: [{ kind: 'service', pointer: '', content: input, dropped: [] }] });
  });

  it('a CreateCluster input is a cluster', () => {
    expect(detectDocuments({ clusterName: 'prod' })).toEqual({
      ok: true,
      documents: [{ kind: 'cluster', pointer: '', content: { clusterName: 'prod' }, dropped: [] }],
    });
  });

  it('a CreateCapacityProvider input with an Auto Scaling group is a capacity provider', () => {
    const input = { name: 'asg-cp', autoScalingGroupProvider: { autoScalingGroupArn: 'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:1:autoScalingGroupName/asg' } };
    expect(detectDocuments(input)).toEqual({ ok: true, documents: [{ kind: 'capacity-provider', pointer: '', content: input, dropped: [] }] });
  });

  it('refuses lists, strings, null and unknown objects with a reason', () => {
    expect(detectDocuments([registerInput])).toEqual({ ok: false, error: 'expected a JSON object, found a list' });
    expect(detectDocuments('web')).toEqual({ ok: false, error: 'expected a JSON object, found string' });
    expect(detectDocuments(null)).toEqual({ ok: false, error: 'expected a JSON object, found null' });
    const unknown = detectDocuments({ hello: 'world' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toMatch(/not a task definition, service or cluster/);
    expect(detectDocuments({ services: [] })).toEqual({ ok: false, error: 'the "services" list is empty' });
    expect(detectDocuments({ services: ['web'] })).toEqual({ ok: false, error: 'every entry of "services" must be an object' });
  });
});

describe('io/import', () => {
  it('errors name the file; the design is unchanged (all or nothing)', () => {
    const design = emptyDesign();
    const cases: Array<[string, RegExp]> = [
      ['{ "family": ', /^not valid JSON: .* at line 1, column \d+$/],
      ['[1, 2]', /found a list/],
      ['"just a string"', /found string/],
      ['{"hello": "world"}', /not a task definition, service or cluster/],
    ];
    for (const [text, error] of cases) {
      const result = importFiles(design, [
        { name: 'good.json', text: JSON.stringify(registerInput) },
        { name: 'bad.json', text },
      ]);
      expect(result.ok, text).toBe(false);
      if (result.ok) continue;
      expect(result.file).toBe('bad.json');
      expect(result.error).toMatch(error);
    }
    expect(design).toEqual(emptyDesign());
  });

  it('describe-task-definition: dropped read-only fields and nulls are reported as notices on that file', () => {
    const withNull = structuredClone(describeTaskDefinition) as Record<string, unknown> & { taskDefinition: Record<string, unknown> };
    withNull.taskDefinition.pidMode = null;
    (withNull.taskDefinition.containerDefinitions as Array<Record<string, unknown>>)[0]!.command = null;
    const result = importFiles(emptyDesign(), [{ name: 'td.json', text: JSON.stringify(withNull) }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const messages = result.notices.map((n) => `${n.file} ${n.pointer} ${n.message}`);
    expect(messages).toContain('td.json /taskDefinition/revision Dropped read-only field revision');
    expect(messages).toContain('td.json /taskDefinition/pidMode Dropped null value at /taskDefinition/pidMode');
    expect(messages).toContain('td.json /taskDefinition/containerDefinitions/0/command Dropped null value at /taskDefinition/containerDefinitions/0/command');
    const td = derive(result.design).find((a) => a.type === 'task-definition')!;
    expect(td.content).toEqual({ ...registerInput, tags: [{ key: 'team', value: 'web' }] });
    expect(artifactText(td)).not.toContain('null');
  });

  it('imports task definitions before the services that name them, so family:revision links', () => {
    const service = { cluster: 'prod', serviceName: 'web', taskDefinition: 'web:3', desiredCount: 1 };
    const result = importFiles(emptyDesign(), [
      { name: 'service.json', text: JSON.stringify(service) },
      { name: 'td.json', text: JSON.stringify(registerInput) },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [tdId, serviceId] = result.nodeIds;
    expect(result.design.edges.filter((e) => e.kind === 'uses')).toEqual([expect.objectContaining({ kind: 'uses', source: serviceId, target: tdId, data: { revision: 3 } })]);
    const exported = derive(result.design).find((a) => a.type === 'service')!.content;
    expect(exported).toEqual(service);
  });

  it('a capacity provider is imported as EC2 capacity before the cluster that names it, which then links to it', () => {
    const provider = {
      name: 'asg-cp',
      autoScalingGroupProvider: {
        autoScalingGroupArn: 'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:1:autoScalingGroupName/asg',
        managedScaling: { status: 'ENABLED', targetCapacity: 80 },
      },
    };
    const cluster = { clusterName: 'prod', capacityProviders: ['asg-cp'], defaultCapacityProviderStrategy: [{ capacityProvider: 'asg-cp', weight: 1 }] };
    const result = importFiles(emptyDesign(), [
      { name: 'cluster.json', text: JSON.stringify(cluster) },
      { name: 'cp.json', text: JSON.stringify(provider) },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [cpId, clusterId] = result.nodeIds;
    expect(result.design.nodes.find((n) => n.id === cpId)!.kind).toBe('capacity-ec2');
    expect(result.design.edges).toEqual([expect.objectContaining({ kind: 'in-cluster', source: cpId, target: clusterId, data: { defaultStrategy: { weight: 1 } } })]);
    expect(result.design.nodes.find((n) => n.id === clusterId)!.data).toEqual({ clusterName: 'prod' });
    const artifacts = derive(result.design);
    expect(artifacts.find((a) => a.type === 'cluster')!.content).toEqual(cluster);
    expect(artifacts.find((a) => a.type === 'capacity-provider')!.content).toEqual(provider);
  });

  it('imports into an existing design without touching what is there', () => {
    const sample = fargateWebSample();
    const result = importFiles(sample, [{ name: 'td.json', text: JSON.stringify({ ...registerInput, family: 'imported' }) }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.nodes.slice(0, sample.nodes.length)).toEqual(sample.nodes);
    expect(result.design.edges.slice(0, sample.edges.length)).toEqual(sample.edges);
  });
});

describe('hostile keys', () => {
  it('a __proto__ key is left out and reported, and no prototype is touched', () => {
    const text = '{"family":"x","containerDefinitions":[{"name":"a","image":"nginx:1.27","dockerLabels":{"__proto__":{"polluted":true},"ok":"1"}}]}';
    const result = importFiles(emptyDesign(), [{ name: 'td.json', text }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notices).toContainEqual(expect.objectContaining({ level: 'warning', file: 'td.json', pointer: '/containerDefinitions/0/dockerLabels/__proto__' }));
    const container = result.design.nodes.find((n) => n.kind === 'container')!;
    expect(container.data.dockerLabels).toEqual({ ok: '1' });
    expect(Object.getPrototypeOf(container.data.dockerLabels)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
