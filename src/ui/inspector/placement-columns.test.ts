import { describe, expect, it } from 'vitest';
import { emptyRow, fromRows, PLACEMENT_STRATEGY_COLUMNS, placementConstraintColumns, toRows } from './row-values.ts';

/** The placement rows of services, standalone tasks and task definitions (PL-*). */
describe('placement rows', () => {
  it('strategies: a row per {type, field}; random keeps no field; a blank row is dropped', () => {
    const stored = [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'random' }];
    const rows = [...toRows(stored, PLACEMENT_STRATEGY_COLUMNS), emptyRow(PLACEMENT_STRATEGY_COLUMNS)];
    expect(fromRows(rows, PLACEMENT_STRATEGY_COLUMNS)).toEqual({ ok: true, value: stored });
    expect(fromRows([emptyRow(PLACEMENT_STRATEGY_COLUMNS)], PLACEMENT_STRATEGY_COLUMNS)).toEqual({ ok: true, value: undefined });
  });

  it('constraints: both types on a service, memberOf only on a task definition', () => {
    expect(placementConstraintColumns()[0]!.options).toEqual(['distinctInstance', 'memberOf']);
    expect(placementConstraintColumns(['memberOf'])[0]!.options).toEqual(['memberOf']);
    const stored = [{ type: 'distinctInstance' }, { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ m6i.*' }];
    const cols = placementConstraintColumns();
    expect(fromRows(toRows(stored, cols), cols)).toEqual({ ok: true, value: stored });
  });
});
