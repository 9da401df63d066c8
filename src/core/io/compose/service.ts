import type { JsonObject, JsonValue } from '../../model/json.ts';
import { healthCheck } from './healthcheck.ts';
import type { ComposeNotes } from './notes.ts';
import { portMappings } from './ports.ts';
import { byteSize, cpuUnits, durationSeconds, ecsName, integer, isObject, keyValues, mebibytes, parseEnvFile, scalarText, shellWords, stringList } from './values.ts';
import { mapVolumes, type Launch } from './volumes.ts';

/**
 * One compose service → the container definition, the task definition's own fields and
 * the ECS service's, plus the secrets it reads. Every key of the service is either mapped
 * here or reported (LEFT_OUT or a note where it is read); none is dropped silently.
 */

export interface EnvFileReader {
  /** The text of an env_file named relative to the compose file, or why it could not be read. */
  (path: string): { ok: true; text: string } | { ok: false; error: string };
}

export interface ServiceContext {
  project: string;
  /** The design's region, which awslogs needs. */
  region: string;
  launch: Launch;
  topVolumes: JsonObject;
  topSecrets: JsonObject;
  notes: ComposeNotes;
  readEnvFile?: EnvFileReader;
}

export interface MappedService {
  name: string;
  container: JsonObject;
  taskDefinition: JsonObject;
  service: JsonObject;
  /** Secrets the container reads: the secret's name in Secrets Manager and the variable it fills. */
  secrets: Array<{ secret: string; variable: string; pointer: string }>;
}

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

/** Log drivers a task definition takes (RegisterTaskDefinition LogConfiguration), and those Fargate takes. */
const LOG_DRIVERS = ['json-file', 'syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'awsfirelens'];
const FARGATE_LOG_DRIVERS = ['awslogs', 'splunk', 'awsfirelens'];

/** Linux capabilities ECS accepts (KernelCapabilities), without the CAP_ prefix. */
const CAPABILITIES = new Set([
  'ALL', 'AUDIT_CONTROL', 'AUDIT_WRITE', 'BLOCK_SUSPEND', 'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'IPC_LOCK',
  'IPC_OWNER', 'KILL', 'LEASE', 'LINUX_IMMUTABLE', 'MAC_ADMIN', 'MAC_OVERRIDE', 'MKNOD', 'NET_ADMIN', 'NET_BIND_SERVICE',
  'NET_BROADCAST', 'NET_RAW', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_CHROOT', 'SYS_MODULE',
  'SYS_NICE', 'SYS_PACCT', 'SYS_PTRACE', 'SYS_RAWIO', 'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'SYSLOG', 'WAKE_ALARM',
]);

const ULIMITS = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']);

/** Memory reserved for an EC2 container that names none (MiB). */
const EC2_DEFAULT_RESERVATION = 128;

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

function mapEnvironment(svc: JsonObject, ctx: ServiceContext, at: string): JsonObject[] {
  const values = new Map<string, string>();
  const { notes } = ctx;
  if (svc.env_file !== undefined && svc.env_file !== null) {
    const files: Array<{ path: string; required: boolean; where: string }> = [];
    const list = Array.isArray(svc.env_file) ? svc.env_file : [svc.env_file];
    list.forEach((entry, i) => {
      const where = Array.isArray(svc.env_file) ? `${at}/env_file/${i}` : `${at}/env_file`;
      if (typeof entry === 'string') files.push({ path: entry, required: true, where });
      else if (isObject(entry) && typeof entry.path === 'string') files.push({ path: entry.path, required: entry.required !== false, where });
      else notes.warn(where, `${JSON.stringify(entry)} is not an env file: left out`);
    });
    for (const file of files) {
      const read = ctx.readEnvFile ? ctx.readEnvFile(file.path) : { ok: false as const, error: 'the editor cannot read files next to the compose file; the CLI does' };
      if (!read.ok) {
        const level = file.required ? 'warn' : 'info';
        notes[level](file.where, `${file.path} could not be read (${read.error}): its variables are not in the task definition; add them under environment, or put the file in S3 and connect the container to the bucket (environmentFiles)`);
        continue;
      }
      const entries = parseEnvFile(read.text);
      for (const e of entries) if (e.value !== undefined) values.set(e.key, e.value);
      const unset = entries.filter((e) => e.value === undefined).map((e) => e.key);
      notes.info(file.where, `${file.path}: ${entries.length - unset.length} variables put into the environment`);
      if (unset.length) notes.warn(file.where, `${file.path}: ${unset.join(', ')} take their value from the shell running Compose: left out`);
    }
  }
  if (svc.environment !== undefined && svc.environment !== null) {
    const entries = keyValues(svc.environment);
    if (!entries) notes.warn(`${at}/environment`, 'environment is neither a list nor a map of values: left out');
    for (const e of entries ?? []) {
      if (e.value === undefined) notes.warn(`${at}/environment`, `${e.key} takes its value from the shell running Compose: left out (add its value, or a secret)`);
      else values.set(e.key, e.value);
    }
  }
  // Sorted, so that the output does not depend on where a variable was set.
  return [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, value]) => ({ name, value }));
}

function dependsOn(value: JsonValue | undefined, notes: ComposeNotes, at: string): void {
  if (value === undefined || value === null) return;
  const names = Array.isArray(value) ? value.map(String) : isObject(value) ? Object.keys(value) : undefined;
  if (!names) {
    notes.warn(`${at}/depends_on`, 'depends_on is neither a list nor a map: left out');
    return;
  }
  for (const dep of names) {
    const condition = isObject(value) && isObject((value as JsonObject)[dep]) ? scalarText(((value as JsonObject)[dep] as JsonObject).condition) : undefined;
    notes.warn(
      `${at}/depends_on`,
      `${dep}${condition ? ` (${condition})` : ''}: ECS starts services independently (container dependsOn works only within one task, and each service is its own task); make the application wait for ${dep} or retry`,
    );
  }
}

function resources(svc: JsonObject, c: JsonObject, ec2: boolean, notes: ComposeNotes, at: string): void {
  const deploy = isObject(svc.deploy) ? svc.deploy : {};
  const res = isObject(deploy.resources) ? deploy.resources : {};
  const limits = isObject(res.limits) ? res.limits : {};
  const reservations = isObject(res.reservations) ? res.reservations : {};
  const cpu = (value: JsonValue | undefined, where: string) => {
    if (value === undefined) return undefined;
    const units = cpuUnits(value);
    if (units === undefined) notes.warn(where, `${JSON.stringify(value)} is not a number of CPUs: left out`);
    return units;
  };
  const memory = (value: JsonValue | undefined, where: string) => {
    if (value === undefined) return undefined;
    const bytes = byteSize(value);
    if (bytes === undefined) notes.warn(where, `${JSON.stringify(value)} is not a size: left out`);
    return bytes === undefined ? undefined : mebibytes(bytes);
  };
  // ECS has one CPU figure per container (reserved on EC2, shares under load): the limit, else the reservation.
  const units = cpu(limits.cpus, `${at}/deploy/resources/limits/cpus`) ?? cpu(svc.cpus, `${at}/cpus`) ?? cpu(reservations.cpus, `${at}/deploy/resources/reservations/cpus`);
  if (units !== undefined) c.cpu = units;
  else if ((integer(svc.cpu_shares) ?? 0) > 0) c.cpu = integer(svc.cpu_shares)!;
  else if (svc.cpu_shares !== undefined) notes.warn(`${at}/cpu_shares`, `${JSON.stringify(svc.cpu_shares)} is not a number of CPU shares: left out`);
  const hard = memory(limits.memory, `${at}/deploy/resources/limits/memory`) ?? memory(svc.mem_limit, `${at}/mem_limit`);
  const soft = memory(reservations.memory, `${at}/deploy/resources/reservations/memory`) ?? memory(svc.mem_reservation, `${at}/mem_reservation`);
  if (hard !== undefined) c.memory = Math.max(6, hard);
  if (soft !== undefined) {
    if (hard !== undefined && soft > hard) notes.warn(`${at}/deploy/resources/reservations/memory`, `the reservation is over the limit: ${hard} MiB, as the limit`);
    c.memoryReservation = Math.max(6, hard !== undefined ? Math.min(soft, hard) : soft);
  }
  if (hard === undefined && soft === undefined && ec2) {
    // On EC2 a container needs one of them when the task sets no memory (CD-MEM-REQ).
    c.memoryReservation = EC2_DEFAULT_RESERVATION;
    notes.warn(`${at}/deploy/resources`, `no memory limit or reservation, which ECS needs on EC2: a reservation of ${EC2_DEFAULT_RESERVATION} MiB`);
  }
  if (svc.cpu_shares !== undefined && units !== undefined) notes.info(`${at}/cpu_shares`, 'left out: cpus sets the container’s CPU units');
  for (const key of Object.keys(limits)) if (key !== 'cpus' && key !== 'memory') notes.warn(`${at}/deploy/resources/limits/${key}`, 'left out: no ECS equivalent');
  for (const key of Object.keys(reservations)) {
    if (key === 'devices') notes.warn(`${at}/deploy/resources/reservations/devices`, 'left out: set GPU resource requirements on the container (EC2 with GPU instances only)');
    else if (key !== 'cpus' && key !== 'memory') notes.warn(`${at}/deploy/resources/reservations/${key}`, 'left out: no ECS equivalent');
  }
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

function restart(value: JsonValue | undefined, c: JsonObject, notes: ComposeNotes, at: string): void {
  if (value === undefined || value === null) return;
  const where = `${at}/restart`;
  const text = scalarText(value) ?? '';
  if (text === 'no' || value === false) {
    notes.info(where, 'no: the container is not restarted in place, but the service still replaces a task that stops; for a run-once job use a standalone task');
    return;
  }
  const failure = /^on-failure(?::(\d+))?$/.exec(text);
  if (text === 'always' || text === 'unless-stopped' || failure) {
    // ECS restarts a container in place with a restart policy (ignored exit codes: not a failure).
    c.restartPolicy = failure ? { enabled: true, ignoredExitCodes: [0] } : { enabled: true };
    if (failure?.[1]) notes.warn(where, `at most ${failure[1]} restarts: ECS has no such limit (it waits restartAttemptPeriod between restarts)`);
    return;
  }
  notes.warn(where, `${JSON.stringify(value)} is not a restart policy: left out`);
}

function logging(value: JsonValue | undefined, c: JsonObject, ctx: ServiceContext, name: string, notes: ComposeNotes, at: string): void {
  const awslogs = (): JsonObject => ({
    logDriver: 'awslogs',
    options: { 'awslogs-group': `/ecs/${ctx.project}/${name}`, 'awslogs-region': ctx.region, 'awslogs-create-group': 'true', 'awslogs-stream-prefix': 'ecs' },
  });
  const fargate = ctx.launch === 'FARGATE';
  if (value === undefined || value === null) {
    c.logConfiguration = awslogs();
    notes.info(`${at}/logging`, `no logging: awslogs to the log group /ecs/${ctx.project}/${name} (CloudWatch Logs)`);
    return;
  }
  const where = `${at}/logging`;
  const l = isObject(value) ? value : undefined;
  const driver = scalarText(l?.driver);
  const allowed = fargate ? FARGATE_LOG_DRIVERS : LOG_DRIVERS;
  if (!l || !driver) {
    notes.warn(where, 'no log driver: awslogs (CloudWatch Logs)');
    c.logConfiguration = awslogs();
    return;
  }
  if (!allowed.includes(driver)) {
    notes.warn(where, `driver ${driver} is not one ${fargate ? 'Fargate' : 'ECS'} takes (${allowed.join(', ')}): awslogs (CloudWatch Logs), its options left out`);
    c.logConfiguration = awslogs();
    return;
  }
  const config: JsonObject = { logDriver: driver };
  if (l.options !== undefined) {
    const options = keyValues(l.options);
    if (!options || options.some((o) => o.value === undefined)) notes.warn(`${where}/options`, 'options are not a map of values: left out');
    else if (options.length) config.options = Object.fromEntries(options.map((o) => [o.key, o.value!]));
  }
  if (driver === 'awslogs') {
    const opts = isObject(config.options) ? config.options : {};
    if (opts['awslogs-group'] === undefined) {
      opts['awslogs-group'] = `/ecs/${ctx.project}/${name}`;
      opts['awslogs-create-group'] = 'true';
      notes.info(`${where}/options`, `no awslogs-group: /ecs/${ctx.project}/${name}, created on first use`);
    }
    if (opts['awslogs-region'] === undefined) opts['awslogs-region'] = ctx.region;
    if (opts['awslogs-stream-prefix'] === undefined && fargate) opts['awslogs-stream-prefix'] = 'ecs';
    config.options = opts;
  }
  c.logConfiguration = config;
}

function capabilities(svc: JsonObject, linux: JsonObject, fargate: boolean, notes: ComposeNotes, at: string): void {
  const caps: JsonObject = {};
  for (const [key, field] of [['cap_add', 'add'], ['cap_drop', 'drop']] as const) {
    if (svc[key] === undefined || svc[key] === null) continue;
    const list = stringList(svc[key]);
    if (!list) {
      notes.warn(`${at}/${key}`, `${key} is not a list of capabilities: left out`);
      continue;
    }
    const names = list.map((n) => n.toUpperCase().replace(/^CAP_/, ''));
    const known = names.filter((n) => CAPABILITIES.has(n));
    for (const n of names.filter((n) => !CAPABILITIES.has(n))) notes.warn(`${at}/${key}`, `${n} is not a capability ECS knows: left out`);
    // Fargate takes only SYS_PTRACE as an added capability (any may be dropped).
    const kept = fargate && field === 'add' ? known.filter((n) => n === 'SYS_PTRACE') : known;
    for (const n of known.filter((n) => !kept.includes(n))) notes.warn(`${at}/${key}`, `${n} left out: Fargate adds only SYS_PTRACE`);
    if (kept.length) caps[field] = kept;
  }
  if (Object.keys(caps).length) linux.capabilities = caps;
}

function ulimits(value: JsonValue | undefined, c: JsonObject, fargate: boolean, notes: ComposeNotes, at: string): void {
  if (value === undefined || value === null) return;
  if (!isObject(value)) {
    notes.warn(`${at}/ulimits`, 'ulimits is not a map: left out');
    return;
  }
  const out: JsonObject[] = [];
  for (const [name, limit] of Object.entries(value)) {
    const where = `${at}/ulimits/${name}`;
    const soft = isObject(limit) ? integer(limit.soft) : integer(limit);
    const hard = isObject(limit) ? integer(limit.hard) : integer(limit);
    if (!ULIMITS.has(name)) notes.warn(where, `${name} is not a limit ECS knows: left out`);
    else if (soft === undefined || hard === undefined) notes.warn(where, 'not a number or a soft/hard pair: left out');
    else if (fargate && name !== 'nofile') notes.warn(where, `${name} left out: Fargate changes only nofile`);
    else out.push({ name, softLimit: soft, hardLimit: hard });
  }
  if (out.length) c.ulimits = out;
}

/** `["host:ip", "host=ip"]` (an IPv6 address after the first `:`, brackets optional) or `{host: ip}`. */
function extraHosts(value: JsonValue): JsonObject[] | undefined {
  const entries = Array.isArray(value)
    ? value.map((item) => {
        const text = scalarText(item) ?? '';
        const at = text.includes('=') ? text.indexOf('=') : text.indexOf(':');
        return at < 0 ? undefined : { key: text.slice(0, at), value: text.slice(at + 1) };
      })
    : keyValues(value);
  if (!entries || entries.some((e) => !e || !e.key || !e.value)) return undefined;
  return entries.map((e) => ({ hostname: e!.key, ipAddress: e!.value!.replace(/^\[|\]$/g, '') }));
}

function runtimePlatform(value: JsonValue): JsonObject | undefined {
  const text = scalarText(value)?.toLowerCase();
  if (text === 'linux/amd64' || text === 'linux/x86_64') return { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' };
  if (text === 'linux/arm64' || text === 'linux/arm64/v8' || text === 'linux/aarch64') return { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' };
  return undefined;
}

/** A key ECS takes only on EC2: mapped by `apply` there (false: a value it cannot read), reported on Fargate. */
function ec2Only(svc: JsonObject, key: string, fargate: boolean, notes: ComposeNotes, at: string, apply: (v: JsonValue) => boolean): void {
  const value = svc[key];
  if (value === undefined || value === null) return;
  if (fargate) {
    notes.warn(`${at}/${key}`, `left out: Fargate does not support ${key}`);
    return;
  }
  if (!apply(value)) notes.warn(`${at}/${key}`, `${JSON.stringify(value)} is not a value ECS can take: left out`);
}

/** A key of Docker's own networking, which ECS takes in bridge and host mode only. */
function awsvpcless(svc: JsonObject, key: string, awsvpc: boolean, notes: ComposeNotes, at: string, apply: (v: JsonValue) => boolean): void {
  const value = svc[key];
  if (value === undefined || value === null) return;
  if (awsvpc) {
    notes.warn(`${at}/${key}`, 'left out: ECS does not take it on awsvpc tasks (the VPC’s DNS and addresses apply)');
    return;
  }
  if (!apply(value)) notes.warn(`${at}/${key}`, `${JSON.stringify(value)} is not a value ECS can take: left out`);
}

function mapSecrets(value: JsonValue | undefined, ctx: ServiceContext, at: string): MappedService['secrets'] {
  if (value === undefined || value === null) return [];
  const { notes } = ctx;
  if (!Array.isArray(value)) {
    notes.warn(`${at}/secrets`, 'secrets is not a list: left out');
    return [];
  }
  const out: MappedService['secrets'] = [];
  value.forEach((entry, i) => {
    const where = `${at}/secrets/${i}`;
    const source = typeof entry === 'string' ? entry : isObject(entry) ? scalarText(entry.source) : undefined;
    if (!source) {
      notes.warn(where, `${JSON.stringify(entry)} is not a secret: left out`);
      return;
    }
    const target = isObject(entry) ? scalarText(entry.target) : undefined;
    const top = ctx.topSecrets[source];
    if (top === undefined) notes.warn(where, `${source} is not declared under the top-level secrets`);
    const spec = isObject(top) ? top : {};
    const secretName = scalarText(spec.name) ?? `${ctx.project}/${source}`;
    const variable = (target && !target.includes('/') ? target : source).toUpperCase().replace(/[^A-Z0-9_]/g, '_').replace(/^(?=\d)/, '_');
    out.push({ secret: secretName, variable, pointer: where });
    const from = typeof spec.file === 'string' ? ` (Compose reads it from ${spec.file})` : typeof spec.environment === 'string' ? ` (Compose takes it from the variable ${spec.environment})` : spec.external === true ? ' (external: it should exist already)' : '';
    notes.warn(
      where,
      `${source} → Secrets Manager secret ${secretName}, read as the environment variable ${variable}; Compose mounts it as the file /run/secrets/${target ?? source}, so the application must read the variable instead. Put the value into the secret${from} with PutSecretValue or the console: the design never holds it`,
    );
    if (isObject(entry)) for (const key of ['uid', 'gid', 'mode']) if (entry[key] !== undefined) notes.info(`${where}/${key}`, 'left out: the secret is a variable, not a file');
  });
  return out;
}
