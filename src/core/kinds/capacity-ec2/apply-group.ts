import { DeriveContext } from '../../derive/context.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject, type JsonValue } from '../../model/json.ts';
import { DesignDraft } from '../../apply/common.ts';
import { applyPlacementList } from '../../apply/network-placement.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { familyOfImageId } from './ami.ts';
import { autoScalingGroupNameOf, derivedAutoScalingGroup, derivedLaunchTemplateData, launchTemplateNameOf } from './derive.ts';
import { bagData, readFile } from './file-layers.ts';

/** Sets or deletes a node field: a value equal to the one derive falls back to is not kept. */
function setField(data: JsonObject, key: string, value: JsonValue | undefined, fallback?: string): void {
  if (value === undefined || value === fallback) delete data[key];
  else data[key] = value;
}

/** The node's data without one key: what derive falls back to when the key is not set. */
function without(node: DesignNode, data: JsonObject, key: string): DesignNode {
  const rest = { ...data };
  delete rest[key];
  return { ...node, data: rest };
}

function setBag(data: JsonObject, key: string, bag: ReturnType<typeof readFile>['bag']): void {
  const value = bagData(bag);
  if (value) data[key] = value;
  else delete data[key];
}

/**
 * An edited CreateLaunchTemplate file back onto the EC2 capacity: the instance type, the
 * AMI family (an ImageId that is one family's parameter picks that family), the security
 * groups (drawn ones become connections, others stay literal), the template's name; the
 * rest is kept as written (file-layers.ts).
 */
export function applyLaunchTemplate(design: Design, node: DesignNode, content: JsonObject): ApplyResult {
  const typed = content.LaunchTemplateData;
  if (typed !== undefined && !isPlainObject(typed)) return { ok: false, error: 'LaunchTemplateData must be an object', pointer: '/LaunchTemplateData' };
  const draft = new DesignDraft(design);
  const data: JsonObject = { ...node.data };
  const top = readFile(content, {}, ['LaunchTemplateName', 'LaunchTemplateData']);
  setField(data, 'launchTemplateName', top.modelled.LaunchTemplateName, launchTemplateNameOf(without(node, data, 'launchTemplateName')));
  setBag(data, 'launchTemplate', top.bag);
  const inner: JsonObject = typed ?? {};
  const family = familyOfImageId(inner.ImageId);
  if (family) data.amiFamily = family;
  const ctx = new DeriveContext(design);
  const read = readFile(inner, derivedLaunchTemplateData({ ...node, data }, ctx), ['InstanceType', 'SecurityGroupIds'], derivedLaunchTemplateData(node, ctx));
  setField(data, 'instanceType', read.modelled.InstanceType);
  const groups = applyPlacementList(draft, node, 'secured-by', read.modelled.SecurityGroupIds, node.data.securityGroupIds);
  setField(data, 'securityGroupIds', groups);
  setBag(data, 'launchTemplateData', read.bag);
  draft.setData(node.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}

/**
 * An edited CreateAutoScalingGroup file back onto the EC2 capacity: sizes, the group's
 * name, and VPCZoneIdentifier's subnets (ids of drawn subnets become connections, in the
 * order typed; the others stay in the node's literal `subnets`); the rest is kept as
 * written, including a derived value taken out or changed (file-layers.ts).
 */
export function applyAutoScalingGroup(design: Design, node: DesignNode, content: JsonObject): ApplyResult {
  const zones = content.VPCZoneIdentifier;
  if (zones !== undefined && zones !== null && typeof zones !== 'string') {
    return { ok: false, error: 'VPCZoneIdentifier must be one string of subnet ids separated by commas', pointer: '/VPCZoneIdentifier' };
  }
  const draft = new DesignDraft(design);
  const data: JsonObject = { ...node.data };
  const read = readFile(content, derivedAutoScalingGroup(node), ['AutoScalingGroupName', 'MinSize', 'MaxSize', 'DesiredCapacity', 'VPCZoneIdentifier']);
  setField(data, 'autoScalingGroupName', read.modelled.AutoScalingGroupName, autoScalingGroupNameOf(without(node, data, 'autoScalingGroupName')));
  setField(data, 'minSize', read.modelled.MinSize);
  setField(data, 'maxSize', read.modelled.MaxSize);
  setField(data, 'desiredCapacity', read.modelled.DesiredCapacity);
  const ids = typeof zones === 'string' ? zones.split(',').map((id) => id.trim()).filter((id) => id !== '') : undefined;
  setField(data, 'subnets', applyPlacementList(draft, node, 'placed-in', ids, node.data.subnets));
  setBag(data, 'autoScalingGroup', read.bag);
  draft.setData(node.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}
