import { addNode, connect } from '../../commands/design-commands.ts';
import type { Design, NodeKind, Position } from '../../model/design.ts';
import type { JsonObject, JsonValue } from '../../model/json.ts';
import { ECS_JSON_LIMITS, MAX_DEFINITIONS_PER_FILE } from '../../model/json-limits.ts';
import { variableNameFor } from '../../kinds/api-fields.ts';
import { interpolate, type Interpolation } from './interpolate.ts';
import { groupName, reachablePairs, reportTopNetworks, serviceNetworks } from './networks.ts';
import { ComposeNotes, type ComposeNote } from './notes.ts';
import { mapService, type EnvFileReader } from './service.ts';
import { ecsName, isObject, parseEnvFile } from './values.ts';
import type { Launch } from './volumes.ts';
import { parseYamlText } from './yaml-text.ts';

/**
 * A compose file (the Compose specification) → a design: one cluster named after the
 * project, each compose service a task definition (family = service name) with its
 * container and an ECS service running it, secrets as Secrets Manager secret nodes the
 * container reads. What has no ECS equivalent is in the notes, each with its key.
 */

export interface ComposeImportOptions {
  /** FARGATE (default) or EC2: decides network mode, host ports, volumes and what is reported. */
  launch?: Launch;
  /** Interpolation values (the CLI passes the `.env` file next to the compose file); the shell's are never read. */
  variables?: ReadonlyMap<string, string>;
  /** Reads an env_file relative to the compose file; without it (the browser) env files are reported as unread. */
  readEnvFile?: EnvFileReader;
}

export type ComposeImport =
  | { ok: true; design: Design; nodeIds: string[]; notes: ComposeNote[]; /** What became what, one line per compose service. */ mapped: string[] }
  | { ok: false; error: string };

/** Top-level keys and what happens to them. */
const TOP_LEFT_OUT: Record<string, string> = {
  configs: 'no ECS equivalent: put the files into the image, or into SSM parameters or secrets read as variables',
  include: 'included files are not read: import them too',
  models: 'no ECS equivalent',
};

/** Where the import's nodes go before the editor's placement moves the group: one row per compose service. */
const COLUMN = 320;
const ROW = 224;
/** Room for the subnets' row at the top of the VPC. */
const SUBNET_ROW = 232;

export function importCompose(design: Design, fileName: string, text: string, options: ComposeImportOptions = {}): ComposeImport {
  const read = parseYamlText(text, { ...ECS_JSON_LIMITS, what: 'a compose file' });
  if (!read.ok) return read;
  const notes = new ComposeNotes();
  for (const note of read.notes) notes.warn(note.pointer, note.message);
  if (!isObject(read.value) || !isObject(read.value.services)) return { ok: false, error: 'not a compose file: it has no services mapping' };

  const found: Interpolation[] = [];
  const doc = interpolate(read.value, options.variables ?? new Map(), '', found).value as JsonObject;
  reportInterpolation(found, notes);

  const services = doc.services as JsonObject;
  const names = Object.keys(services);
  if (names.length > MAX_DEFINITIONS_PER_FILE) {
    return { ok: false, error: `too many services: the file holds ${names.length.toLocaleString('en-US')}, over the limit of ${MAX_DEFINITIONS_PER_FILE} per file (each becomes several nodes)` };
  }
  const launch = options.launch ?? 'FARGATE';
  const project = ecsName(typeof doc.name === 'string' && doc.name ? doc.name : projectFromFileName(fileName));
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'services' || key === 'name' || key === 'volumes' || key === 'secrets') continue;
    if (key === 'networks') {
      if (launch === 'FARGATE') reportTopNetworks(value, notes);
      else notes.warn('/networks', 'left out: tasks in bridge or host mode share the instance’s network and its security group');
      continue;
    }
    if (key === 'version') notes.info('/version', 'left out: the Compose specification no longer uses it');
    else if (key in TOP_LEFT_OUT) notes.warn(`/${key}`, `left out: ${TOP_LEFT_OUT[key]!}`);
    else if (key.startsWith('x-')) notes.info(`/${key}`, 'left out: an extension (x-*), used only through YAML anchors');
    else if (value !== null) notes.warn(`/${key}`, 'left out: not a key this importer knows');
  }
  const topVolumes = isObject(doc.volumes) ? doc.volumes : {};
  const topSecrets = isObject(doc.secrets) ? doc.secrets : {};

  let current = design;
  const nodeIds: string[] = [];
  const add = (kind: NodeKind, at: Position, data?: JsonObject): string => {
    const result = addNode(current, kind, at, data);
    current = result.design;
    nodeIds.push(result.id!);
    return result.id!;
  };
  const link = (source: string, target: string, data?: JsonObject) => {
    const result = connect(current, source, target, data);
    // Every pair here is one the relations allow; a refusal is a bug of this importer.
    if (!result.ok) throw new Error(`compose import: ${result.reason}`);
    current = result.design;
  };

  // Left to right: capacity and cluster | the VPC with its subnets, groups and services | task definitions | secrets.
  const fargate = launch === 'FARGATE';
  const vpcAt = { x: COLUMN, y: 0 };
  const inside = { x: vpcAt.x + 24, y: vpcAt.y + 72 };
  const rowsTop = inside.y + SUBNET_ROW;
  const tdColumn = inside.x + COLUMN * 2 + 64;

  const capacity = add(fargate ? 'capacity-fargate' : 'capacity-ec2', { x: 0, y: rowsTop });
  const cluster = add('cluster', { x: 0, y: rowsTop + ROW }, { clusterName: project });
  link(capacity, cluster);
  const vpc = add('vpc', vpcAt, { name: `${project}-vpc`, cidrBlock: '10.0.0.0/16' });
  const igw = add('internet-gateway', { x: 0, y: 0 }, { name: `${project}-igw` });
  link(igw, vpc);
  // Public subnets in two zones: tasks get a public address to pull images from public
  // registries without a NAT gateway (the compose file says nothing about the network).
  const subnets = ['a', 'b'].map((zone, i) => {
    const id = add('subnet', { x: inside.x + i * COLUMN, y: inside.y }, { name: `${project}-public-${zone}`, cidrBlock: `10.0.${i}.0/24`, availabilityZone: `${current.region}${zone}`, public: true });
    link(id, vpc);
    return id;
  });
  notes.info('', `drawn a VPC ${project}-vpc with two public subnets and an internet gateway for the services (the compose file has no network to take): adjust them, or use existing ones`);
  if (!fargate) {
    for (const subnet of subnets) link(capacity, subnet);
    const group = add('security-group', { x: inside.x + COLUMN, y: rowsTop }, { groupName: `${project}-instances`, description: `Instances of ${project}` });
    link(group, vpc);
    link(capacity, group);
  }

  const networks = fargate ? serviceNetworks(services, notes) : new Map<string, string[]>();
  const secretNodes = new Map<string, string>();
  const groups = new Map<string, string>();
  const listening = new Set<string>();
  const mapped: string[] = [];
  names.forEach((composeName, row) => {
    const svc = services[composeName];
    const at = `/services/${composeName.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!isObject(svc)) {
      notes.warn(at, 'not a mapping: left out');
      return;
    }
    const m = mapService(composeName, svc, { project, region: current.region, launch, topVolumes, topSecrets, notes, readEnvFile: options.readEnvFile });
    const y = rowsTop + row * ROW;
    if (fargate) m.service.networkConfiguration = { awsvpcConfiguration: { assignPublicIp: 'ENABLED' } };
    const service = add('service', { x: inside.x, y }, m.service);
    const td = add('task-definition', { x: tdColumn, y }, m.taskDefinition);
    const container = addNode(current, 'container', { x: tdColumn + 12, y: y + 80 }, m.container);
    current = container.design;
    link(container.id!, td);
    link(service, cluster);
    link(service, td);
    link(service, capacity);
    if (fargate) {
      for (const subnet of subnets) link(service, subnet);
      const group = add('security-group', { x: inside.x + COLUMN, y }, { groupName: groupName(project, m.name), description: `Tasks of ${composeName}` });
      link(group, vpc);
      link(service, group);
      groups.set(composeName, group);
      if (Array.isArray(m.container.portMappings) && m.container.portMappings.length) listening.add(composeName);
    }
    for (const ref of m.secrets) {
      let secret = secretNodes.get(ref.secret);
      if (!secret) {
        secret = add('secret', { x: tdColumn + COLUMN, y: rowsTop + secretNodes.size * 128 }, { name: ref.secret, description: `${composeName} secret from ${fileName}` });
        secretNodes.set(ref.secret, secret);
      }
      link(container.id!, secret, ref.variable === variableNameFor(ref.secret) ? undefined : { variable: ref.variable });
    }
    const count = typeof m.service.desiredCount === 'number' ? `${m.service.desiredCount} ${m.service.desiredCount === 1 ? 'task' : 'tasks'}` : 'one task per instance';
    const reads = m.secrets.length ? `, reading ${m.secrets.map((s) => s.secret).join(', ')}` : '';
    mapped.push(`${composeName} → task definition ${m.name} (container ${m.name}, ${String(m.container.image)}) and service ${m.name} (${count}) in cluster ${project}${reads}`);
  });
  // Services that share a network may reach each other on any port, as under Compose.
  for (const pair of reachablePairs(networks, listening)) {
    const from = groups.get(pair.from);
    const to = groups.get(pair.to);
    if (from && to) link(from, to, { protocol: '-1' });
  }
  for (const name of Object.keys(topSecrets)) {
    if (!Object.values(services).some((s) => isObject(s) && Array.isArray(s.secrets) && s.secrets.some((e: JsonValue) => e === name || (isObject(e) && e.source === name)))) {
      notes.info(`/secrets/${name}`, 'used by no service: left out');
    }
  }
  return { ok: true, design: current, nodeIds, notes: notes.list, mapped };
}

/**
 * `shop/docker-compose.yml` → `shop` (Compose's default project is the folder's name);
 * `staging.compose.yaml` → `staging`; a bare `compose.yaml` → `compose`.
 */
export function projectFromFileName(fileName: string): string {
  const parts = fileName.split(/[\\/]/).filter(Boolean);
  const base = (parts.pop() ?? '').replace(/\.ya?ml$/i, '');
  const stem = base.replace(/^docker-compose[.-]?|^compose[.-]?/i, '').replace(/[.-]?(docker-)?compose$/i, '');
  if (stem) return stem.toLowerCase();
  const folder = parts.pop();
  return (folder && folder !== '.' && folder !== '..' ? folder : base || 'compose').toLowerCase();
}

function reportInterpolation(found: Interpolation[], notes: ComposeNotes): void {
  for (const f of found) {
    if (f.outcome === 'default') notes.info(f.pointer, `${f.expression}: ${f.variable} has no value here, so its default is used`);
    else if (f.outcome === 'kept') notes.warn(f.pointer, `${f.expression} kept as written: ${f.variable} has no value here (Compose takes it from the shell or .env when it runs); put the value in`);
  }
}

/** The variables of a `.env` file, for interpolation. */
export function envFileVariables(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of parseEnvFile(text)) if (e.value !== undefined) out.set(e.key, e.value);
  return out;
}
