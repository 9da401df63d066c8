import { applyAutoScalingGroup, applyLaunchTemplate } from './apply-group.ts';
import { ASG_PROVIDER_FIELDS, placeholderAsgArn } from './derive.ts';
import { DeriveContext } from '../../derive/context.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';

/**
 * An edited file of the EC2 capacity back onto it: the launch template and the group have
 * appliers of their own (apply-group.ts). CreateCapacityProvider JSON → the node; the
 * group's fields (instance type, sizes, AMI) are not in that file and stay as they are.
 */
export function applyCapacityProvider(design: Design, node: DesignNode, artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  if (artifact?.type === 'launch-template') return applyLaunchTemplate(design, node, content);
  if (artifact?.type === 'auto-scaling-group') return applyAutoScalingGroup(design, node, content);
  const provider = content.autoScalingGroupProvider;
  if (provider !== undefined && !isPlainObject(provider)) {
    return { ok: false, error: 'autoScalingGroupProvider must be an object', pointer: '/autoScalingGroupProvider' };
  }
  const ctx = new DeriveContext(design);
  const data: JsonObject = { ...node.data };
  for (const key of ['name', 'tags', 'extra', 'providerExtra', 'autoScalingGroupArn', ...ASG_PROVIDER_FIELDS]) delete data[key];
  const extra: JsonObject = {};
  for (const [key, value] of Object.entries(content)) {
    if (key === 'name' || key === 'tags') data[key] = stripNulls(value!);
    else if (key !== 'autoScalingGroupProvider' && value !== null && value !== undefined) extra[key] = stripNulls(value);
  }
  if (Object.keys(extra).length) data.extra = extra;
  const providerExtra: JsonObject = {};
  for (const [key, value] of Object.entries(provider ?? {})) {
    if (value === null || value === undefined) continue;
    if (key === 'autoScalingGroupArn') {
      // The placeholder of the old name too: renaming the provider in this file keeps the derived group.
      if (value !== placeholderAsgArn({ ...node, data }, ctx) && value !== placeholderAsgArn(node, ctx)) data.autoScalingGroupArn = value;
    } else if ((ASG_PROVIDER_FIELDS as readonly string[]).includes(key)) data[key] = stripNulls(value);
    else providerExtra[key] = stripNulls(value);
  }
  if (Object.keys(providerExtra).length) data.providerExtra = providerExtra;
  const draft = new DesignDraft(design);
  draft.setData(node.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}
