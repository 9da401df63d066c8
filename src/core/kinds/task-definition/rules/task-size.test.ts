import { describe, expect, it } from 'vitest';
import { container, problemsOf, taskDesign } from './task-test-designs.ts';
import { taskSizeRules } from './task-size.ts';

const check = (design: Parameters<typeof problemsOf>[1], ruleId: string) => problemsOf(taskSizeRules, design, ruleId);
const windows = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' } };

describe('task size rules', () => {
  it('FG-SIZE-REQ: no valid size fits the given cpu, so memory stays missing; the fix sets a valid pair', () => {
    const bad = taskDesign({ capacity: 'fargate', td: { cpu: '300' } });
    const [p] = check(bad.design, 'FG-SIZE-REQ');
    expect(p).toMatchObject({ severity: 'error', nodeId: bad.td, pointer: '/memory' });
    const fixed = p!.fix!.apply(bad.design);
    expect(fixed.nodes.find((n) => n.id === bad.td)!.data).toMatchObject({ cpu: '512', memory: '1024' });
    expect(run(fixed)).toEqual([]);
    // Nothing set: the deriver fills the smallest valid size.
    expect(check(taskDesign({ capacity: 'fargate' }).design, 'FG-SIZE-REQ')).toEqual([]);
  });

  it('FG-CPU-MEM: 256 units with 4096 MiB is no Fargate size; the fix moves to 512/4096', () => {
    const bad = taskDesign({ capacity: 'fargate', td: { cpu: '256', memory: '4096' } });
    const [p] = check(bad.design, 'FG-CPU-MEM');
    expect(p).toMatchObject({ severity: 'error', pointer: '/memory' });
    const fixed = p!.fix!.apply(bad.design);
    expect(fixed.nodes.find((n) => n.id === bad.td)!.data).toMatchObject({ cpu: '512', memory: '4096' });
    expect(check(fixed, 'FG-CPU-MEM')).toEqual([]);
  });

  it('FG-CPU-MEM: vCPU and GB text is normalised before the table lookup', () => {
    expect(check(taskDesign({ capacity: 'fargate', td: { cpu: '1 vCPU', memory: '2GB' } }).design, 'FG-CPU-MEM')).toEqual([]);
    expect(check(taskDesign({ capacity: 'fargate', td: { cpu: '.25 vcpu', memory: '0.5 GB' } }).design, 'FG-CPU-MEM')).toEqual([]);
    expect(check(taskDesign({ capacity: 'fargate', td: { cpu: '1 vCPU', memory: '1GB' } }).design, 'FG-CPU-MEM')).toHaveLength(1);
    expect(check(taskDesign({ capacity: 'fargate', td: { cpu: 'lots', memory: '1GB' } }).design, 'FG-CPU-MEM')).toMatchObject([{ pointer: '/cpu' }]);
  });

  it('FG-CPU-MEM: the fix also covers what the containers reserve', () => {
    const bad = taskDesign({ capacity: 'fargate', td: { cpu: '256', memory: '3000' }, containers: [container('a', { memoryReservation: 3500 })] });
    const fixed = check(bad.design, 'FG-CPU-MEM')[0]!.fix!.apply(bad.design);
    expect(fixed.nodes.find((n) => n.id === bad.td)!.data).toMatchObject({ cpu: '512', memory: '4096' });
  });

  it('FG-WIN-CPU: Windows on Fargate needs at least 1024 units', () => {
    const bad = taskDesign({ capacity: 'fargate', td: { ...windows, cpu: '512', memory: '2048' } });
    const [p] = check(bad.design, 'FG-WIN-CPU');
    expect(p).toMatchObject({ severity: 'error', pointer: '/cpu' });
    expect(check(p!.fix!.apply(bad.design), 'FG-WIN-CPU')).toEqual([]);
    expect(check(taskDesign({ capacity: 'fargate', td: { ...windows, cpu: '1024', memory: '2048' } }).design, 'FG-WIN-CPU')).toEqual([]);
    expect(check(taskDesign({ capacity: 'fargate', td: { ...windows, cpu: '8192', memory: '16384' } }).design, 'FG-WIN-CPU')).toHaveLength(1);
  });

  it('EC2-CPU-RANGE: EC2 task cpu must be 128–196608 units', () => {
    expect(check(taskDesign({ capacity: 'ec2', td: { cpu: '64' } }).design, 'EC2-CPU-RANGE')).toMatchObject([{ severity: 'error', pointer: '/cpu' }]);
    expect(check(taskDesign({ capacity: 'ec2', td: { cpu: '300000' } }).design, 'EC2-CPU-RANGE')).toHaveLength(1);
    expect(check(taskDesign({ capacity: 'ec2', td: { cpu: '128' } }).design, 'EC2-CPU-RANGE')).toEqual([]);
    expect(check(taskDesign({ capacity: 'ec2' }).design, 'EC2-CPU-RANGE')).toEqual([]);
    // Fargate-only definitions follow the Fargate table instead.
    expect(check(taskDesign({ capacity: 'fargate', td: { cpu: '64', memory: '512' } }).design, 'EC2-CPU-RANGE')).toEqual([]);
  });
});

function run(design: Parameters<typeof problemsOf>[1]) {
  return ['FG-SIZE-REQ', 'FG-CPU-MEM', 'FG-WIN-CPU', 'EC2-CPU-RANGE'].flatMap((id) => check(design, id));
}
