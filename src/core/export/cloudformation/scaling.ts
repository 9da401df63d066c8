import type { Artifact } from '../../model/artifact.ts';
import { defined } from './keys.ts';
import type { CfnResource, Mapper } from './types.ts';

/**
 * Application Auto Scaling: the scalable target with its scheduled actions folded in, its
 * policies (ScalingTargetId refers to the target, so the three keys that name it in the
 * API are not repeated), and CloudWatch alarms (the API's names are the template's).
 */
const sameTarget = (a: Artifact, b: Artifact) => ['ServiceNamespace', 'ResourceId', 'ScalableDimension'].every((k) => a.content[k] === b.content[k]);

export const mapScalableTarget: Mapper = (a, x) => {
  const c = x.resolve(a, a.content) as Record<string, unknown>;
  const actions = x.artifacts
    .filter((s) => s.type === 'scheduled-action' && sameTarget(s, a))
    .map((s) => {
      const { ServiceNamespace: _n, ResourceId: _r, ScalableDimension: _d, ...action } = x.resolve(s, s.content) as Record<string, unknown>;
      return action;
    });
  return [[x.nameOf(a), { Type: 'AWS::ApplicationAutoScaling::ScalableTarget', Properties: defined({ ...c, ScheduledActions: actions.length ? actions : undefined }) }]];
};

export const mapScalingPolicy: Mapper = (a, x) => {
  const c = x.resolve(a, a.content) as Record<string, unknown>;
  const target = x.artifacts.find((t) => t.type === 'scalable-target' && sameTarget(t, a));
  const resource: CfnResource = { Type: 'AWS::ApplicationAutoScaling::ScalingPolicy', Properties: c };
  if (target) {
    const { ServiceNamespace: _n, ResourceId: _r, ScalableDimension: _d, ...rest } = c;
    resource.Properties = { ...rest, ScalingTargetId: { Ref: x.nameOf(target) } };
  }
  return [[x.nameOf(a), resource]];
};

export const mapAlarm: Mapper = (a, x) => [[x.nameOf(a), { Type: 'AWS::CloudWatch::Alarm', Properties: x.resolve(a, a.content) as Record<string, unknown> }]];
