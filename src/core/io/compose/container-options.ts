import type { JsonObject, JsonValue } from '../../model/json.ts';
import type { ComposeNotes } from './notes.ts';
import type { ServiceContext } from './service-context.ts';
import { byteSize, cpuUnits, integer, isObject, keyValues, mebibytes, scalarText, stringList } from './values.ts';

/**
 * The container-level options of a compose service (resources, restart, logging, Linux
 * parameters, ulimits, hosts, platform) → container definition fields; each reports what
 * ECS cannot take on the launch type in use.
 */

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

export function resources(svc: JsonObject, c: JsonObject, ec2: boolean, notes: ComposeNotes, at: string): void {
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

export function restart(value: JsonValue | undefined, c: JsonObject, notes: ComposeNotes, at: string): void {
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

export function logging(value: JsonValue | undefined, c: JsonObject, ctx: ServiceContext, name: string, notes: ComposeNotes, at: string): void {
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

export function capabilities(svc: JsonObject, linux: JsonObject, fargate: boolean, notes: ComposeNotes, at: string): void {
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

export function ulimits(value: JsonValue | undefined, c: JsonObject, fargate: boolean, notes: ComposeNotes, at: string): void {
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
export function extraHosts(value: JsonValue): JsonObject[] | undefined {
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

export function runtimePlatform(value: JsonValue): JsonObject | undefined {
  const text = scalarText(value)?.toLowerCase();
  if (text === 'linux/amd64' || text === 'linux/x86_64') return { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' };
  if (text === 'linux/arm64' || text === 'linux/arm64/v8' || text === 'linux/aarch64') return { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' };
  return undefined;
}

/** A key ECS takes only on EC2: mapped by `apply` there (false: a value it cannot read), reported on Fargate. */
export function ec2Only(svc: JsonObject, key: string, fargate: boolean, notes: ComposeNotes, at: string, apply: (v: JsonValue) => boolean): void {
  const value = svc[key];
  if (value === undefined || value === null) return;
  if (fargate) {
    notes.warn(`${at}/${key}`, `left out: Fargate does not support ${key}`);
    return;
  }
  if (!apply(value)) notes.warn(`${at}/${key}`, `${JSON.stringify(value)} is not a value ECS can take: left out`);
}

/** A key of Docker's own networking, which ECS takes in bridge and host mode only. */
export function awsvpcless(svc: JsonObject, key: string, awsvpc: boolean, notes: ComposeNotes, at: string, apply: (v: JsonValue) => boolean): void {
  const value = svc[key];
  if (value === undefined || value === null) return;
  if (awsvpc) {
    notes.warn(`${at}/${key}`, 'left out: ECS does not take it on awsvpc tasks (the VPC’s DNS and addresses apply)');
    return;
  }
  if (!apply(value)) notes.warn(`${at}/${key}`, `${JSON.stringify(value)} is not a value ECS can take: left out`);
}
