import { describe, expect, it } from 'vitest';
import type { Design } from '../../../model/design.ts';
import { contentAt, DesignBuilder, nodeById } from '../../../test-support/builders.ts';
import { validate, type Problem } from '../../../validate/index.ts';
import { scheduledBatch, withField } from '../test-designs.ts';

const on = (design: Design, nodeId: string, ruleId: string): Problem[] => validate(design).filter((p) => p.nodeId === nodeId && p.ruleId === ruleId);
const set = withField;

describe('standalone task rules', () => {
  const b = scheduledBatch();
  const design = b.build();
  const task = b.id('task');

  it('the scheduled batch design has no errors or warnings of its own', () => {
    expect(validate(design).filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('RUNTASK-TD: a task without a task definition, fixed by connecting the only one', () => {
    const bare = new DesignBuilder().add('td', 'task-definition', { family: 'job' }).add('task', 'standalone-task');
    const [problem] = on(bare.build(), bare.id('task'), 'RUNTASK-TD');
    expect(problem).toMatchObject({ severity: 'error', pointer: '/taskDefinition' });
    const fixed = problem!.fix!.apply(bare.build());
    expect(contentAt(fixed, 'tasks/batch.json').taskDefinition).toBe('job');
  });

  it('RUNTASK-CLUSTER: no cluster means the default cluster (a warning), fixed by connecting the only cluster', () => {
    const bare = new DesignBuilder().add('cluster', 'cluster', { clusterName: 'jobs' }).add('task', 'standalone-task');
    const [problem] = on(bare.build(), bare.id('task'), 'RUNTASK-CLUSTER');
    expect(problem).toMatchObject({ severity: 'warning', pointer: '/cluster' });
    expect(contentAt(problem!.fix!.apply(bare.build()), 'tasks/batch.json').cluster).toBe('jobs');
  });

  it('RUNTASK-COUNT: RunTask starts at most 10 tasks (ECS_RULES §8); the fix sets 10', () => {
    const d = set(design, task, ['count'], 11);
    const [problem] = on(d, task, 'RUNTASK-COUNT');
    expect(problem).toMatchObject({ severity: 'error', pointer: '/count' });
    expect(nodeById(problem!.fix!.apply(d), task).data.count).toBe(10);
    expect(on(set(design, task, ['count'], 0), task, 'RUNTASK-COUNT')).toHaveLength(1);
    expect(on(set(design, task, ['count'], 10), task, 'RUNTASK-COUNT')).toEqual([]);
  });

  it('TAG-PROP: RunTask rejects propagateTags SERVICE; the fix propagates the task definition’s tags', () => {
    const d = set(design, task, ['propagateTags'], 'SERVICE');
    const [problem] = on(d, task, 'TAG-PROP');
    expect(problem?.message).toMatch(/RunTask rejects propagateTags SERVICE/);
    expect(nodeById(problem!.fix!.apply(d), task).data.propagateTags).toBe('TASK_DEFINITION');
  });

  it('NC-REQ (the service rule, run for tasks): a Fargate task needs an awsvpc network configuration', () => {
    const [problem] = on(set(design, task, ['networkConfiguration'], undefined), task, 'NC-REQ');
    expect(problem?.message).toMatch(/so the task needs networkConfiguration/);
  });

  it('NC-SUBNETS and NC-PUBIP-ENUM apply to the task’s awsvpc configuration too', () => {
    const d = set(set(design, task, ['networkConfiguration', 'awsvpcConfiguration', 'subnets'], []), task, ['networkConfiguration', 'awsvpcConfiguration', 'assignPublicIp'], 'enabled');
    expect(on(d, task, 'NC-SUBNETS')).toHaveLength(1);
    const [pubip] = on(d, task, 'NC-PUBIP-ENUM');
    expect(nodeById(pubip!.fix!.apply(d), task).data.networkConfiguration).toMatchObject({ awsvpcConfiguration: { assignPublicIp: 'ENABLED' } });
  });

  it('SVC-LT-CPS: a launch type and a capacity strategy exclude each other on RunTask as on CreateService', () => {
    const d = set(design, task, ['launchType'], 'FARGATE');
    const [problem] = on(d, task, 'SVC-LT-CPS');
    expect(problem?.message).toMatch(/^Task report sets both launchType and a capacity provider strategy/);
    expect(nodeById(problem!.fix!.apply(d), task).data).not.toHaveProperty('launchType');
  });

  it('CL-CP-ASSOC / FGCP-ASSOC: a strategy naming a provider the cluster lacks', () => {
    const d = set(design, task, ['capacityProviderStrategy'], [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }]);
    expect(on(d, task, 'FGCP-ASSOC').map((p) => p.pointer)).toEqual(['/capacityProviderStrategy/1']);
  });

  it('CPS-DUP: the task’s strategy is checked like a service’s', () => {
    const d = set(design, task, ['capacityProviderStrategy'], [{ capacityProvider: 'FARGATE', weight: 1 }]);
    expect(on(d, task, 'CPS-DUP')).toHaveLength(1);
  });

  it('EXEC-ROLE: RunTask with ECS Exec and no task role; the fix adds one', () => {
    const noRole = scheduledBatch({ taskRole: false });
    const d = set(noRole.build(), noRole.id('task'), ['enableExecuteCommand'], true);
    const [problem] = on(d, noRole.id('task'), 'EXEC-ROLE');
    expect(problem).toMatchObject({ severity: 'error' });
    expect(on(problem!.fix!.apply(d), noRole.id('task'), 'EXEC-ROLE')).toEqual([]);
  });

  it('EBS-SVC: a volume configured at launch needs a volumeConfigurations entry of its name', () => {
    const withVolume = set(design, b.id('td'), ['volumes'], [{ name: 'scratch', configuredAtLaunch: true }]);
    expect(on(withVolume, task, 'EBS-SVC')).toHaveLength(1);
    const configured = set(withVolume, task, ['volumeConfigurations'], [{ name: 'scratch', managedEBSVolume: { sizeInGiB: 20, roleArn: 'arn:aws:iam::123456789012:role/ebs' } }]);
    expect(on(configured, task, 'EBS-SVC')).toEqual([]);
  });
});
