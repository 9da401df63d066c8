import { describe, expect, it } from 'vitest';
import { artifactText, derive } from '../derive/index.ts';
import { serviceConnectDesign } from '../kinds/cloudmap-namespace/test-designs.ts';
import { twoZoneNetwork } from '../kinds/network.test-designs.ts';
import { scaledSample } from '../kinds/service-scaling/test-designs.ts';
import { emptyDesign, type Design, type NodeKind } from '../model/design.ts';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { ec2Design, sample, TestDesign } from '../validate/service-test-designs.ts';
import { detectResource } from './detect-resource.ts';
import { importFiles } from './import.ts';

/** What `ecs-designer export` writes: every file under its folder. */
const exported = (design: Design) => derive(design).map((a) => ({ name: `out/${a.path}`, text: artifactText(a) }));
const files = (design: Design) => Object.fromEntries(derive(design).map((a) => [a.path, a.content]));

function importFolder(design: Design) {
  const result = importFiles(emptyDesign('imported'), exported(design));
  if (!result.ok) throw new Error(`${result.file}: ${result.error}`);
  return result;
}

function blueGreenSample(): Design {
  const t = sample();
  const service = t.first('service');
  t.set(service, 'deploymentConfiguration', { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 });
  t.link(t.add('role-infrastructure', { roleName: 'ecsInfrastructureRole' }), service);
  return t.design;
}

function resources(): Design {
  const t = new TestDesign();
  const kinds: NodeKind[] = ['sqs-queue', 'sns-topic', 's3-bucket', 'dynamodb-table', 'secret', 'ssm-parameter', 'ecr-repository', 'efs-file-system', 'vpc', 'security-group'];
  for (const kind of kinds) t.add(kind);
  return t.design;
}

describe('import of an exported folder gives back an equivalent design (same files)', () => {
  it.each([
    ['the Fargate web sample (roles, ALB, listener, target group, route)', fargateWebSample],
    ['the sample deploying blue/green (alternate target group, production rule)', blueGreenSample],
    ['queue, topic, bucket and its settings, table, secret, parameter, repository, file system, VPC, security group', resources],
    ['EC2 capacity (capacity provider, launch template, Auto Scaling group, instance role)', () => ec2Design().design],
    ['Service Connect (namespaces, the services calling each other)', () => serviceConnectDesign().build()],
    ['service auto scaling (scalable target, policy)', () => scaledSample().t.design],
  ])('%s', (_, make) => {
    const design = make();
    const result = importFolder(design);
    expect(result.notices.filter((n) => n.level === 'warning')).toEqual([]);
    expect(files(result.design)).toEqual(files(design));
  });

  it('a design whose files do not say everything (routing, group openings) imports what they say and warns about the rest, without failing', () => {
    const design = twoZoneNetwork().build();
    const result = importFolder(design);
    const kinds = (d: Design) => d.nodes.map((n) => n.kind).sort();
    expect(kinds(result.design)).toEqual(kinds(design));
    const warned = result.notices.filter((n) => n.level === 'warning').map((n) => n.file);
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.every((f) => /^out\/(internet-gateway-attachments|route-tables|routes|route-table-associations|security-group-ingress)\//.test(f ?? ''))).toBe(true);
  });

  it('a file that is no API input the designer knows is an error naming it; the design is unchanged', () => {
    const design = emptyDesign();
    const result = importFiles(design, [...exported(fargateWebSample()), { name: 'out/notes/readme.json', text: '{"hello": "world"}' }]);
    expect(result).toMatchObject({ ok: false, file: 'out/notes/readme.json', error: expect.stringMatching(/not a task definition, service or cluster/) });
    expect(design).toEqual(emptyDesign());
  });

  it('a file that belongs to something not imported (a target group without its load balancer) is a warning', () => {
    const [tg] = exported(fargateWebSample()).filter((f) => f.name.startsWith('out/target-groups/'));
    const result = importFiles(emptyDesign(), [tg!]);
    expect(result).toMatchObject({ ok: true, notices: [{ level: 'warning', file: tg!.name, message: expect.stringMatching(/CreateTargetGroup/) }] });
  });
});

describe('io/detect-resource', () => {
  it('tells inputs with the same members apart by their folder (CreateTopic and CreateSecret both take just a Name)', () => {
    expect(detectResource({ Name: 'orders' }, 'out/sns-topics/orders.json')?.kind).toBe('sns-topic');
    expect(detectResource({ Name: 'orders' }, 'out/secrets/orders.json')?.kind).toBe('secret');
    expect(detectResource({ Name: 'orders' }, 'orders.json')).toBeUndefined();
    expect(detectResource({ Name: 'db', SecretString: 'x' }, 'db.json')?.kind).toBe('secret');
  });

  it('recognises each kind’s main input and the files that belong to another node', () => {
    expect(detectResource({ QueueName: 'jobs' }, 'q.json')?.kind).toBe('sqs-queue');
    expect(detectResource({ Bucket: 'b' }, 'b.json')?.kind).toBe('s3-bucket');
    const versioning = detectResource({ Bucket: 'b', VersioningConfiguration: { Status: 'Enabled' } }, 'b.json');
    expect([versioning?.type, versioning?.kind]).toEqual(['s3-bucket-versioning', undefined]);
    const lb = detectResource({ Name: 'tcp', Type: 'network' }, 'lb.json');
    expect(typeof lb?.kind === 'function' && lb.kind({ Name: 'tcp', Type: 'network' })).toBe('load-balancer-nlb');
    expect(detectResource({ RouteTableId: 'rtb-1', SubnetId: 'subnet-1' }, 'a.json')?.type).toBe('route-table-association');
    expect(detectResource({ hello: 'world' }, 'x.json')).toBeUndefined();
  });
});
