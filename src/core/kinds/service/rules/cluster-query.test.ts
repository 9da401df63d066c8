import { describe, expect, it } from 'vitest';
import { checkClusterQuery } from './cluster-query.ts';

/** PL-CQL: the reader of memberOf expressions (developerguide/cluster-query-language.html). */
describe('cluster query language (PL-CQL)', () => {
  it.each([
    'attribute:ecs.instance-type == t2.small',
    'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]',
    'attribute:ecs.instance-type =~ g2.*',
    'attribute:ecs.instance-type =~ (t3|m6i).* and attribute:ecs.os-type == linux',
    'task:group == service:production',
    'not(task:group == database)',
    '!(attribute:ecs.instance-type =~ t2.*)',
    '(attribute:stack equals prod || attribute:stack == dev) && agentConnected == true',
    'attribute:gpu exists',
    'attribute:gpu !exists or runningTasksCount < 3',
    'registeredAt >= 2018-06-18T22:28:28+00:00',
    'ec2InstanceId !in [i-0123, i-0456]',
    'attribute:ecs.subnet-id not_in [subnet-1]',
  ])('reads %s', (expression) => {
    expect(checkClusterQuery(expression)).toEqual([]);
  });

  it('warns on a subject ECS does not know', () => {
    const [issue] = checkClusterQuery('instanceType == t3.small');
    expect(issue?.message).toMatch(/“instanceType” is not a subject/);
    expect(checkClusterQuery('attribute: == x')).toHaveLength(1);
  });

  it('warns on an operator the subject does not take', () => {
    expect(checkClusterQuery('agentConnected > 1')[0]?.message).toMatch(/agentConnected does not take >/);
  });

  it.each([
    ['attribute:ecs.instance-type t2.small', /operator/],
    ['attribute:ecs.instance-type ==', /needs a value/],
    ['attribute:a == b and', /subject/],
    ['(attribute:a == b', /not closed/],
    ['attribute:a in us-east-1a', /takes a list/],
    ['attribute:a in [x,', /not closed/],
    ['attribute:a == b c', /unexpected/],
  ])('warns on bad syntax: %s', (expression, why) => {
    const issues = checkClusterQuery(expression);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.message).toMatch(why);
  });
});
