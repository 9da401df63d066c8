import { describe, expect, it } from 'vitest';
import { compileMemberOf } from './member-of.ts';

const attrs: Record<string, string> = { 'ecs.availability-zone': 'us-east-1a', 'ecs.instance-type': 't3.medium', ec2InstanceId: 'i-1' };
const lookup = (name: string) => attrs[name];
function test(expression: string): boolean {
  const compiled = compileMemberOf(expression);
  if (!compiled.ok) throw new Error(compiled.reason);
  return compiled.test(lookup);
}

describe('compileMemberOf (cluster query language, the subset the simulator evaluates)', () => {
  it('==, !=, in and !in on attributes', () => {
    expect(test('attribute:ecs.availability-zone == us-east-1a')).toBe(true);
    expect(test('attribute:ecs.availability-zone != us-east-1a')).toBe(false);
    expect(test('attribute:ecs.availability-zone in [us-east-1a, us-east-1b]')).toBe(true);
    expect(test('attribute:ecs.availability-zone !in [us-east-1a, us-east-1b]')).toBe(false);
    expect(test('attribute:ecs.availability-zone not_in (us-east-1c)')).toBe(true);
  });

  it('patterns, exists, and/or/not and parentheses', () => {
    expect(test('attribute:ecs.instance-type =~ t3.*')).toBe(true);
    expect(test('attribute:ecs.instance-type !~ t3.*')).toBe(false);
    expect(test('attribute:rack exists')).toBe(false);
    expect(test('attribute:rack !exists')).toBe(true);
    expect(test('attribute:ecs.instance-type == m5.large or attribute:ecs.availability-zone == us-east-1a')).toBe(true);
    expect(test('attribute:ecs.instance-type == m5.large && attribute:ecs.availability-zone == us-east-1a')).toBe(false);
    expect(test('not (attribute:ecs.instance-type == m5.large)')).toBe(true);
    expect(test('ec2InstanceId in [i-1, i-2]')).toBe(true);
  });

  it('an instance without the attribute matches neither == nor !=', () => {
    expect(test('attribute:rack == a')).toBe(false);
    expect(test('attribute:rack != a')).toBe(false);
  });

  it('subjects that depend on running tasks are not evaluated', () => {
    expect(compileMemberOf('task:group == service:web')).toMatchObject({ ok: false });
    expect(compileMemberOf('runningTasksCount == 0')).toMatchObject({ ok: false });
    expect(compileMemberOf('attribute:ecs.availability-zone in [a, b')).toMatchObject({ ok: false, reason: 'a list is not closed' });
  });
});
