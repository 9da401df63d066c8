import { describe, expect, it } from 'vitest';
import { fromRows, toRows } from './row-values.ts';
import { TARGET_TRACKING_COLUMNS } from './scaling-columns.ts';

const POLICY = {
  policyName: 'backlog',
  metric: 'custom',
  targetValue: 100,
  disableScaleIn: true,
  namespace: 'AWS/SQS',
  metricName: 'ApproximateNumberOfMessagesVisible',
  dimensions: [{ Name: 'QueueName', Value: 'jobs, eu' }],
  statistic: 'Average',
  metricExtra: { Unit: 'Count' },
};

describe('target tracking cards', () => {
  it('show dimensions as Name=Value and disable scale-in as true/false; an untouched card comes back exactly', () => {
    const rows = toRows([POLICY], TARGET_TRACKING_COLUMNS);
    expect(rows[0]!.cells).toMatchObject({ dimensions: 'QueueName=jobs, eu', disableScaleIn: 'true', targetValue: '100' });
    expect(fromRows(rows, TARGET_TRACKING_COLUMNS)).toEqual({ ok: true, value: [POLICY] });
  });

  it('typed dimensions and a cleared boolean are parsed; a dimension without = is an error on its cell', () => {
    const [row] = toRows([POLICY], TARGET_TRACKING_COLUMNS);
    const edited = { ...row!, cells: { ...row!.cells, dimensions: 'QueueName=orders, Env = prod', disableScaleIn: '' } };
    const parsed = fromRows([edited], TARGET_TRACKING_COLUMNS);
    const { disableScaleIn: _gone, ...rest } = POLICY;
    expect(parsed).toEqual({ ok: true, value: [{ ...rest, dimensions: [{ Name: 'QueueName', Value: 'orders' }, { Name: 'Env', Value: 'prod' }] }] });
    expect(fromRows([{ ...row!, cells: { ...row!.cells, dimensions: 'QueueName' } }], TARGET_TRACKING_COLUMNS)).toMatchObject({ ok: false, errors: [{ dimensions: expect.stringMatching(/Name=Value/) }] });
  });
});
