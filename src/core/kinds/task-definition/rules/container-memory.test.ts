import { describe, expect, it } from 'vitest';
import { containerMemoryRules } from './container-memory.ts';
import { container, problemsOf, taskDesign } from './task-test-designs.ts';

const check = (design: Parameters<typeof problemsOf>[1], ruleId: string) => problemsOf(containerMemoryRules, design, ruleId);

describe('container memory and cpu rules', () => {
  it('CD-MEM-REQ: on EC2 without task memory every container needs memory; the fix reserves 512 MiB', () => {
    const bad = taskDesign({ capacity: 'ec2', containers: [container('a', { memory: 256 }), container('b'), container('c')] });
    const problems = check(bad.design, 'CD-MEM-REQ');
    expect(problems).toMatchObject([
      { severity: 'error', nodeId: bad.containers[1], pointer: '/containerDefinitions/1' },
      { nodeId: bad.containers[2], pointer: '/containerDefinitions/2' },
    ]);
    const fixed = problems[0]!.fix!.apply(bad.design);
    expect(fixed.nodes.find((n) => n.id === bad.containers[1])!.data.memoryReservation).toBe(512);
    expect(fixed.nodes.find((n) => n.id === bad.containers[0])!.data.memoryReservation).toBeUndefined();
    expect(check(fixed, 'CD-MEM-REQ')).toEqual([]);
    // Task-level memory covers the containers.
    expect(check(taskDesign({ capacity: 'ec2', td: { memory: '1024' } }).design, 'CD-MEM-REQ')).toEqual([]);
    // On Fargate a missing task memory is FG-SIZE-REQ, not this.
    expect(check(taskDesign({ capacity: 'fargate', td: { cpu: '300' } }).design, 'CD-MEM-REQ')).toEqual([]);
  });

  it('CD-MEM-ORDER: a reservation above the hard limit is an error; equal is fine', () => {
    const bad = taskDesign({ capacity: 'ec2', containers: [container('a', { memory: 256, memoryReservation: 512 })] });
    expect(check(bad.design, 'CD-MEM-ORDER')).toMatchObject([{ nodeId: bad.containers[0], pointer: '/containerDefinitions/0/memoryReservation' }]);
    expect(check(taskDesign({ capacity: 'ec2', containers: [container('a', { memory: 512, memoryReservation: 512 })] }).design, 'CD-MEM-ORDER')).toEqual([]);
  });

  it('CD-MEM-SUM: reservations (else limits) must fit in the task memory', () => {
    const over = [container('a', { memoryReservation: 400, memory: 2000 }), container('b', { memory: 200 })];
    const bad = taskDesign({ capacity: 'fargate', td: { cpu: '256', memory: '512' }, containers: over });
    expect(check(bad.design, 'CD-MEM-SUM')).toMatchObject([{ severity: 'error', nodeId: bad.td, pointer: '/memory' }]);
    const fits = [container('a', { memoryReservation: 300, memory: 2000 }), container('b', { memory: 200 })];
    expect(check(taskDesign({ capacity: 'fargate', td: { cpu: '256', memory: '512' }, containers: fits }).design, 'CD-MEM-SUM')).toEqual([]);
  });

  it('CD-MEM-ONE: a container hard limit above the task memory is a warning', () => {
    const bad = taskDesign({ capacity: 'fargate', td: { cpu: '256', memory: '512' }, containers: [container('a', { memory: 1024, memoryReservation: 256 })] });
    expect(check(bad.design, 'CD-MEM-ONE')).toMatchObject([{ severity: 'warning', pointer: '/containerDefinitions/0/memory' }]);
    expect(check(taskDesign({ capacity: 'fargate', td: { cpu: '256', memory: '512' }, containers: [container('a', { memory: 512 })] }).design, 'CD-MEM-ONE')).toEqual([]);
  });

  it('CD-CPU-SUM: container cpu must fit in the task cpu ("1 vCPU" = 1024)', () => {
    const cpus = (a: number, b: number) => [container('a', { cpu: a }), container('b', { cpu: b })];
    const bad = taskDesign({ capacity: 'fargate', td: { cpu: '1 vCPU', memory: '2048' }, containers: cpus(768, 512) });
    expect(check(bad.design, 'CD-CPU-SUM')).toMatchObject([{ severity: 'error', nodeId: bad.td, pointer: '/cpu' }]);
    expect(check(taskDesign({ capacity: 'fargate', td: { cpu: '1 vCPU', memory: '2048' }, containers: cpus(512, 512) }).design, 'CD-CPU-SUM')).toEqual([]);
  });

  it('CD-MEM-MIN: less than 6 MiB cannot start a container', () => {
    expect(check(taskDesign({ capacity: 'ec2', containers: [container('a', { memoryReservation: 4 })] }).design, 'CD-MEM-MIN')).toMatchObject([
      { severity: 'warning', pointer: '/containerDefinitions/0/memoryReservation' },
    ]);
    expect(check(taskDesign({ capacity: 'ec2', containers: [container('a', { memoryReservation: 6 })] }).design, 'CD-MEM-MIN')).toEqual([]);
  });
});
