import type { JsonObject, JsonValue } from '../../model/json.ts';
import { healthCheck } from './healthcheck.ts';
import type { ComposeNotes } from './notes.ts';
import { portMappings } from './ports.ts';
import { byteSize, durationSeconds, ecsName, integer, isObject, keyValues, mebibytes, scalarText, shellWords, stringList } from './values.ts';
import { mapVolumes, type Launch } from './volumes.ts';
import type { MappedService, ServiceContext } from './service-context.ts';
import { awsvpcless, capabilities, ec2Only, extraHosts, logging, resources, restart, runtimePlatform, ulimits } from './container-options.ts';
import { dependsOn, mapEnvironment, mapSecrets } from './environment.ts';

export type { EnvFileReader, MappedService, ServiceContext } from './service-context.ts';

/**
 * One compose service → the container definition, the task definition's own fields and
 * the ECS service's, plus the secrets it reads. Every key of the service is either mapped
 * here or reported (LEFT_OUT or a note where it is read); none is dropped silently.
 */

/** Keys with no ECS equivalent, with what to do instead. */
const LEFT_OUT: Record<string, string> = {
  build: 'ECS runs images: build it, push it to a registry (ECR) and set image',
  container_name: 'ECS names containers within a task; the container is named after the service',
  links: 'no links between tasks; reach other services through Service Connect or Cloud Map',
  external_links: 'no links between tasks; reach other services through Service Connect or Cloud Map',
  profiles: 'every service of the file is imported; delete the ones you do not want',
  pull_policy: 'ECS pulls the image when a task starts (ECS_IMAGE_PULL_BEHAVIOR on EC2 instances)',
  domainname: 'no ECS equivalent',
  mac_address: 'no ECS equivalent',
  stop_signal: 'ECS always sends SIGTERM, then SIGKILL after stopTimeout',
  cgroup: 'no ECS equivalent',
  cgroup_parent: 'no ECS equivalent',
  isolation: 'no ECS equivalent on Linux',
  blkio_config: 'no ECS equivalent',
  cpuset: 'no ECS equivalent',
  cpu_period: 'no ECS equivalent',
  cpu_quota: 'no ECS equivalent; set deploy.resources.limits.cpus',
  cpu_rt_period: 'no ECS equivalent',
  cpu_rt_runtime: 'no ECS equivalent',
  cpu_count: 'no ECS equivalent on Linux',
  cpu_percent: 'no ECS equivalent on Linux',
  oom_kill_disable: 'no ECS equivalent',
  oom_score_adj: 'no ECS equivalent',
  group_add: 'no ECS equivalent',
  storage_opt: 'no ECS equivalent',
  userns_mode: 'no ECS equivalent',
  uts: 'no ECS equivalent',
  volumes_from: 'ECS volumesFrom works only between containers of one task, and each service is its own task',
  configs: 'no ECS equivalent: put the file into the image, or into an SSM parameter or secret read as a variable',
  develop: 'Compose Watch is for local development',
  post_start: 'no ECS equivalent',
  pre_stop: 'no ECS equivalent',
  attach: 'no ECS equivalent (logs go to the log driver)',
  annotations: 'no ECS equivalent',
  extends: 'extends is not resolved by the importer: copy the shared keys into the service (or use a YAML anchor)',
  credential_spec: 'no ECS equivalent for Linux containers',
  gpus: 'set GPU resource requirements on the container (EC2 with GPU instances only)',
  device_cgroup_rules: 'no ECS equivalent',
  dns_opt: 'no ECS equivalent',
  label_file: 'label files are not read; put the labels under labels',
  use_api_socket: 'no ECS equivalent',
  models: 'no ECS equivalent',
  provider: 'no ECS equivalent',
};

/** Keys read by the mapping below (each reports what it could not map). */
const MAPPED = new Set([
  'image', 'ports', 'expose', 'environment', 'env_file', 'secrets', 'command', 'entrypoint', 'working_dir', 'user', 'hostname',
  'labels', 'healthcheck', 'depends_on', 'volumes', 'tmpfs', 'deploy', 'restart', 'logging', 'ulimits', 'cap_add', 'cap_drop',
  'privileged', 'read_only', 'stop_grace_period', 'init', 'extra_hosts', 'dns', 'dns_search', 'mem_limit', 'mem_reservation',
  'cpus', 'cpu_shares', 'scale', 'sysctls', 'shm_size', 'tty', 'stdin_open', 'platform', 'pid', 'ipc', 'network_mode', 'devices',
  'security_opt', 'memswap_limit', 'mem_swappiness',
  // Read by networks.ts: security groups.
  'networks',
]);

/** Fargate's stopTimeout maximum (seconds). */
const FARGATE_MAX_STOP_TIMEOUT = 120;

export function mapService(composeName: string, svc: JsonObject, ctx: ServiceContext): MappedService {
  const { notes, launch } = ctx;
  const at = `/services/${composeName.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const fargate = launch === 'FARGATE';
  const name = ecsName(composeName);
  if (name !== composeName) notes.info(at, `named ${name} in ECS (ECS names take letters, digits, - and _)`);
  const networkMode = networkModeOf(svc, launch, notes, at);
  const awsvpc = networkMode === 'awsvpc';
  const c: JsonObject = { name };
  const td: JsonObject = { family: name };
  const service: JsonObject = { serviceName: name };
  if (!fargate) td.requiresCompatibilities = ['EC2'];
  if (!fargate) td.networkMode = networkMode;

  // image
  const image = scalarText(svc.image);
  if (image) c.image = image;
  else if (svc.build !== undefined) {
    c.image = `${name}:latest`;
    notes.warn(`${at}/image`, `no image, only build: the container runs ${name}:latest, which you must build and push to a registry (ECR)`);
  } else {
    c.image = `${name}:latest`;
    notes.warn(`${at}/image`, `no image: set the container's image (${name}:latest for now)`);
  }
  c.essential = true;

  // ports
  const ports = portMappings(svc.ports, svc.expose, awsvpc, notes, at);
  if (ports.length) c.portMappings = ports;

  // environment, env_file
  const environment = mapEnvironment(svc, ctx, at);
  if (environment.length) c.environment = environment;

  // command, entrypoint
  for (const [key, field] of [['entrypoint', 'entryPoint'], ['command', 'command']] as const) {
    const value = svc[key];
    if (value === undefined || value === null) continue;
    const words = commandWords(value);
    if (!words) notes.warn(`${at}/${key}`, `${JSON.stringify(value)} is neither a string nor a list of strings (or has an unclosed quote): left out`);
    else c[field] = words;
  }

  // working_dir, user, hostname
  const workingDir = scalarText(svc.working_dir);
  if (workingDir) c.workingDirectory = workingDir;
  const user = scalarText(svc.user);
  if (user) c.user = user;
  const hostname = scalarText(svc.hostname);
  if (hostname) {
    if (awsvpc) notes.warn(`${at}/hostname`, 'left out: ECS sets no hostname on awsvpc tasks');
    else c.hostname = hostname;
  }

  // labels
  if (svc.labels !== undefined) {
    const labels = keyValues(svc.labels);
    if (!labels) notes.warn(`${at}/labels`, 'labels are neither a list nor a map of strings: left out');
    else if (labels.length) c.dockerLabels = Object.fromEntries(labels.map((l) => [l.key, l.value ?? '']));
  }

  // healthcheck
  if (svc.healthcheck !== undefined) {
    const check = healthCheck(svc.healthcheck, notes, `${at}/healthcheck`);
    if (check) c.healthCheck = check;
  }

  // depends_on: each service is its own task, so ECS dependsOn (within one task) does not apply.
  dependsOn(svc.depends_on, notes, at);

  // volumes, tmpfs
  const volumes = mapVolumes(svc, ctx.topVolumes, launch, notes, at);
  if (volumes.mountPoints.length) c.mountPoints = volumes.mountPoints;
  if (volumes.volumes.length) td.volumes = volumes.volumes;

  // resources
  resources(svc, c, !fargate, notes, at);

  // deploy
  deploy(svc, service, launch, notes, at);

  // restart
  restart(svc.restart, c, notes, at);

  // logging
  logging(svc.logging, c, ctx, name, notes, at);

  // linuxParameters
  const linux: JsonObject = {};
  capabilities(svc, linux, fargate, notes, at);
  if (svc.init !== undefined) {
    if (typeof svc.init === 'boolean') linux.initProcessEnabled = svc.init;
    else notes.warn(`${at}/init`, 'init is not true or false: left out');
  }
  if (volumes.tmpfs.length) linux.tmpfs = volumes.tmpfs;
  ec2Only(svc, 'shm_size', fargate, notes, at, (v) => {
    const bytes = byteSize(v);
    if (bytes === undefined) return false;
    linux.sharedMemorySize = mebibytes(bytes);
    return true;
  });
  ec2Only(svc, 'devices', fargate, notes, at, (v) => {
    const list = stringList(v);
    if (!list) return false;
    linux.devices = list.map((d) => {
      const [hostPath, containerPath, permissions] = d.split(':') as [string, string | undefined, string | undefined];
      const device: JsonObject = { hostPath };
      if (containerPath) device.containerPath = containerPath;
      if (permissions) device.permissions = [...permissions].map((p) => ({ r: 'read', w: 'write', m: 'mknod' })[p]).filter((p): p is string => !!p);
      return device;
    });
    return true;
  });
  ec2Only(svc, 'memswap_limit', fargate, notes, at, (v) => {
    const bytes = byteSize(v);
    if (bytes === undefined) return false;
    linux.maxSwap = mebibytes(bytes);
    return true;
  });
  ec2Only(svc, 'mem_swappiness', fargate, notes, at, (v) => {
    const n = integer(v);
    if (n === undefined || n < 0 || n > 100) return false;
    linux.swappiness = n;
    return true;
  });
  if (Object.keys(linux).length) c.linuxParameters = linux;

  // ulimits
  ulimits(svc.ulimits, c, fargate, notes, at);

  // privileged, read_only, stop_grace_period
  ec2Only(svc, 'privileged', fargate, notes, at, (v) => {
    if (typeof v !== 'boolean') return false;
    c.privileged = v;
    return true;
  });
  if (svc.read_only !== undefined) {
    if (typeof svc.read_only === 'boolean') c.readonlyRootFilesystem = svc.read_only;
    else notes.warn(`${at}/read_only`, 'read_only is not true or false: left out');
  }
  if (svc.stop_grace_period !== undefined) {
    const seconds = durationSeconds(svc.stop_grace_period);
    if (seconds === undefined) notes.warn(`${at}/stop_grace_period`, `${JSON.stringify(svc.stop_grace_period)} is not a duration: left out`);
    else {
      let timeout = Math.max(0, Math.round(seconds));
      if (fargate && timeout > FARGATE_MAX_STOP_TIMEOUT) {
        notes.warn(`${at}/stop_grace_period`, `${timeout} seconds is over Fargate's maximum stopTimeout: ${FARGATE_MAX_STOP_TIMEOUT}`);
        timeout = FARGATE_MAX_STOP_TIMEOUT;
      }
      c.stopTimeout = timeout;
    }
  }

  // extra_hosts, dns, dns_search: Docker's own networking, which awsvpc tasks do not use.
  awsvpcless(svc, 'extra_hosts', awsvpc, notes, at, (v) => {
    const hosts = extraHosts(v);
    if (!hosts) return false;
    c.extraHosts = hosts;
    return true;
  });
  awsvpcless(svc, 'dns', awsvpc, notes, at, (v) => {
    const list = stringList(v);
    if (!list) return false;
    c.dnsServers = list;
    return true;
  });
  awsvpcless(svc, 'dns_search', awsvpc, notes, at, (v) => {
    const list = stringList(v);
    if (!list) return false;
    c.dnsSearchDomains = list;
    return true;
  });

  // sysctls, security_opt
  if (svc.sysctls !== undefined) {
    const list = keyValues(svc.sysctls);
    if (!list || list.some((s) => s.value === undefined)) notes.warn(`${at}/sysctls`, 'sysctls are neither a list nor a map of values: left out');
    else c.systemControls = list.map((s) => ({ namespace: s.key, value: s.value! }));
  }
  ec2Only(svc, 'security_opt', fargate, notes, at, (v) => {
    const list = stringList(v);
    if (!list) return false;
    c.dockerSecurityOptions = list;
    return true;
  });

  // tty, stdin_open
  if (typeof svc.tty === 'boolean') c.pseudoTerminal = svc.tty;
  else if (svc.tty !== undefined) notes.warn(`${at}/tty`, 'tty is not true or false: left out');
  if (typeof svc.stdin_open === 'boolean') c.interactive = svc.stdin_open;
  else if (svc.stdin_open !== undefined) notes.warn(`${at}/stdin_open`, 'stdin_open is not true or false: left out');

  // platform, pid, ipc
  if (svc.platform !== undefined) {
    const platform = runtimePlatform(svc.platform);
    if (platform) td.runtimePlatform = platform;
    else notes.warn(`${at}/platform`, `${JSON.stringify(svc.platform)} is not a platform ECS runs (linux/amd64 or linux/arm64): left out`);
  }
  ec2Only(svc, 'pid', fargate, notes, at, (v) => {
    if (v !== 'host') return false;
    td.pidMode = 'host';
    return true;
  });
  ec2Only(svc, 'ipc', fargate, notes, at, (v) => {
    if (v !== 'host' && v !== 'none' && v !== 'shareable' && v !== 'private') return false;
    // ECS has host, task and none; Docker's private and shareable are task-wide in ECS.
    td.ipcMode = v === 'host' || v === 'none' ? v : 'task';
    return true;
  });

  // secrets
  const secrets = mapSecrets(svc.secrets, ctx, at);

  // What is left: known keys without an equivalent, extensions, and keys this importer does not know.
  for (const [key, value] of Object.entries(svc)) {
    if (MAPPED.has(key) || value === null) continue;
    const where = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key in LEFT_OUT) notes.warn(where, `left out: ${LEFT_OUT[key]!}`);
    else if (key.startsWith('x-')) notes.warn(where, 'left out: an extension (x-*) is for tools that know it');
    else notes.warn(where, 'left out: not a key this importer knows');
  }
  return { name, container: c, taskDefinition: td, service, secrets };
}

function networkModeOf(svc: JsonObject, launch: Launch, notes: ComposeNotes, at: string): string {
  const mode = scalarText(svc.network_mode);
  if (launch === 'FARGATE') {
    if (mode !== undefined) notes.warn(`${at}/network_mode`, `network_mode ${mode} left out: Fargate tasks always use awsvpc (an address of their own in the VPC)`);
    return 'awsvpc';
  }
  if (mode === undefined) return 'bridge';
  if (mode === 'host' || mode === 'bridge' || mode === 'none') return mode;
  notes.warn(`${at}/network_mode`, `network_mode ${mode} has no ECS equivalent: bridge`);
  return 'bridge';
}

function commandWords(value: JsonValue): string[] | undefined {
  if (typeof value === 'string') return shellWords(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return value.map(String);
  return undefined;
}

function deploy(svc: JsonObject, service: JsonObject, launch: Launch, notes: ComposeNotes, at: string): void {
  const d = isObject(svc.deploy) ? svc.deploy : undefined;
  if (svc.deploy !== undefined && svc.deploy !== null && !d) notes.warn(`${at}/deploy`, 'deploy is not a map: left out');
  let replicas = 1;
  if (d?.replicas !== undefined) {
    const n = integer(d.replicas);
    if (n !== undefined && n >= 0) replicas = n;
    else notes.warn(`${at}/deploy/replicas`, `${JSON.stringify(d.replicas)} is not a number of tasks: 1`);
  } else if (svc.scale !== undefined) {
    const n = integer(svc.scale);
    if (n !== undefined && n >= 0) replicas = n;
    else notes.warn(`${at}/scale`, `${JSON.stringify(svc.scale)} is not a number of tasks: 1`);
  }
  if (d?.mode === 'global') {
    if (launch === 'EC2') {
      service.schedulingStrategy = 'DAEMON';
      notes.info(`${at}/deploy/mode`, 'global → a DAEMON service (one task on every instance)');
      return;
    }
    notes.warn(`${at}/deploy/mode`, 'global left out: Fargate has no daemon services (one task per instance); a replica service of 1 task');
  } else if (d?.mode !== undefined && d.mode !== 'replicated') {
    notes.warn(`${at}/deploy/mode`, `${JSON.stringify(d.mode)} has no ECS equivalent: a replica service`);
  }
  service.desiredCount = replicas;
  const LEFT: Record<string, string> = {
    restart_policy: 'a service replaces tasks that stop; set restart on the container for in-place restarts',
    update_config: 'set the service’s deploymentConfiguration (maximumPercent, minimumHealthyPercent) instead',
    rollback_config: 'turn on the service’s deployment circuit breaker with rollback instead',
    placement: 'set placement constraints and strategies on the service (EC2) instead',
    labels: 'put tags on the service instead',
    endpoint_mode: 'reach services through Service Connect, Cloud Map or a load balancer instead',
  };
  for (const key of Object.keys(d ?? {})) {
    if (key === 'replicas' || key === 'mode' || key === 'resources') continue;
    notes.warn(`${at}/deploy/${key}`, `left out: ${LEFT[key] ?? 'no ECS equivalent'}`);
  }
}

