import type { Notice } from '../../apply/types.ts';
import { applyArtifactText } from '../../apply/index.ts';
import type { Design } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { derive } from '../../derive/index.ts';
import type { ApiInput } from './resources.ts';

/**
 * A template's scaling policies (and the alarms of its step policies) onto the service
 * scaling nodes the import made from their scalable targets. A scaling node starts with the
 * palette's CPU policy; the template's policies replace it: each becomes an entry of its
 * list, and its PutScalingPolicy input is then applied as an edit of that entry's file.
 */
export function addScalingPolicies(design: Design, policies: ReadonlyArray<{ id: string; input: ApiInput }>, alarms: ReadonlyArray<{ id: string; input: ApiInput }>, note: (id: string, n: Omit<Notice, 'file'>) => void): Design {
  let current = design;
  const targetOf = (resourceId: unknown) => derive(current).find((a) => a.type === 'scalable-target' && a.content.ResourceId === resourceId);
  const cleared = new Set<string>();
  const used = new Set<string>();
  for (const { id, input } of policies) {
    const target = targetOf(input.content.ResourceId);
    if (!target) {
      note(id, { level: 'warning', message: `${id}: the policy's scalable target is not a service of the template; not imported` });
      continue;
    }
    const node = current.nodes.find((n) => n.id === target.nodeId)!;
    const data: JsonObject = cleared.has(node.id) ? { ...node.data } : { ...node.data, targetTracking: [], stepScaling: [] };
    cleared.add(node.id);
    const list = input.content.PolicyType === 'StepScaling' ? 'stepScaling' : 'targetTracking';
    const entry: JsonObject = { policyName: String(input.content.PolicyName) };
    // A step policy's alarm is its own resource naming the policy: the entry carries it so that its file exists to be applied.
    const alarm = list === 'stepScaling' ? alarms.find((a) => Array.isArray(a.input.content.AlarmActions) && a.input.content.AlarmActions.some((x) => typeof x === 'string' && x.endsWith(`:policyName/${String(input.content.PolicyName)}`))) : undefined;
    if (alarm) used.add(alarm.id);
    if (alarm) entry.alarm = { alarmName: String(alarm.input.content.AlarmName) };
    data[list] = [...(Array.isArray(data[list]) ? (data[list] as JsonObject[]) : []), list === 'targetTracking' ? { ...entry, metric: 'ECSServiceAverageCPUUtilization', targetValue: 50 } : entry];
    current = { ...current, nodes: current.nodes.map((n) => (n.id === node.id ? { ...n, data } : n)) };
    for (const [type, content] of [['scaling-policy', input.content], ...(alarm ? [['metric-alarm', alarm.input.content] as const] : [])] as const) {
      const file = derive(current).find((a) => a.nodeId === node.id && a.type === type && (type === 'scaling-policy' ? a.content.PolicyName === content.PolicyName : a.content.AlarmName === content.AlarmName));
      const result = file ? applyArtifactText(current, file.path, JSON.stringify(content)) : { ok: false as const, error: 'no file to apply it to' };
      if (result.ok) current = result.design;
      else note(id, { level: 'warning', message: `${id}: ${type} not imported: ${result.error}` });
    }
  }
  for (const { id } of alarms.filter((a) => !used.has(a.id))) {
    note(id, { level: 'warning', message: `${id} (AWS::CloudWatch::Alarm) is not imported: only the alarms of step scaling policies are read` });
  }
  return current;
}

