import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyDesign, type Design } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { toCloudFormation } from '../../export/cloudformation/template.ts';
import { exportTestDesigns } from '../../export/cloudformation/export.test-designs.ts';
import { templateText } from '../../export/cloudformation/serialize.ts';
import { importFilesOrTemplates } from './import-any.ts';
import { importTemplate } from './import-template.ts';
import { parseTemplateText } from './parse.ts';

const FIXTURES = new URL('../../../../fixtures/cloudformation/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

function imported(name: string, text: string) {
  const result = importFilesOrTemplates(emptyDesign('imported'), [{ name, text }]);
  if (!result.ok) throw new Error(`${result.file}: ${result.error}`);
  return result;
}

const resourcesOf = (template: unknown): Record<string, JsonObject> => (template as { Resources: Record<string, JsonObject> }).Resources;
const kinds = (d: Design) => d.nodes.map((n) => n.kind).sort();
const edges = (d: Design) => d.edges.map((e) => `${d.nodes.find((n) => n.id === e.source)!.kind} ${e.kind} ${d.nodes.find((n) => n.id === e.target)!.kind}`).sort();

describe('import of the CloudFormation exporter\'s own templates gives the same template again', () => {
  const designs = exportTestDesigns();
  it.each(Object.keys(designs))('%s', (name) => {
    const template = JSON.parse(JSON.stringify(toCloudFormation(designs[name]!).template)) as JsonObject;
    const result = importTemplate(emptyDesign('imported'), 'template.json', template);
    if (!result.ok) throw new Error(result.error);
    const again = resourcesOf(JSON.parse(JSON.stringify(toCloudFormation(result.design).template)));
    const before = resourcesOf(template);
    const differ = [...new Set([...Object.keys(before), ...Object.keys(again)])].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(again[k])).sort();
    expect(differ).toEqual([]);
    expect(result.notices.filter((n) => n.level === 'warning')).toEqual([]);
  });

  it('reads the exported YAML of a template as its JSON', () => {
    const template = toCloudFormation(designs.fargateInOwnNetwork!).template;
    const fromYaml = imported('template.yaml', templateText(template, 'yaml'));
    const fromJson = imported('template.json', JSON.stringify(template));
    expect(fromYaml.design).toEqual(fromJson.design);
  });
});

describe('fixture templates (fixtures/cloudformation)', () => {
  const names = readdirSync(FIXTURES).filter((f) => /\.ya?ml$|\.json$/.test(f)).sort();

  it('there are fixtures in the style of the ECS reference architectures', () => {
    expect(names).toEqual(['ec2-asg-cluster.yaml', 'efs-fargate.yaml', 'private-service-discovery.yaml', 'public-alb-fargate.yaml', 'scheduled-task.yaml', 'spot-capacity-mix.yaml', 'sqs-worker-scaling.yaml']);
  });

  it.each(names)('%s: every resource is accounted for in a notice (what it became, or why not)', (name) => {
    const result = imported(name, fixture(name));
    const ids = Object.keys(resourcesOf(parsed(name)));
    for (const id of ids) expect(result.notices.some((n) => n.pointer === `/Resources/${id}`), id).toBe(true);
  });

  it.each(names)('%s: every ECS resource property is in the template exported from the import', (name) => {
    const result = imported(name, fixture(name));
    const again = Object.values(resourcesOf(toCloudFormation(result.design).template));
    for (const [id, resource] of Object.entries(resourcesOf(parsed(name)))) {
      if (!String(resource.Type).startsWith('AWS::ECS::')) continue;
      const props = isPlainObject(resource.Properties) ? resource.Properties : {};
      const name = Object.entries(props).find(([k]) => /^(ClusterName|Family|ServiceName|Name)$/.test(k))?.[1];
      // By its name where it is written literally, else the one resource of its type.
      const sameType = again.filter((r) => r.Type === resource.Type);
      // A name written as an expression (!Sub) is exported as that expression again.
      const match = name !== undefined ? sameType.find((r) => Object.values(r.Properties as JsonObject).some((v) => JSON.stringify(v) === JSON.stringify(name))) : sameType.length === 1 ? sameType[0] : undefined;
      expect(match, `${id} exported again`).toBeDefined();
      expect(Object.keys(match!.Properties as JsonObject), id).toEqual(expect.arrayContaining(Object.keys(props).filter((k) => k !== 'Cluster' || resource.Type !== 'AWS::ECS::ClusterCapacityProviderAssociations')));
    }
  });

  it('public-alb-fargate.yaml: the network, load balancer and service are drawn and connected', () => {
    const { design, notices } = imported('public-alb-fargate.yaml', fixture('public-alb-fargate.yaml'));
    expect(kinds(design)).toEqual(['cluster', 'container', 'internet-gateway', 'load-balancer-alb', 'role-execution', 'security-group', 'security-group', 'service', 'service-scaling', 'subnet', 'subnet', 'task-definition', 'vpc'].sort());
    expect(edges(design)).toEqual(expect.arrayContaining([
      'internet-gateway attached-to vpc', 'subnet in-vpc vpc', 'security-group allows security-group', 'load-balancer-alb routes-to service',
      'service runs-in cluster', 'service uses task-definition', 'service placed-in subnet', 'service secured-by security-group', 'role-execution execution-role task-definition', 'service-scaling scales service',
    ]));
    expect(design.nodes.filter((n) => n.kind === 'subnet').map((n) => n.data.public)).toEqual([true, true]);
    // The design holds neither a log group's retention nor a subnet's MapPublicIpOnLaunch (a call of its own, ModifySubnetAttribute):
    // the CloudFormation export writes them again as the template had them, and the summary says so.
    expect(notices.filter((n) => n.level === 'warning')).toEqual([]);
    expect(notices.filter((n) => /writes it again as the template has it/.test(n.message)).map((n) => n.pointer).sort()).toEqual([
      '/Resources/LogGroup/Properties/RetentionInDays', '/Resources/SubnetOne/Properties/MapPublicIpOnLaunch', '/Resources/SubnetTwo/Properties/MapPublicIpOnLaunch',
    ]);
    const container = design.nodes.find((n) => n.kind === 'container')!;
    expect(container.data.image).toBe('public.ecr.aws/nginx/nginx:1.27');
    expect(JSON.stringify(container.data)).toContain('"containerPort":80');
  });

  it('ec2-asg-cluster.yaml: capacity provider, its group and launch template, instance role, strategy', () => {
    const { design, notices } = imported('ec2-asg-cluster.yaml', fixture('ec2-asg-cluster.yaml'));
    expect(kinds(design)).toEqual(['capacity-ec2', 'cluster', 'container', 'role-instance', 'service', 'task-definition']);
    expect(edges(design)).toEqual(expect.arrayContaining(['capacity-ec2 in-cluster cluster', 'service capacity capacity-ec2']));
    expect(notices.filter((n) => n.level === 'warning')).toEqual([]);
    const lt = resourcesOf(toCloudFormation(design).template);
    const launch = Object.values(lt).find((r) => r.Type === 'AWS::EC2::LaunchTemplate')!;
    expect(JSON.stringify(launch)).toContain('c6i.large');
  });

  it('scheduled-task.yaml: what cannot be evaluated (Fn::ImportValue, a condition) is kept as text and said', () => {
    const { notices, design } = imported('scheduled-task.yaml', fixture('scheduled-task.yaml'));
    expect(notices.some((n) => /Fn::ImportValue cannot be evaluated/.test(n.message))).toBe(true);
    expect(notices.some((n) => /Fn::If on condition HasBucket/.test(n.message))).toBe(true);
    const container = design.nodes.find((n) => n.kind === 'container')!;
    expect(JSON.stringify(container.data)).toContain('Fn::ImportValue');
    expect(kinds(design)).toEqual(expect.arrayContaining(['schedule', 'task-definition', 'cluster']));
  });
});

/** The fixture as the import reads it (short forms in long form), for comparisons. */
function parsed(name: string): JsonObject {
  const p = parseTemplateText(fixture(name));
  if (!p.ok) throw new Error(p.error);
  return p.value as JsonObject;
}
