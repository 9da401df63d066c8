import type { Notice } from '../../apply/types.ts';
import type { Artifact, ArtifactType } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../model/json.ts';
import { derive } from '../../derive/index.ts';
import { DeriveContext } from '../../derive/context.ts';
import { identitiesOf } from '../../export/identities.ts';
import { ATTRIBUTES } from '../../export/cloudformation/intrinsics.ts';
import { RESOURCE_SIGNATURES } from '../detect-resource.ts';
import { importFiles, type ImportResult } from '../import.ts';
import { evaluate, NO_VALUE, type IntrinsicHost } from './intrinsics.ts';
import { FOLDED, REVERSE, type ApiInput } from './resources.ts';
import { WIRED, wireNetwork } from './network-wiring.ts';
import { addScalingPolicies } from './scaling-policies.ts';
import { STORAGE_FIRST, STORAGE_LATER, StorageImport } from './storage-wiring.ts';
import { APPLIED_LATER, attributeOf, storageAttributeText, storageFileBase } from './storage-readers.ts';
import { ExpressionKeeper } from './kept-expressions.ts';
import { KEPT_FOR_EXPORT } from './kept-note.ts';

/**
 * A CloudFormation template into the design: each resource read back into the API input
 * the designer derives for it (resources.ts), its intrinsics evaluated (intrinsics.ts),
 * and the inputs imported the way an exported folder is (io/import.ts), so nodes and
 * connections come from the same code. Network resources go first, one at a time: the
 * ids other resources name them by are their nodes' placeholder ids, known only once the
 * node exists. Every resource is accounted for in a notice: what it became, or why not.
 */

/** Created before the rest, in this order, so that what names them can name their nodes. */
const NETWORK_FIRST = ['AWS::EC2::VPC', 'AWS::EC2::InternetGateway', 'AWS::EC2::Subnet', 'AWS::EC2::NatGateway', 'AWS::EC2::SecurityGroup'];

const NAME_MEMBER: Partial<Record<ArtifactType, string>> = {
  cluster: 'clusterName', 'task-definition': 'family', service: 'serviceName', 'capacity-provider': 'name', 'iam-role': 'RoleName', 'load-balancer': 'Name', 'target-group': 'Name', 'launch-template': 'LaunchTemplateName', 'auto-scaling-group': 'AutoScalingGroupName', 'events-rule': 'Name', schedule: 'Name',
};

/** Applied onto the scaling nodes once they exist (scaling-policies.ts). */
const SCALING_LATER = ['AWS::ApplicationAutoScaling::ScalingPolicy', 'AWS::CloudWatch::Alarm'];

const folderOf = (type: ArtifactType) => RESOURCE_SIGNATURES.find((s) => s.type === type)?.folder ?? type;

export function importTemplate(design: Design, fileName: string, template: JsonObject, at?: { x: number; y: number }): ImportResult {
  const resources = isPlainObject(template.Resources) ? template.Resources : {};
  const ctx = new DeriveContext(design);
  const notices: Notice[] = [];
  const pointerOf = (id: string) => `/Resources/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const typeOf = (id: string) => (isPlainObject(resources[id]) ? String((resources[id] as JsonObject).Type) : '');
  const propsOf = (id: string): JsonObject => {
    const r = resources[id];
    return isPlainObject(r) && isPlainObject(r.Properties) ? r.Properties : {};
  };
  const ec2Ids = new Map<string, string>();
  const memo = new Map<string, ApiInput[] | undefined>();
  const reading = new Set<string>();
  const noted = new Set<string>();

  const keeper = new ExpressionKeeper(template, typeOf, propsOf);
  const host: IntrinsicHost = {
    hasResource: (id) => id in resources,
    parameters: isPlainObject(template.Parameters) ? template.Parameters : {},
    mappings: isPlainObject(template.Mappings) ? template.Mappings : {},
    region: ctx.region,
    accountId: ctx.accountId,
    note: (pointer, message) => {
      const key = `${pointer}\n${message}`;
      if (noted.has(key)) return;
      noted.add(key);
      notices.push({ level: 'info', file: fileName, pointer, message });
    },
    keep: (pointer, expression, value) => keeper.keep(pointer, expression, value),
    resource: (id, written, at) => {
      if (NETWORK_FIRST.includes(typeOf(id))) return ec2Ids.get(id);
      // Fn::GetAtt FileSystemId, QueueUrl…: what Ref gives (storage-readers.ts).
      const attribute = attributeOf(typeOf(id), written);
      // An ARN is wanted where the member says so, and in a policy (a Ref of a task definition is its ARN there, not its family).
      const asArn = /(Arn|ARN)$/.test(at.split('/').pop() ?? '') || at.includes('/PolicyDocument/');
      // EFS file systems and access points, Cloud Map namespaces: nodes already (storage-wiring.ts), named by their nodes' ids.
      const made = storage.made.get(id);
      if (made) return identityText(made.input, attribute, asArn, made.node);
      // Route tables are derived again from their subnets (network-wiring.ts reads them by logical id).
      if (typeOf(id) === 'AWS::EC2::RouteTable') return `\${${id}}`;
      if (typeOf(id) === 'AWS::IAM::InstanceProfile') return instanceProfile(id, attribute);
      if (typeOf(id) === 'AWS::Logs::LogGroup') return logGroup(id, attribute);
      // In a cycle (a cluster's provider's group's user data names the cluster) the resource is read from its literal properties only: enough for its name.
      const main = reading.has(id) ? literalInputOf(id) : inputsOf(id)?.[0];
      return main ? (identityText(main, attribute, asArn) ?? storageAttributeText(main, attribute)) : undefined;
    },
  };
  const storage = new StorageImport(
    { ids: Object.keys(resources), typeOf, inputsOf, written: propsOf, note: (id, level, message) => notices.push({ level, file: fileName, pointer: pointerOf(id), message }) },
    at ? { x: at.x + 1300, y: at.y + 400 } : { x: 1300, y: 400 },
    new Set(design.nodes.map((n) => n.id)),
  );

  /** A log group is the name the containers' awslogs-group option gives (Ref), or its ARN (Arn), named after its logical id without a LogGroupName. */
  function logGroup(id: string, attribute: string | undefined): string | undefined {
    const p = evaluate(propsOf(id), host, `${pointerOf(id)}/Properties`) as JsonObject;
    keeper.evaluated(id, p);
    const name = typeof p.LogGroupName === 'string' ? p.LogGroupName : id;
    if (attribute === undefined) return name;
    return attribute === 'Arn' ? `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:${name}:*` : undefined;
  }

  /**
   * A property the design does not hold: kept for the CloudFormation export where it can be
   * (said as information), else a warning that it is lost.
   */
  function notHeld(id: string, pointer: string, key: string, why: string): Notice {
    if (keeper.passThrough(id, key, (r) => r in resources)) {
      return { level: 'info', file: fileName, pointer, message: `${id}: ${key} is not in the design (${why}); ${KEPT_FOR_EXPORT}` };
    }
    return { level: 'warning', file: fileName, pointer, message: `${id}: ${key} is not kept (${why})` };
  }

  /** An instance profile is its role's (the designer makes one per instance role, of the role's name). */
  function instanceProfile(id: string, attribute: string | undefined): string | undefined {
    const p = evaluate(propsOf(id), host, `${pointerOf(id)}/Properties`) as JsonObject;
    const role = Array.isArray(p.Roles) && typeof p.Roles[0] === 'string' ? p.Roles[0] : undefined;
    const name = typeof p.InstanceProfileName === 'string' ? p.InstanceProfileName : role;
    if (!name) return undefined;
    return attribute === 'Arn' ? `arn:aws:iam::${ctx.accountId}:instance-profile/${name}` : name;
  }

  /** `asArn`: the member takes an ARN (TaskDefinitionArn), where ECS inputs name a task definition by its family. */
  /** `node`: the node the input is a file of, for identities made from it (an EFS file system's id). */
  function identityText(input: ApiInput, attribute: string | undefined, asArn = false, node?: DesignNode): string | undefined {
    if (input.type === 'auto-scaling-group' && attribute === undefined) {
      return `arn:aws:autoscaling:${ctx.region}:${ctx.accountId}:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/${String(input.content.AutoScalingGroupName)}`;
    }
    const table = ATTRIBUTES[input.type] ?? {};
    const wanted = Object.entries(table).filter(([, v]) => (attribute === undefined ? v === 'Ref' : v === attribute)).map(([k]) => k);
    const artifact = { type: input.type, content: input.content, path: '', nodeId: '', title: '', owners: [] } as unknown as Artifact;
    const identities = identitiesOf(artifact, node, ctx).filter((i) => wanted.includes(i.attribute) && !i.part);
    const chosen = (asArn ? identities.find((i) => !i.nameSpace) : undefined) ?? identities.find((i) => i.nameSpace) ?? identities[0];
    if (chosen) return chosen.text;
    const nameKey = NAME_MEMBER[input.type];
    return wanted.includes('name') && nameKey && typeof input.content[nameKey] === 'string' ? (input.content[nameKey] as string) : undefined;
  }

  function literalInputOf(id: string): ApiInput | undefined {
    const literal = Object.fromEntries(Object.entries(propsOf(id)).filter(([, v]) => typeof v === 'string' || typeof v === 'number'));
    return REVERSE[typeOf(id)]?.(literal, id)[0];
  }

  function inputsOf(id: string): ApiInput[] | undefined {
    if (memo.has(id)) return memo.get(id);
    const reverse = REVERSE[typeOf(id)];
    if (!reverse || reading.has(id)) return undefined;
    reading.add(id);
    const raw = { ...propsOf(id) };
    const base = `${pointerOf(id)}/Properties`;
    const extra: JsonObject = {};
    if (typeOf(id) === 'AWS::ApplicationAutoScaling::ScalingPolicy' && isPlainObject(raw.ScalingTargetId) && typeof raw.ScalingTargetId.Ref === 'string') {
      // ScalingTargetId names the target; the API names it by its three keys (what the exporter folds into the Ref).
      const target = inputsOf(raw.ScalingTargetId.Ref)?.[0]?.content;
      if (target) {
        for (const k of ['ServiceNamespace', 'ResourceId', 'ScalableDimension']) if (target[k] !== undefined) extra[k] = target[k]!;
        delete raw.ScalingTargetId;
      }
    }
    if (typeOf(id) === 'AWS::EC2::NatGateway' && isPlainObject(raw.AllocationId) && Object.keys(raw.AllocationId).length === 1) {
      // The Elastic IP of an EIP resource of the template: the designer allocates one for a public NAT gateway itself
      // (the export writes it), so the reference is not an id to keep.
      const att = raw.AllocationId['Fn::GetAtt'];
      const eip = Array.isArray(att) ? String(att[0]) : typeof att === 'string' ? att.split('.')[0]! : undefined;
      if (eip && typeOf(eip) === 'AWS::EC2::EIP') delete raw.AllocationId;
    }
    if (typeOf(id) === 'AWS::ECS::Cluster') {
      // ClusterCapacityProviderAssociations of this cluster: its providers and default strategy.
      for (const other of Object.keys(resources)) {
        if (typeOf(other) !== 'AWS::ECS::ClusterCapacityProviderAssociations') continue;
        const p = propsOf(other);
        const cluster = p.Cluster;
        const named = (isPlainObject(cluster) && cluster.Ref === id) || (typeof cluster === 'string' && cluster === (raw.ClusterName ?? id));
        if (!named) continue;
        if (p.CapacityProviders !== undefined) raw.CapacityProviders = p.CapacityProviders;
        if (Array.isArray(p.DefaultCapacityProviderStrategy) && p.DefaultCapacityProviderStrategy.length) raw.DefaultCapacityProviderStrategy = p.DefaultCapacityProviderStrategy;
      }
    }
    const props = evaluate(raw as JsonValue, host, base);
    if (props !== NO_VALUE) keeper.evaluated(id, props as JsonObject);
    const inputs = reverse((props === NO_VALUE ? {} : props) as JsonObject, id);
    for (const [key, why] of inputs.flatMap((i) => Object.entries(i.notKept ?? {}))) {
      notices.push(notHeld(id, `${base}/${key}`, key, why));
    }
    if (inputs[0]) Object.assign(inputs[0].content, extra);
    reading.delete(id);
    memo.set(id, inputs);
    return inputs;
  }

  const fileOf = new Map<string, string>();
  const toFiles = (id: string, inputs: ApiInput[]) =>
    // A table's TTL and a bucket's notifications are applied once their nodes exist (storage-wiring.ts): no file matches them before.
    inputs.filter((input) => !APPLIED_LATER.has(input.type)).map((input, i) => {
      let content = input.content;
      if (content.GroupId === '${self}') content = { ...content, GroupId: host.resource(id, 'GroupId', '') ?? id };
      const name = `${input.type === 'events-targets' ? 'eventbridge-rules' : folderOf(input.type)}/${fileBase({ ...input, content }, id, i)}.json`;
      fileOf.set(name, id);
      return { name, text: JSON.stringify(content) };
    });
  /** The file name derive gives the input (what attached files are matched by, io/import-attached.ts); else the logical id. */
  const fileBase = (input: ApiInput, id: string, i: number): string => {
    const c = input.content;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const lbOf = (arn: string | undefined) => arn?.match(/:(?:loadbalancer|listener)\/(?:app|net)\/([^/]+)\//)?.[1];
    const portOf = (arn: string | undefined) => arn?.match(/\/0*(\d+)$/)?.[1];
    const named = NAME_MEMBER[input.type] ? str(c[NAME_MEMBER[input.type]!]) : undefined;
    if (input.type === 'listener' && lbOf(str(c.LoadBalancerArn))) return `${lbOf(str(c.LoadBalancerArn))}-${String(c.Port)}`;
    if (input.type === 'listener-rule' && lbOf(str(c.ListenerArn))) return `${lbOf(str(c.ListenerArn))}-${portOf(str(c.ListenerArn))}-${String(c.Priority)}`;
    if (input.type === 'events-targets' && typeof c.Rule === 'string') return `${c.Rule}.targets`;
    if (input.type === 'security-group-ingress') {
      const group = [...ec2Ids].find(([, v]) => v === c.GroupId)?.[0];
      const groupName = group ? str(memo.get(group)?.[0]?.content.GroupName) : undefined;
      if (groupName) return groupName;
    }
    // An EC2 capacity's group and launch template are files of its capacity provider: named after it.
    if (input.type === 'auto-scaling-group' || input.type === 'launch-template') {
      const provider = capacityProviderOf(input);
      if (provider) return provider;
    }
    // A bucket's and a table's settings files are matched by their derived names (storage-readers.ts).
    return storageFileBase(input, id) ?? named ?? `${id}${i ? `-${input.type}` : ''}`;
  };
  const capacityProviderOf = (input: ApiInput): string | undefined => {
    const all = ids.flatMap((i) => inputsOf(i) ?? []);
    let group = input;
    if (input.type === 'launch-template') {
      const user = all.find((a) => a.type === 'auto-scaling-group' && isPlainObject(a.content.LaunchTemplate) && a.content.LaunchTemplate.LaunchTemplateName === input.content.LaunchTemplateName);
      if (!user) return undefined;
      group = user;
    }
    const provider = all.find((a) => {
      const asg = isPlainObject(a.content.autoScalingGroupProvider) ? a.content.autoScalingGroupProvider.autoScalingGroupArn : undefined;
      return a.type === 'capacity-provider' && typeof asg === 'string' && asg.endsWith(`/${String(group.content.AutoScalingGroupName)}`);
    });
    return typeof provider?.content.name === 'string' ? provider.content.name : undefined;
  };
  const became = (id: string, what: string) => notices.push({ level: 'info', file: fileName, pointer: pointerOf(id), message: `${id} (${typeOf(id)}) → ${what}` });

  let current = design;
  const nodeIds: string[] = [];
  const nodeOf = new Map<string, string>();
  const ids = Object.keys(resources);
  // Pass 1: the network, one resource at a time, each node's placeholder id recorded for what names it.
  for (const type of NETWORK_FIRST) {
    for (const id of ids.filter((i) => typeOf(i) === type)) {
      const inputs = inputsOf(id)!;
      const [main] = toFiles(id, inputs.slice(0, 1));
      const result = importFiles(current, [main!], at);
      if (!result.ok) return { ok: false, error: `${id} (${type}): ${result.error}`, file: fileName };
      current = result.design;
      const node = current.nodes.find((n) => n.id === result.nodeIds[0])!;
      const artifact = derive(current).find((a) => a.nodeId === node.id && a.type === inputs[0]!.type);
      const own = artifact ? identitiesOf(artifact, node, new DeriveContext(current)).find((i) => i.attribute === 'id') : undefined;
      if (own) ec2Ids.set(id, own.text);
      nodeOf.set(id, node.id);
      nodeIds.push(node.id);
      notices.push(...result.notices.map((n) => ({ ...n, file: fileName, pointer: pointerOf(id) })));
      became(id, `${node.kind} node`);
    }
  }
  // Pass 1½: EFS file systems, their access points and Cloud Map namespaces, whose ids what names them needs (storage-wiring.ts);
  // before the wiring, which reads every resource.
  current = storage.first(current);
  current = wireNetwork(current, {
    nodeOf, ec2Ids, typeOf, inputsOf, ids,
    note: (id, level, message) => notices.push({ level, file: fileName, pointer: pointerOf(id), message }),
  });
  // Pass 2: everything else in one import, so that roles, target groups and listeners find what they belong to.
  const files: Array<{ name: string; text: string }> = [];
  for (const id of ids) {
    const type = typeOf(id);
    if (NETWORK_FIRST.includes(type) || WIRED.has(type) || SCALING_LATER.includes(type) || STORAGE_FIRST.includes(type) || STORAGE_LATER.includes(type)) continue;
    if (FOLDED[type]) {
      notices.push({ level: 'info', file: fileName, pointer: pointerOf(id), message: `${id} (${type}) is read as ${FOLDED[type]}` });
      // What the designer does not hold of a log group (retention, encryption, tags): said, not dropped silently.
      if (type === 'AWS::Logs::LogGroup') {
        for (const key of Object.keys(propsOf(id)).filter((k) => k !== 'LogGroupName')) {
          notices.push(notHeld(id, `${pointerOf(id)}/Properties/${key}`, key, 'the design holds a log group by its name only'));
        }
      }
      continue;
    }
    const inputs = inputsOf(id);
    if (!inputs) {
      notices.push({ level: 'warning', file: fileName, pointer: pointerOf(id), message: `${id} (${type}) is not imported: the CloudFormation import has no reader for ${type}` });
      continue;
    }
    files.push(...toFiles(id, inputs));
  }
  if (files.length) {
    const result = importFiles(current, files, at ? { x: at.x, y: at.y + 400 } : { x: 0, y: 400 });
    if (!result.ok) return { ok: false, error: `${fileOf.get(result.file) ?? result.file}: ${result.error}`, file: fileName };
    current = result.design;
    nodeIds.push(...result.nodeIds);
    for (const n of result.notices) {
      const id = n.file ? fileOf.get(n.file) : undefined;
      notices.push({ ...n, file: fileName, pointer: id ? pointerOf(id) : n.pointer, message: id ? `${id}: ${n.message}` : n.message });
    }
    for (const id of new Set([...fileOf.values()].filter((i) => !NETWORK_FIRST.includes(typeOf(i))))) {
      const input = memo.get(id)?.[0];
      if (input) became(id, `${input.type} ${String(input.content[NAME_MEMBER[input.type] ?? ''] ?? '')}`.trim());
    }
  }
  // Pass 3: what is a connection or setting of those nodes (subscriptions, queue policies, TTL, mount targets, mounts, namespaces).
  current = storage.later(current);
  nodeIds.push(...storage.nodeIds);
  const later = (type: string) => ids.filter((i) => typeOf(i) === type).map((id) => ({ id, input: inputsOf(id)![0]! }));
  current = addScalingPolicies(current, later('AWS::ApplicationAutoScaling::ScalingPolicy'), later('AWS::CloudWatch::Alarm'), (id, n) => notices.push({ ...n, file: fileName, pointer: pointerOf(id) }));
  for (const { id, input } of [...later('AWS::ApplicationAutoScaling::ScalingPolicy'), ...later('AWS::CloudWatch::Alarm')]) {
    const name = `${folderOf(input.type)}/${id}.json`;
    fileOf.set(name, id);
    became(id, `${input.type} of its service scaling node`);
  }
  for (const [path, id] of storage.files(current)) fileOf.set(path, id);
  notices.push(...reportNotKept(current, fileOf, memo, fileName, pointerOf, (id, key) => notHeld(id, pointerOf(id), key, 'the design has nowhere to hold it')));
  current = keeper.into(current, (message) => notices.push({ level: 'warning', file: fileName, pointer: '', message }));
  return { ok: true, design: current, notices, nodeIds };
}

/**
 * Never dropped silently: each input read from the template is compared with the file the
 * imported design derives at its path, and each top-level member that is not there again
 * (or differs) is a warning on its resource.
 */
function reportNotKept(
  design: Design,
  fileOf: ReadonlyMap<string, string>,
  memo: ReadonlyMap<string, ApiInput[] | undefined>,
  fileName: string,
  pointerOf: (id: string) => string,
  notHeld: (id: string, key: string) => Notice,
): Notice[] {
  const notices: Notice[] = [];
  const artifacts = derive(design);
  for (const [path, id] of fileOf) {
    const artifact = artifacts.find((a) => a.path === path);
    // By type: a rule and its targets are files of one folder.
    const input = artifact && memo.get(id)?.find((i) => i.type === artifact.type);
    if (!input || !artifact) continue;
    for (const [key, value] of Object.entries(input.content)) {
      const again = artifact.content[key];
      if (again === undefined) notices.push(notHeld(id, key));
      else if (JSON.stringify(again) !== JSON.stringify(value)) notices.push({ level: 'info', file: fileName, pointer: pointerOf(id), message: `${id}: ${key} is kept as the design derives it, which differs from the template's` });
    }
  }
  return notices;
}
