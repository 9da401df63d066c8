import { describe, expect, it } from 'vitest';
import { KINDS } from '../../core/kinds/registry.ts';
import type { Problem } from '../../core/validate/types.ts';
import { fieldForPointer, placeProblems, pointerSegments, problemMarks, toneOf } from './problem-fields.ts';

const path = (kind: keyof typeof KINDS, pointer: string, type?: Parameters<typeof fieldForPointer>[2]) =>
  fieldForPointer(KINDS[kind].fields, pointer, type)?.path;

describe('problem pointer → inspector field', () => {
  it('unescapes pointer segments', () => {
    expect(pointerSegments('/options/awslogs~1group/a~0b')).toEqual(['options', 'awslogs/group', 'a~b']);
    expect(pointerSegments('')).toEqual([]);
  });

  it('task definition: /cpu → cpu (FG-CPU-MEM)', () => {
    expect(path('task-definition', '/cpu', 'task-definition')).toEqual(['cpu']);
    expect(path('task-definition', '/runtimePlatform/cpuArchitecture')).toEqual(['runtimePlatform', 'cpuArchitecture']);
  });

  it('container: strips /containerDefinitions/N and finds the deepest field (HC-INT, CD-MEM-ORDER)', () => {
    expect(path('container', '/containerDefinitions/2/healthCheck/interval')).toEqual(['healthCheck']);
    expect(path('container', '/containerDefinitions/0/memoryReservation')).toEqual(['memoryReservation']);
    expect(path('container', '/containerDefinitions/0/portMappings/1/hostPort')).toEqual(['portMappings']);
    expect(path('container', '/containerDefinitions/0')).toBeUndefined();
  });

  it('service: nested paths match nested fields (DEP-PCT-RANGE); relations-only pointers do not', () => {
    expect(path('service', '/deploymentConfiguration/maximumPercent')).toEqual(['deploymentConfiguration', 'maximumPercent']);
    expect(path('service', '/networkConfiguration/awsvpcConfiguration/subnets/0')).toEqual(['networkConfiguration', 'awsvpcConfiguration', 'subnets']);
    expect(path('service', '/deploymentConfiguration')).toBeUndefined();
    expect(path('service', '/capacityProviderStrategy/1')).toBeUndefined();
  });

  it('EC2 capacity: strips autoScalingGroupProvider (ASG-TC)', () => {
    expect(path('capacity-ec2', '/autoScalingGroupProvider/managedScaling/targetCapacity')).toEqual(['managedScaling', 'targetCapacity']);
    expect(path('capacity-ec2', '/autoScalingGroupProvider/managedTerminationProtection')).toEqual(['managedTerminationProtection']);
    expect(path('capacity-managed-instances', '/managedInstancesProvider/instanceLaunchTemplate/instanceRequirements/vCpuCount/max')).toEqual([
      'instanceLaunchTemplate',
      'instanceRequirements',
      'vCpuCount',
      'max',
    ]);
    expect(path('capacity-managed-instances', '/managedInstancesProvider/infrastructureRoleArn')).toEqual(['infrastructureRoleArn']);
  });

  it('load balancer: PascalCase ELB keys, listener files → listeners, target groups → none (ELB-LISTENER-TLS)', () => {
    expect(path('load-balancer-alb', '/Subnets', 'load-balancer')).toEqual(['subnets']);
    expect(path('load-balancer-alb', '/Certificates', 'listener')).toEqual(['listeners']);
    expect(path('load-balancer-alb', '/Port', 'target-group')).toBeUndefined();
  });

  it('places problems by field, the rest at the top', () => {
    const problems: Problem[] = [
      { ruleId: 'FG-CPU-MEM', severity: 'error', message: 'bad pair', pointer: '/cpu', artifactPath: 'task-definitions/web.json' },
      { ruleId: 'IAM-SAME-ROLE', severity: 'warning', message: 'same role', pointer: '/executionRoleArn', artifactPath: 'task-definitions/web.json' },
      { ruleId: 'X', severity: 'info', message: 'no pointer' },
    ];
    const placed = placeProblems(KINDS['task-definition'].fields, problems, () => 'task-definition');
    expect(placed.byField.get('cpu')?.map((p) => p.ruleId)).toEqual(['FG-CPU-MEM']);
    expect(placed.unplaced.map((p) => p.ruleId)).toEqual(['IAM-SAME-ROLE', 'X']);
  });
});

describe('problem marks inside a field', () => {
  const problem = (pointer: string, severity: Problem['severity'] = 'error'): Problem => ({ ruleId: 'R', severity, message: '', pointer });

  it('points at a row cell of a list (PORT-*), or at a health check timing (HC-INT)', () => {
    const marks = problemMarks([problem('/containerDefinitions/0/portMappings/1/hostPort'), problem('/containerDefinitions/0/portMappings', 'warning')], ['portMappings']);
    expect([...marks]).toEqual([['1/hostPort', 'error'], ['', 'warning']]);
    expect(toneOf(marks, '1')).toBe('error');
    expect(toneOf(marks, '0')).toBeUndefined();
    expect(toneOf(marks)).toBe('error');
    expect([...problemMarks([problem('/containerDefinitions/0/healthCheck/interval')], ['healthCheck'])]).toEqual([['interval', 'error']]);
  });

  it('a warning never hides an error at the same place; info marks nothing', () => {
    const marks = problemMarks([problem('/cpu'), problem('/cpu', 'warning'), problem('/memory', 'info')], ['cpu']);
    expect([...marks]).toEqual([['', 'error']]);
    expect(toneOf(problemMarks([problem('/Subnets', 'warning')], ['subnets']))).toBe('warning');
  });
});
