import { ASG_PROVIDER_FIELDS, placeholderAsgArn } from './derive.ts';
import { DeriveContext } from '../../derive/context.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';

/**
 * CreateCapacityProvider JSON → the EC2 capacity node. The designer-only fields (instance
 * type, sizes, AMI) are not in the file and stay as they are.
 */
export function applyCapacityProvider(design: Design, node: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
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
      if (value !== placeholderAsgArn({ ...node, data }, ctx)) data.autoScalingGroupArn = value;
    } else if ((ASG_PROVIDER_FIELDS as readonly string[]).includes(key)) data[key] = stripNulls(value);
    else providerExtra[key] = stripNulls(value);
  }
  if (Object.keys(providerExtra).length) data.providerExtra = providerExtra;
  const draft = new DesignDraft(design);
  draft.setData(node.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}
