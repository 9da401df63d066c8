import { DeriveContext } from '../derive/context.ts';
import { parseCpuUnits, parseMemoryMiB } from '../derive/fargate-sizes.ts';
import { KINDS } from '../kinds/registry.ts';
import type { Artifact } from '../model/artifact.ts';
import type { Design, DesignNode, NodeKind } from '../model/design.ts';
import { isPlainObject, type JsonObject } from '../model/json.ts';
import { DEFAULT_PRICES, getPrice, isUnconfirmedEc2, regionPrices, type FargateRate, type PriceList, type RegionPrices } from './prices.ts';
import type { CostSettings } from './settings.ts';
import { runsPerMonth } from './schedule-runs.ts';
import { splitByStrategy, type StrategyShareItem } from './strategy-split.ts';

/**
 * The monthly cost of a design, per service, per EC2 capacity and per load balancer, with
 * the assumptions beside each figure. Reads the artifacts as they will be sent (so a task
 * size the deriver filled in is the size priced) and the prices of the design's region.
 * What it cannot price (a missing price, capacity outside Fargate and EC2) it leaves out
 * of the figure and says so.
 */

export interface CostAssumption {
  label: string;
  value: string;
}

/** One priced piece of a line: tasks on one provider, the instances, the hours of a load balancer. */
export interface CostPart {
  label: string;
  /** US dollars a month; undefined when a price it needs is missing. */
  monthly: number | undefined;
  /** The arithmetic, e.g. `2 tasks × (0.25 vCPU × $0.04048 + 0.5 GB × $0.004445) × 730 h`. */
  formula: string;
}

export interface CostLine {
  nodeId: string;
  kind: NodeKind;
  name: string;
  /** Sum of the priced parts; undefined when no part could be priced. */
  monthly: number | undefined;
  /** At the scaling minimum and maximum (a service's auto scaling, an Auto Scaling group's sizes). */
  range?: { min: number; max: number };
  parts: CostPart[];
  assumptions: CostAssumption[];
  notes: string[];
}

export interface CostEstimate {
  region: string;
  hoursPerMonth: number;
  priceDate: string;
  lines: CostLine[];
  total: number;
  totalRange: { min: number; max: number };
  notes: string[];
}

type Platform = 'linuxX86' | 'linuxArm' | 'windowsX86';
const PLATFORM_LABEL: Record<Platform, string> = { linuxX86: 'Linux/x86', linuxArm: 'Linux/ARM', windowsX86: 'Windows/x86' };
/** Every Fargate task gets 20 GB of ephemeral storage at no charge (fargate-task-storage.html, pricing page). */
export const FREE_EPHEMERAL_GB = 20;

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const usd = (value: number): string => `$${Number(value.toPrecision(6))}`;
const amount = (value: number): string => `${Number(value.toPrecision(6))}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function estimateCost(design: Design, artifacts: readonly Artifact[], settings: CostSettings, list: PriceList = DEFAULT_PRICES): CostEstimate {
  const ctx = new DeriveContext(design);
  const prices = regionPrices(design.region, settings.prices, list);
  const own = settings.prices[design.region] !== undefined;
  const byNode = new Map<string, Artifact[]>();
  for (const artifact of artifacts) {
    const at = byNode.get(artifact.nodeId);
    if (at) at.push(artifact);
    else byNode.set(artifact.nodeId, [artifact]);
  }
  const artifactOf = (nodeId: string, type: Artifact['type']) => byNode.get(nodeId)?.find((a) => a.type === type);
  const env: Env = { design, ctx, prices, settings, artifactOf, priceSource: `${design.region}, price list of ${list.date}${own ? ' with your own figures' : ''}` };

  // Services first (what the reader asks about), then the capacity and load balancers they use.
  const lines: CostLine[] = [
    ...design.nodes.filter((n) => n.kind === 'service').map((n) => serviceLine(env, n)),
    ...design.nodes.filter((n) => n.kind === 'standalone-task').map((n) => scheduledTaskLine(env, n)),
    ...design.nodes.filter((n) => n.kind === 'capacity-ec2').map((n) => ec2Line(env, n)),
    ...design.nodes.filter((n) => n.kind === 'load-balancer-alb' || n.kind === 'load-balancer-nlb').map((n) => loadBalancerLine(env, n)),
  ];
  const notes: string[] = [];
  if (!prices) notes.push(`The price list has no prices for ${design.region}: enter them under Prices, or set the design's region to one it lists (${Object.keys(list.regions).join(', ')}).`);
  const unpriced = design.nodes.filter((n) => n.kind === 'capacity-managed-instances' || n.kind === 'capacity-external');
  if (unpriced.length) notes.push('ECS Managed Instances and ECS Anywhere capacity are not priced here.');
  notes.push('Not included: data transfer, NAT gateways, public IPv4 addresses, CloudWatch logs and metrics, EBS and EFS storage, Savings Plans and other discounts.');

  const total = lines.reduce((sum, l) => sum + (l.monthly ?? 0), 0);
  const totalRange = lines.reduce(
    (sum, l) => ({ min: sum.min + (l.range?.min ?? l.monthly ?? 0), max: sum.max + (l.range?.max ?? l.monthly ?? 0) }),
    { min: 0, max: 0 },
  );
  return { region: design.region, hoursPerMonth: settings.hoursPerMonth, priceDate: list.date, lines, total, totalRange, notes };
}

interface Env {
  design: Design;
  ctx: DeriveContext;
  prices: RegionPrices | undefined;
  settings: CostSettings;
  artifactOf(nodeId: string, type: Artifact['type']): Artifact | undefined;
  priceSource: string;
}

function nameOf(node: DesignNode): string {
  return KINDS[node.kind]?.displayName(node) ?? node.id;
}

function sumParts(parts: readonly CostPart[]): number | undefined {
  const priced = parts.filter((p) => p.monthly !== undefined);
  return priced.length ? priced.reduce((sum, p) => sum + p.monthly!, 0) : undefined;
}

// ── Services ────────────────────────────────────────────────────────────────

interface TaskSize {
  vcpu: number;
  gb: number;
  platform: Platform;
  /** Ephemeral storage beyond the free 20 GB. */
  extraStorageGb: number;
}

function taskSize(td: JsonObject | undefined): TaskSize | undefined {
  if (!td) return undefined;
  const cpu = parseCpuUnits(td.cpu);
  const memory = parseMemoryMiB(td.memory);
  if (cpu === undefined || memory === undefined) return undefined;
  const platform = isPlainObject(td.runtimePlatform) ? td.runtimePlatform : {};
  const os = typeof platform.operatingSystemFamily === 'string' ? platform.operatingSystemFamily : 'LINUX';
  const arm = platform.cpuArchitecture === 'ARM64';
  const storage = isPlainObject(td.ephemeralStorage) ? num(td.ephemeralStorage.sizeInGiB) : undefined;
  return {
    vcpu: cpu / 1024,
    gb: memory / 1024,
    platform: os.startsWith('WINDOWS') ? 'windowsX86' : arm ? 'linuxArm' : 'linuxX86',
    extraStorageGb: Math.max(0, (storage ?? FREE_EPHEMERAL_GB) - FREE_EPHEMERAL_GB),
  };
}

/** Price of one task for one hour on a Fargate rate card, with its arithmetic, or the prices it lacks. */
export function fargateTaskHour(
  size: TaskSize,
  rate: FargateRate & { osLicenceVcpuHour?: number | null },
  storageGbHour: number | null,
): { perHour: number; formula: string } | { missing: string[] } {
  const missing: string[] = [];
  if (rate.vcpuHour === null) missing.push('vCPU-hour');
  if (rate.gbHour === null) missing.push('GB-hour');
  const windows = size.platform === 'windowsX86';
  if (windows && (rate.osLicenceVcpuHour ?? null) === null) missing.push('Windows OS licence per vCPU-hour');
  if (size.extraStorageGb > 0 && storageGbHour === null) missing.push('ephemeral storage GB-hour');
  if (missing.length) return { missing };
  let perHour = size.vcpu * rate.vcpuHour! + size.gb * rate.gbHour!;
  const terms = [`${amount(size.vcpu)} vCPU × ${usd(rate.vcpuHour!)}`, `${amount(size.gb)} GB × ${usd(rate.gbHour!)}`];
  if (windows) {
    perHour += size.vcpu * rate.osLicenceVcpuHour!;
    terms.push(`${amount(size.vcpu)} vCPU × ${usd(rate.osLicenceVcpuHour!)} licence`);
  }
  if (size.extraStorageGb > 0) {
    perHour += size.extraStorageGb * storageGbHour!;
    terms.push(`${amount(size.extraStorageGb)} GB storage × ${usd(storageGbHour!)}`);
  }
  return { perHour, formula: `(${terms.join(' + ')})` };
}

interface Strategy {
  items: StrategyShareItem[];
  /** Where it comes from, for the assumptions. */
  from: string;
}

function strategyOf(env: Env, service: DesignNode, content: JsonObject): Strategy | { none: string } {
  const own = objectItems(content.capacityProviderStrategy);
  if (own.length) return { items: own, from: 'the service' };
  const launchType = content.launchType;
  if (launchType === 'FARGATE') return { items: [{ capacityProvider: 'FARGATE', weight: 1 }], from: 'launch type FARGATE' };
  if (typeof launchType === 'string') return { none: `Launch type ${launchType}: ${launchType === 'EC2' ? 'the tasks run on container instances, priced with their EC2 capacity' : 'not priced here'}.` };
  const clusterNode = env.ctx.index.target(service.id, 'runs-in');
  const cluster = clusterNode ? env.artifactOf(clusterNode.id, 'cluster')?.content : undefined;
  const defaults = objectItems(cluster?.defaultCapacityProviderStrategy);
  if (defaults.length) return { items: defaults, from: "the cluster's default strategy" };
  return { none: 'No capacity provider strategy or launch type (and no cluster default): where the tasks run is not known, so they are not priced.' };
}

function objectItems(value: unknown): StrategyShareItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isPlainObject).flatMap((item) =>
    typeof item.capacityProvider === 'string' ? [{ capacityProvider: item.capacityProvider, base: num(item.base), weight: num(item.weight) }] : [],
  );
}

function strategyText(items: readonly StrategyShareItem[]): string {
  return items.map((i) => [i.capacityProvider, i.base ? `base ${i.base}` : '', `weight ${i.weight ?? 0}`].filter(Boolean).join(' ')).join(', ');
}

function serviceLine(env: Env, node: DesignNode): CostLine {
  const line: CostLine = { nodeId: node.id, kind: node.kind, name: nameOf(node), monthly: undefined, parts: [], assumptions: [], notes: [] };
  const content = env.artifactOf(node.id, 'service')?.content ?? node.data;
  if (content.schedulingStrategy === 'DAEMON') {
    line.notes.push('DAEMON: one task on every EC2 instance, priced with the instances of its capacity.');
    return line;
  }
  const desired = num(content.desiredCount);
  if (desired === undefined) line.notes.push('No desired count: priced as 0 tasks.');
  const scaling = env.ctx.index.sources(node.id, 'scales')[0];
  const min = num(scaling?.data.minCapacity);
  const max = num(scaling?.data.maxCapacity);
  const scaled = min !== undefined && max !== undefined && min <= max;
  // Auto scaling keeps the desired count between its minimum and maximum.
  const count = scaled ? Math.min(max, Math.max(min, desired ?? min)) : (desired ?? 0);
  line.assumptions.push({
    label: 'Tasks',
    value: scaled ? `${count} (desired ${desired ?? '–'}, kept within auto scaling ${min}–${max})` : `${count} (desired count)`,
  });

  const tdNode = env.ctx.index.target(node.id, 'uses');
  const size = taskSize(tdNode ? env.artifactOf(tdNode.id, 'task-definition')?.content : undefined);
  if (!size) {
    line.notes.push(tdNode ? 'The task definition has no task-level cpu and memory: the task size is not known, so it is not priced.' : 'No task definition: the task size is not known.');
    return line;
  }
  line.assumptions.push({ label: 'Task size', value: `${amount(size.vcpu)} vCPU, ${amount(size.gb)} GB, ${PLATFORM_LABEL[size.platform]}` });
  line.assumptions.push({
    label: 'Ephemeral storage',
    value: size.extraStorageGb ? `${FREE_EPHEMERAL_GB + size.extraStorageGb} GB (${size.extraStorageGb} GB beyond the free ${FREE_EPHEMERAL_GB})` : `${FREE_EPHEMERAL_GB} GB included`,
  });
  line.assumptions.push({ label: 'Hours', value: `${env.settings.hoursPerMonth} a month` });

  const strategy = strategyOf(env, node, content);
  if ('none' in strategy) {
    line.notes.push(strategy.none);
    return line;
  }
  const split = splitByStrategy(strategy.items, count);
  const placed = split.shares.filter((s) => s.tasks > 0).map((s) => `${s.tasks} on ${s.capacityProvider}`);
  line.assumptions.push({
    label: 'Capacity',
    value: `${strategyText(strategy.items)} (from ${strategy.from})${placed.length ? ` → ${placed.join(', ')}` : ''}`,
  });
  if (split.unplaced) line.notes.push(`${plural(split.unplaced, 'task')} beyond the base have no provider to go to (every weight is 0).`);
  line.assumptions.push({ label: 'Prices', value: env.priceSource });

  const perTask = (provider: string) => perTaskHour(env, size, provider);

  const monthlyAt = (tasks: number): number | undefined => {
    const { shares } = splitByStrategy(strategy.items, tasks);
    let sum: number | undefined;
    for (const share of shares) {
      const priced = perTask(share.capacityProvider);
      if ('perHour' in priced) sum = (sum ?? 0) + share.tasks * priced.perHour * env.settings.hoursPerMonth;
    }
    return sum;
  };

  for (const share of split.shares) {
    const priced = perTask(share.capacityProvider);
    const label = `${share.capacityProvider} · ${plural(share.tasks, 'task')}`;
    if ('skip' in priced) {
      if (share.tasks) line.notes.push(`${plural(share.tasks, 'task')} on ${share.capacityProvider}: ${priced.skip}.`);
      continue;
    }
    line.parts.push({
      label,
      monthly: share.tasks * priced.perHour * env.settings.hoursPerMonth,
      formula: `${plural(share.tasks, 'task')} × ${priced.formula} × ${env.settings.hoursPerMonth} h`,
    });
  }
  line.monthly = sumParts(line.parts);
  if (scaled && line.monthly !== undefined) line.range = { min: monthlyAt(min) ?? 0, max: monthlyAt(max) ?? 0 };
  return line;
}

/** What one task of `size` costs an hour on `provider`, with its arithmetic, or why it is not priced. */
function perTaskHour(env: Env, size: TaskSize, provider: string): { perHour: number; formula: string } | { skip: string } {
  if (!env.prices) return { skip: `no prices for ${env.design.region}` };
  if (provider === 'FARGATE' || provider === 'FARGATE_SPOT') {
    const spot = provider === 'FARGATE_SPOT';
    if (spot && size.platform === 'windowsX86') return { skip: 'Fargate Spot does not run Windows tasks' };
    const rate = spot ? env.prices.fargateSpot[size.platform as 'linuxX86' | 'linuxArm'] : env.prices.fargate[size.platform];
    const priced = fargateTaskHour(size, rate, env.prices.fargate.storageGbHour);
    if ('missing' in priced) return { skip: `no ${spot ? 'Fargate Spot' : 'Fargate'} ${PLATFORM_LABEL[size.platform]} price for ${priced.missing.join(', ')} in ${env.design.region}` };
    return priced;
  }
  const capacity = env.design.nodes.find((n) => (n.kind === 'capacity-ec2' || n.kind === 'capacity-managed-instances') && env.ctx.providerName(n) === provider);
  if (capacity?.kind === 'capacity-ec2') return { skip: `runs on the instances of ${provider}, priced on that line` };
  if (capacity) return { skip: `Managed Instances capacity ${provider} is not priced here` };
  return { skip: `capacity provider ${provider} is not in the design` };
}

// ── Standalone tasks on a schedule ─────────────────────────────────────────

/**
 * A standalone task started by schedules (an EventBridge rule's or Scheduler's expression):
 * runs a month × tasks a run × the price of a task for the minutes each run lasts (the
 * user's assumption: nothing in the design says how long a job takes). Fargate bills at
 * least one minute a task.
 */
function scheduledTaskLine(env: Env, node: DesignNode): CostLine {
  const line: CostLine = { nodeId: node.id, kind: node.kind, name: nameOf(node), monthly: undefined, parts: [], assumptions: [], notes: [] };
  const content = env.artifactOf(node.id, 'run-task')?.content ?? node.data;
  const perRun = Math.max(1, Math.floor(num(content.count) ?? 1));
  const starters = env.ctx.index.sources(node.id, 'starts');
  let runs = 0;
  const counted: string[] = [];
  for (const starter of starters) {
    const expression = starter.data.ScheduleExpression;
    const schedule = runsPerMonth(expression, env.settings.hoursPerMonth);
    if (starter.data.State === 'DISABLED') line.notes.push(`${nameOf(starter)} is disabled: it starts nothing.`);
    else if ('runs' in schedule) {
      runs += schedule.runs;
      counted.push(`${nameOf(starter)} ${schedule.description}`);
    } else line.notes.push(expression === undefined ? `${nameOf(starter)} starts it on events: how often is not known, so those runs are not priced.` : `${nameOf(starter)}: ${schedule.unknown}.`);
  }
  if (!starters.length) line.notes.push('Nothing starts it on a schedule (no rule or schedule connected): not priced.');
  if (!counted.length) return line;
  line.assumptions.push({ label: 'Runs', value: `${amount(runs)} a month (${counted.join('; ')})` });
  line.assumptions.push({ label: 'Tasks a run', value: String(perRun) });
  const minutes = env.settings.minutesPerRun;
  line.assumptions.push({ label: 'Minutes a run', value: minutes === undefined ? 'not set' : `${minutes}${minutes < 1 ? ' (Fargate bills at least 1)' : ''}` });

  const tdNode = env.ctx.index.target(node.id, 'uses');
  const size = taskSize(tdNode ? env.artifactOf(tdNode.id, 'task-definition')?.content : undefined);
  if (!size) {
    line.notes.push(tdNode ? 'The task definition has no task-level cpu and memory: the task size is not known, so it is not priced.' : 'No task definition: the task size is not known.');
    return line;
  }
  line.assumptions.push({ label: 'Task size', value: `${amount(size.vcpu)} vCPU, ${amount(size.gb)} GB, ${PLATFORM_LABEL[size.platform]}` });
  if (minutes === undefined) {
    line.notes.push('How long a run lasts is not known: set Minutes a run to price it.');
    return line;
  }
  const strategy = strategyOf(env, node, content);
  if ('none' in strategy) {
    line.notes.push(strategy.none);
    return line;
  }
  const split = splitByStrategy(strategy.items, perRun);
  line.assumptions.push({ label: 'Capacity', value: `${strategyText(strategy.items)} (from ${strategy.from})` });
  line.assumptions.push({ label: 'Prices', value: env.priceSource });
  const hoursARun = Math.max(1, minutes) / 60;
  for (const share of split.shares) {
    if (!share.tasks) continue;
    const priced = perTaskHour(env, size, share.capacityProvider);
    if ('skip' in priced) {
      line.notes.push(`${plural(share.tasks, 'task')} a run on ${share.capacityProvider}: ${priced.skip}.`);
      continue;
    }
    line.parts.push({
      label: `${share.capacityProvider} · ${plural(share.tasks, 'task')} a run`,
      monthly: runs * share.tasks * priced.perHour * hoursARun,
      formula: `${amount(runs)} runs × ${plural(share.tasks, 'task')} × ${priced.formula} × ${amount(Math.max(1, minutes))} min / 60`,
    });
  }
  line.monthly = sumParts(line.parts);
  return line;
}

// ── EC2 capacity ────────────────────────────────────────────────────────────

function ec2Line(env: Env, node: DesignNode): CostLine {
  const line: CostLine = { nodeId: node.id, kind: node.kind, name: nameOf(node), monthly: undefined, parts: [], assumptions: [], notes: [] };
  const asg = env.artifactOf(node.id, 'auto-scaling-group')?.content;
  const type = typeof node.data.instanceType === 'string' ? node.data.instanceType.trim() : '';
  const min = num(asg?.MinSize ?? node.data.minSize);
  const max = num(asg?.MaxSize ?? node.data.maxSize);
  const desired = num(asg?.DesiredCapacity ?? node.data.desiredCapacity) ?? min ?? 0;
  const hours = env.settings.hoursPerMonth;
  line.assumptions.push({ label: 'Instances', value: `${desired} (desired capacity${min !== undefined && max !== undefined ? `; group ${min}–${max}` : ''})` });
  line.assumptions.push({ label: 'Instance type', value: type || 'not set' });
  line.assumptions.push({ label: 'Hours', value: `${hours} a month` });
  line.assumptions.push({ label: 'Prices', value: `${env.priceSource}, Linux on-demand` });
  if (typeof node.data.amiFamily === 'string' && node.data.amiFamily.startsWith('WINDOWS')) {
    line.notes.push('Windows instances: the Linux price is used; Windows Server instances cost more (the licence is in their price).');
  }
  const price = env.prices && type ? getPrice(env.prices, `ec2/${type}`) : null;
  if (price === null) {
    line.notes.push(type ? `No price for ${type} in ${env.design.region}: enter it under Prices.` : 'No instance type: not priced.');
    return line;
  }
  if (env.prices && isUnconfirmedEc2(env.prices, type)) line.notes.push(`The ${type} price is the usual list price, not confirmed from a stored page: check it.`);
  line.parts.push({ label: `${plural(desired, 'instance')} of ${type}`, monthly: desired * price * hours, formula: `${plural(desired, 'instance')} × ${usd(price)} × ${hours} h` });
  line.monthly = sumParts(line.parts);
  if (min !== undefined && max !== undefined && min <= max) line.range = { min: min * price * hours, max: max * price * hours };
  return line;
}

// ── Load balancers ──────────────────────────────────────────────────────────

function loadBalancerLine(env: Env, node: DesignNode): CostLine {
  const line: CostLine = { nodeId: node.id, kind: node.kind, name: nameOf(node), monthly: undefined, parts: [], assumptions: [], notes: [] };
  const alb = node.kind === 'load-balancer-alb';
  const what = alb ? 'Application Load Balancer' : 'Network Load Balancer';
  const unit = alb ? 'LCU' : 'NLCU';
  const hours = env.settings.hoursPerMonth;
  const lcu = env.settings.lcuPerHour;
  line.assumptions.push({ label: 'Hours', value: `${hours} a month` });
  line.assumptions.push({ label: `${unit}s`, value: lcu === undefined ? 'left out' : `${lcu} per hour on average` });
  line.assumptions.push({ label: 'Prices', value: env.priceSource });
  const hourly = env.prices ? (alb ? env.prices.loadBalancer.albHour : env.prices.loadBalancer.nlbHour) : null;
  const lcuPrice = env.prices ? (alb ? env.prices.loadBalancer.albLcuHour : env.prices.loadBalancer.nlbLcuHour) : null;
  if (hourly === null) line.notes.push(`No ${what} hourly price for ${env.design.region}: enter it under Prices.`);
  else line.parts.push({ label: what, monthly: hourly * hours, formula: `${usd(hourly)} × ${hours} h` });
  if (lcu === undefined) line.notes.push(`${unit} charges (traffic, connections, rule evaluations) are left out: set ${unit}s per hour under Assumptions to include them.`);
  else if (lcuPrice === null) line.notes.push(`No ${unit}-hour price for ${env.design.region}: ${unit} charges are left out; enter it under Prices.`);
  else line.parts.push({ label: `${amount(lcu)} ${lcu === 1 ? unit : `${unit}s`}`, monthly: lcu * lcuPrice * hours, formula: `${amount(lcu)} ${unit} × ${usd(lcuPrice)} × ${hours} h` });
  line.monthly = sumParts(line.parts);
  return line;
}
