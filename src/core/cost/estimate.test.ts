import { describe, expect, it } from 'vitest';
import { setNodeField } from '../commands/design-commands.ts';
import { derive } from '../derive/index.ts';
import type { Design } from '../model/design.ts';
import type { JsonValue } from '../model/json.ts';
import { fargateWebSample } from '../templates/fargate-web.ts';
import { DesignBuilder } from '../test-support/builders.ts';
import { estimateCost, type CostEstimate } from './estimate.ts';
import { defaultCostSettings, withPrice, type CostSettings } from './settings.ts';

const settings = (over: Partial<CostSettings> = {}): CostSettings => ({ ...defaultCostSettings(), ...over });
const estimate = (design: Design, over?: Partial<CostSettings>) => estimateCost(design, derive(design), settings(over));
const line = (e: CostEstimate, name: string) => {
  const found = e.lines.find((l) => l.name === name);
  if (!found) throw new Error(`no line ${name}; have ${e.lines.map((l) => l.name).join(', ')}`);
  return found;
};
const assumption = (e: CostEstimate, name: string, label: string) => line(e, name).assumptions.find((a) => a.label === label)?.value;

function edit(design: Design, kind: string, path: string[], value: JsonValue): Design {
  const node = design.nodes.find((n) => n.kind === kind)!;
  const result = setNodeField(design, node.id, path, value);
  if (!result.ok) throw new Error(result.reason);
  return result.design;
}

/** A Fargate service `svc` with task definition `td` (size given) in a cluster, on the capacity given by `capacity`. */
function fargateService(td: Record<string, JsonValue>, desiredCount: number) {
  return new DesignBuilder()
    .add('cluster', 'cluster', { clusterName: 'c' })
    .add('svc', 'service', { serviceName: 'svc', desiredCount })
    .add('td', 'task-definition', { family: 'app', ...td })
    .add('ctr', 'container', { name: 'app', image: 'busybox', essential: true })
    .link('svc', 'cluster')
    .link('svc', 'td')
    .link('ctr', 'td');
}

describe('Fargate cost by vCPU-hours and GB-hours', () => {
  it("the issue's example: 0.25 vCPU + 0.5 GB Linux/x86 for 24 h = $0.29622 at $0.04048 per vCPU-hour and $0.004445 per GB-hour", () => {
    // One task of the sample (the deriver sizes it 256 CPU units / 512 MiB) for 24 hours.
    const design = edit(fargateWebSample(), 'service', ['desiredCount'], 1);
    const e = estimate(design, { hoursPerMonth: 24 });
    const web = line(e, 'web');
    // 0.25 × 0.04048 × 24 + 0.5 × 0.004445 × 24 = 0.24288 + 0.05334
    expect(web.monthly).toBeCloseTo(0.29622, 10);
    expect(web.parts).toHaveLength(1);
    expect(web.parts[0]!.formula).toBe('1 task × (0.25 vCPU × $0.04048 + 0.5 GB × $0.004445) × 24 h');
    expect(assumption(e, 'web', 'Task size')).toBe('0.25 vCPU, 0.5 GB, Linux/x86');
    expect(assumption(e, 'web', 'Tasks')).toBe('1 (desired count)');
    expect(assumption(e, 'web', 'Hours')).toBe('24 a month');
    expect(assumption(e, 'web', 'Capacity')).toBe("FARGATE weight 1 (from the cluster's default strategy) → 1 on FARGATE");
    expect(assumption(e, 'web', 'Prices')).toBe('us-east-1, price list of 2026-12-04');
  });

  it('the sample for a month: 2 tasks × 0.0123425 × 730 h = $18.02005, the ALB $0.0225 × 730 = $16.425, total $34.44505', () => {
    const e = estimate(fargateWebSample());
    expect(line(e, 'web').monthly).toBeCloseTo(18.02005, 8);
    expect(line(e, 'web-alb').monthly).toBeCloseTo(16.425, 8);
    expect(e.total).toBeCloseTo(34.44505, 8);
    expect(e.totalRange.min).toBeCloseTo(34.44505, 8);
    expect(e.totalRange.max).toBeCloseTo(34.44505, 8);
  });

  it('the figure follows the desired count (4 tasks double 2)', () => {
    const e = estimate(edit(fargateWebSample(), 'service', ['desiredCount'], 4));
    expect(line(e, 'web').monthly).toBeCloseTo(36.0401, 8);
  });

  it('Linux/ARM with 50 GB of ephemeral storage: 30 GB beyond the free 20 are priced', () => {
    const t = fargateService({ cpu: '512', memory: '1024', runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' }, ephemeralStorage: { sizeInGiB: 50 } }, 1).add('fargate', 'capacity-fargate').link('svc', 'fargate');
    const e = estimate(t.build());
    // (0.5 × 0.03238 + 1 × 0.00356 + 30 × 0.000111) × 730 = 0.02308 × 730
    expect(line(e, 'svc').monthly).toBeCloseTo(16.8484, 8);
    expect(assumption(e, 'svc', 'Ephemeral storage')).toBe('50 GB (30 GB beyond the free 20)');
    expect(assumption(e, 'svc', 'Task size')).toBe('0.5 vCPU, 1 GB, Linux/ARM');
  });

  it('Windows adds the OS licence fee per vCPU-hour', () => {
    const t = fargateService({ cpu: '1024', memory: '2048', runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } }, 1).add('fargate', 'capacity-fargate').link('svc', 'fargate');
    const e = estimate(t.build());
    // (1 × 0.09148 + 2 × 0.01005 + 1 × 0.046) × 730 = 0.15758 × 730
    expect(line(e, 'svc').monthly).toBeCloseTo(115.0334, 8);
    expect(line(e, 'svc').parts[0]!.formula).toBe('1 task × (1 vCPU × $0.09148 + 2 GB × $0.01005 + 1 vCPU × $0.046 licence) × 730 h');
  });

  it('CPS-BASE: FARGATE base 1 weight 1 + FARGATE_SPOT weight 3 with 10 tasks prices 3 on-demand and 7 Spot', () => {
    const t = fargateService({ cpu: '1024', memory: '2048' }, 10)
      .add('fargate', 'capacity-fargate')
      .add('spot', 'capacity-fargate-spot')
      .link('svc', 'fargate', { base: 1, weight: 1 })
      .link('svc', 'spot', { weight: 3 });
    const e = estimate(t.build());
    const svc = line(e, 'svc');
    // FARGATE: 3 × (0.04048 + 2 × 0.004445) × 730 = 3 × 0.04937 × 730 = 108.1203
    // FARGATE_SPOT: 7 × (0.012144 + 2 × 0.0013335) × 730 = 7 × 0.014811 × 730 = 75.68421
    expect(svc.parts.map((p) => p.label)).toEqual(['FARGATE · 3 tasks', 'FARGATE_SPOT · 7 tasks']);
    expect(svc.parts[0]!.monthly).toBeCloseTo(108.1203, 8);
    expect(svc.parts[1]!.monthly).toBeCloseTo(75.68421, 8);
    expect(svc.monthly).toBeCloseTo(183.80451, 8);
    expect(assumption(e, 'svc', 'Capacity')).toBe('FARGATE base 1 weight 1, FARGATE_SPOT weight 3 (from the service) → 3 on FARGATE, 7 on FARGATE_SPOT');
  });

  it('Fargate Spot does not run Windows: those tasks are left out with a note', () => {
    const t = fargateService({ cpu: '1024', memory: '2048', runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } }, 2)
      .add('spot', 'capacity-fargate-spot')
      .link('svc', 'spot', { weight: 1 });
    const svc = line(estimate(t.build()), 'svc');
    expect(svc.monthly).toBeUndefined();
    expect(svc.notes).toContain('2 tasks on FARGATE_SPOT: Fargate Spot does not run Windows tasks.');
  });
});

describe('auto scaling range', () => {
  it('a service with scaling 2–8 shows the desired count with the range at the minimum and the maximum', () => {
    const t = new DesignBuilder();
    t.design = fargateWebSample();
    const service = t.design.nodes.find((n) => n.kind === 'service')!;
    t.ids.service = service.id;
    t.add('scaling', 'service-scaling', { minCapacity: 2, maxCapacity: 8 }).link('scaling', 'service');
    const e = estimate(t.build());
    const web = line(e, 'web');
    expect(web.monthly).toBeCloseTo(18.02005, 8);
    expect(web.range!.min).toBeCloseTo(18.02005, 8);
    expect(web.range!.max).toBeCloseTo(72.0802, 8);
    expect(assumption(e, 'web', 'Tasks')).toBe('2 (desired 2, kept within auto scaling 2–8)');
    expect(e.totalRange.max).toBeCloseTo(72.0802 + 16.425, 8);
  });

  it('a desired count below the scaling minimum is raised to it', () => {
    const t = new DesignBuilder();
    t.design = edit(fargateWebSample(), 'service', ['desiredCount'], 1);
    t.ids.service = t.design.nodes.find((n) => n.kind === 'service')!.id;
    t.add('scaling', 'service-scaling', { minCapacity: 3, maxCapacity: 6 }).link('scaling', 'service');
    expect(line(estimate(t.build()), 'web').monthly).toBeCloseTo(3 * 0.0123425 * 730, 8);
  });
});

describe('EC2 capacity by instance hours', () => {
  it("prices the Auto Scaling group's desired size, with the group's min–max as the range; tasks on it are not priced twice", () => {
    const t = fargateService({ cpu: '256', memory: '512' }, 3)
      .add('asg', 'capacity-ec2', { name: 'asg-capacity', instanceType: 't3.large', minSize: 1, maxSize: 4, desiredCapacity: 2 })
      .link('svc', 'asg', { weight: 1 });
    const e = estimate(t.build());
    const asg = line(e, 'asg-capacity');
    expect(asg.monthly).toBeCloseTo(2 * 0.0832 * 730, 8); // 121.472
    expect(asg.range).toEqual({ min: expect.closeTo(60.736, 8), max: expect.closeTo(242.944, 8) });
    expect(asg.parts[0]!.formula).toBe('2 instances × $0.0832 × 730 h');
    expect(asg.notes).toEqual([]);
    const svc = line(e, 'svc');
    expect(svc.monthly).toBeUndefined();
    expect(svc.notes).toContain('3 tasks on asg-capacity: runs on the instances of asg-capacity, priced on that line.');
  });

  it('an instance type with only a list price not confirmed from a stored page says so', () => {
    const t = new DesignBuilder().add('asg', 'capacity-ec2', { name: 'asg-capacity', instanceType: 'm6i.large', minSize: 1, maxSize: 4, desiredCapacity: 2 });
    const asg = line(estimate(t.build()), 'asg-capacity');
    expect(asg.monthly).toBeCloseTo(140.16, 8);
    expect(asg.notes).toContain('The m6i.large price is the usual list price, not confirmed from a stored page: check it.');
  });

  it("an instance type the list does not know is not priced until the user enters its price (and then it is the user's)", () => {
    const design = new DesignBuilder().add('asg', 'capacity-ec2', { name: 'asg-capacity', instanceType: 'x2idn.32xlarge', minSize: 0, maxSize: 1, desiredCapacity: 1 }).build();
    expect(line(estimate(design), 'asg-capacity').notes).toContain('No price for x2idn.32xlarge in us-east-1: enter it under Prices.');
    const priced = estimateCost(design, derive(design), withPrice(defaultCostSettings(), 'us-east-1', 'ec2/x2idn.32xlarge', 13.338));
    const asg = line(priced, 'asg-capacity');
    expect(asg.monthly).toBeCloseTo(13.338 * 730, 8);
    expect(asg.assumptions.find((a) => a.label === 'Prices')?.value).toBe('us-east-1, price list of 2026-12-04 with your own figures, Linux on-demand');
  });
});

describe('load balancers by hours, LCUs as an assumption', () => {
  it('LCUs are left out with a note unless the user sets them; then LCUs × $0.008 × hours are added', () => {
    const without = line(estimate(fargateWebSample()), 'web-alb');
    expect(without.notes[0]).toMatch(/^LCU charges .* are left out: set LCUs per hour under Assumptions/);
    const e = estimate(fargateWebSample(), { lcuPerHour: 2 });
    const alb = line(e, 'web-alb');
    expect(alb.monthly).toBeCloseTo(16.425 + 2 * 0.008 * 730, 8);
    expect(alb.parts.map((p) => p.formula)).toEqual(['$0.0225 × 730 h', '2 LCU × $0.008 × 730 h']);
    expect(assumption(e, 'web-alb', 'LCUs')).toBe('2 per hour on average');
  });

  it('the NLB capacity unit price is not confirmed: its LCU charges are left out with a note', () => {
    const design = new DesignBuilder().add('nlb', 'load-balancer-nlb', { name: 'tcp-nlb' }).build();
    const nlb = line(estimate(design, { lcuPerHour: 1 }), 'tcp-nlb');
    expect(nlb.monthly).toBeCloseTo(16.425, 8);
    expect(nlb.notes).toContain('No NLCU-hour price for us-east-1: NLCU charges are left out; enter it under Prices.');
  });
});

describe('regions and missing prices', () => {
  it('a region whose prices are not confirmed prices nothing and says which price is missing', () => {
    const design = { ...fargateWebSample(), region: 'eu-central-1' };
    const e = estimate(design);
    expect(line(e, 'web').monthly).toBeUndefined();
    expect(line(e, 'web').notes).toContain('2 tasks on FARGATE: no Fargate Linux/x86 price for vCPU-hour, GB-hour in eu-central-1.');
    expect(e.total).toBe(0);
  });

  it("the user's prices for that region are used", () => {
    const design = { ...fargateWebSample(), region: 'eu-central-1' };
    let s = withPrice(defaultCostSettings(), 'eu-central-1', 'fargate/linuxX86/vcpuHour', 0.05);
    s = withPrice(s, 'eu-central-1', 'fargate/linuxX86/gbHour', 0.005);
    const web = line(estimateCost(design, derive(design), s), 'web');
    expect(web.monthly).toBeCloseTo(2 * (0.25 * 0.05 + 0.5 * 0.005) * 730, 8);
  });

  it('a region the list does not have at all is said at the top', () => {
    const e = estimate({ ...fargateWebSample(), region: 'sa-east-1' });
    expect(e.notes[0]).toMatch(/^The price list has no prices for sa-east-1/);
  });
});

describe('what cannot be priced', () => {
  it('a service without a task definition, and a DAEMON service, are shown with a note and no figure', () => {
    const t = new DesignBuilder().add('a', 'service', { serviceName: 'lonely', desiredCount: 2 }).add('b', 'service', { serviceName: 'daemon', schedulingStrategy: 'DAEMON' });
    const e = estimate(t.build());
    expect(line(e, 'lonely').notes).toContain('No task definition: the task size is not known.');
    expect(line(e, 'daemon').notes[0]).toMatch(/^DAEMON: one task on every EC2 instance/);
    expect(e.total).toBe(0);
  });

  it('a design without services or load balancers costs 0 and lists no lines', () => {
    const e = estimate(new DesignBuilder().add('c', 'cluster').build());
    expect(e.lines).toEqual([]);
    expect(e.total).toBe(0);
  });
});

describe('standalone tasks on a schedule', () => {
  function scheduled(expression: string, count = 2) {
    return new DesignBuilder()
      .add('cluster', 'cluster', { clusterName: 'c' })
      .add('fargate', 'capacity-fargate')
      .add('task', 'standalone-task', { name: 'nightly', count })
      .add('td', 'task-definition', { family: 'job', cpu: '1024', memory: '2048' })
      .add('ctr', 'container', { name: 'job', image: 'busybox', essential: true })
      .add('schedule', 'schedule', { Name: 'hourly', ScheduleExpression: expression })
      .link('fargate', 'cluster')
      .link('task', 'cluster')
      .link('task', 'td')
      .link('ctr', 'td')
      .link('task', 'fargate')
      .link('schedule', 'task');
  }

  it('runs a month × tasks a run × the price of the minutes each run lasts', () => {
    const e = estimate(scheduled('rate(1 hour)').build(), { minutesPerRun: 15 });
    const task = line(e, 'nightly');
    // 730 runs × 2 tasks × (1 × 0.04048 + 2 × 0.004445) × 15/60 h = 730 × 2 × 0.04937 × 0.25
    expect(task.monthly).toBeCloseTo(18.02005, 8);
    expect(assumption(e, 'nightly', 'Runs')).toBe('730 a month (hourly rate(1 hour): every 60 minutes)');
    expect(assumption(e, 'nightly', 'Tasks a run')).toBe('2');
    expect(task.parts[0]!.formula).toBe('730 runs × 2 tasks × (1 vCPU × $0.04048 + 2 GB × $0.004445) × 15 min / 60');
  });

  it('a daily cron; runs shorter than a minute are billed as one', () => {
    const e = estimate(scheduled('cron(0 2 * * ? *)', 1).build(), { minutesPerRun: 0.25 });
    expect(line(e, 'nightly').monthly).toBeCloseTo((730 / 24) * 0.04937 * (1 / 60), 10);
    expect(assumption(e, 'nightly', 'Minutes a run')).toBe('0.25 (Fargate bills at least 1)');
  });

  it('without minutes a run it is not priced, and says what to set', () => {
    const task = line(estimate(scheduled('rate(1 hour)').build()), 'nightly');
    expect(task.monthly).toBeUndefined();
    expect(task.notes).toContain('How long a run lasts is not known: set Minutes a run to price it.');
  });

  it('a schedule that does not run every day, and a task nothing starts, are not priced', () => {
    const weekdays = line(estimate(scheduled('cron(0 8 ? * MON-FRI *)').build(), { minutesPerRun: 5 }), 'nightly');
    expect(weekdays.monthly).toBeUndefined();
    expect(weekdays.notes[0]).toMatch(/^hourly: cron\(0 8 \? \* MON-FRI \*\) does not run every day/);
    const lonely = line(estimate(new DesignBuilder().add('task', 'standalone-task', { name: 'manual' }).build(), { minutesPerRun: 5 }), 'manual');
    expect(lonely.notes).toContain('Nothing starts it on a schedule (no rule or schedule connected): not priced.');
  });
});
