import type { DesignNode } from '../../model/design.ts';
import { isPlainObject, pointer, type JsonObject } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { ValidateContext } from '../../validate/context.ts';
import { commandFix } from '../../validate/fixes.ts';
import { launchers, objects, type LauncherView } from '../../validate/service-view.ts';
import { setNodeField } from '../../commands/design-commands.ts';
import { ECS_MANAGED_TAG } from './derive.ts';
import { bagData, bagOf } from './file-layers.ts';
import { instanceSize } from './instance-types.ts';

const ARN = '/autoScalingGroupProvider/autoScalingGroupArn';

/**
 * ASG-ARN: the provider must name its group. The API takes the group's ARN or, in the
 * current reference, its name; an ARN of anything else (a launch template, the capacity
 * provider itself) is a group ECS cannot find.
 */
export function checkProviderArn(ctx: ValidateContext, node: DesignNode, provider: JsonObject): void {
  const arn = provider.autoScalingGroupArn;
  if (typeof arn === 'string' && arn.trim() !== '' && (!arn.startsWith('arn:') || /^arn:[^:]+:autoscaling:[^:]*:[^:]*:autoScalingGroup:/.test(arn))) return;
  ctx.report({
    ruleId: 'ASG-ARN',
    node,
    pointer: ARN,
    message:
      typeof arn === 'string' && arn.trim() !== ''
        ? `autoScalingGroupArn ${arn} is not an Auto Scaling group ARN (arn:aws:autoscaling:<region>:<account>:autoScalingGroup:<id>:autoScalingGroupName/<name>).`
        : 'The capacity provider names no Auto Scaling group: clear the existing group ARN to have the designer create one, or give the ARN of a real group.',
  });
}

/** The derived group's own checks, on the file as it will be sent (when the design creates the group). */
export function checkGroup(ctx: ValidateContext, node: DesignNode, provider: JsonObject): void {
  const group = ctx.artifactsOf(node.id).find((a) => a.type === 'auto-scaling-group');
  if (provider.managedDraining === 'DISABLED') {
    ctx.report({
      ruleId: 'ASG-DRAIN',
      node,
      pointer: '/autoScalingGroupProvider/managedDraining',
      message: 'Managed draining is off: when the group scales in or replaces an instance, its tasks are stopped without being drained to other instances first.',
    });
  }
  if (!group) return;
  const content = group.content;
  if (provider.managedTerminationProtection === 'ENABLED' && content.NewInstancesProtectedFromScaleIn !== true) {
    ctx.report({
      ruleId: 'ASG-MTP-ASG',
      node,
      artifactPath: group.path,
      pointer: '/NewInstancesProtectedFromScaleIn',
      message: `Managed termination protection is on, but group ${textOf(content.AutoScalingGroupName)} does not protect new instances from scale-in (NewInstancesProtectedFromScaleIn): CreateCapacityProvider is refused.`,
      fix: commandFix('Protect new instances from scale-in', (design) => {
        const bag = bagOf(node.data.autoScalingGroup);
        const extra = { ...bag.extra };
        delete extra.NewInstancesProtectedFromScaleIn;
        const omit = bag.omit?.filter((k) => k !== 'NewInstancesProtectedFromScaleIn');
        // Back to the derived value, which managed termination protection makes true.
        return setNodeField(design, node.id, ['autoScalingGroup'], bagData({ extra: Object.keys(extra).length ? extra : undefined, omit: omit?.length ? omit : undefined }));
      }),
    });
  }
  const mixed = isPlainObject(content.MixedInstancesPolicy) && isPlainObject(content.MixedInstancesPolicy.LaunchTemplate) ? content.MixedInstancesPolicy.LaunchTemplate : undefined;
  objects(mixed?.Overrides).forEach((override, i) => {
    if (override.WeightedCapacity === undefined) return;
    ctx.report({
      ruleId: 'ASG-WEIGHT',
      node,
      artifactPath: group.path,
      pointer: pointer('MixedInstancesPolicy', 'LaunchTemplate', 'Overrides', i, 'WeightedCapacity'),
      message: 'Instance weighting (WeightedCapacity) is not supported for a group used by an ECS capacity provider: ECS counts instances, not weights.',
    });
  });
  const scaling = isPlainObject(provider.managedScaling) ? provider.managedScaling : undefined;
  const tagged = objects(content.Tags).some((t) => t.Key === ECS_MANAGED_TAG);
  if (scaling?.status === 'ENABLED' && !tagged) {
    ctx.report({
      ruleId: 'ASG-POLICY',
      node,
      artifactPath: group.path,
      pointer: '/Tags',
      message: `With managed scaling ECS needs the ${ECS_MANAGED_TAG} tag on the group: keep it in the group's Tags, so that a later update from this file does not remove the tag ECS adds and relies on.`,
    });
  }
}

/** Task-level cpu units or MiB as a number: "1024", 1024, "1 vCPU", "2 GB". */
function amount(value: unknown, unit: 'vcpu' | 'gb'): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const scaled = new RegExp(`^(\\d+(?:\\.\\d+)?)\\s*${unit === 'vcpu' ? 'vcpu' : 'gb'}$`, 'i').exec(text)?.[1];
  return scaled ? Number(scaled) * 1024 : undefined;
}

/** What one task needs: the task-level size, else the sum over its containers. */
function taskNeeds(td: JsonObject, containers: readonly JsonObject[]): { cpu: number; memory: number } {
  const sum = (pick: (c: JsonObject) => unknown) => containers.reduce((total, c) => total + (typeof pick(c) === 'number' ? (pick(c) as number) : 0), 0);
  return {
    cpu: amount(td.cpu, 'vcpu') ?? sum((c) => c.cpu),
    memory: amount(td.memory, 'gb') ?? sum((c) => c.memoryReservation ?? c.memory),
  };
}

/**
 * ASG-SIZE: every service or standalone task placed on this provider (in its strategy, or
 * by its cluster's default strategy) must fit on one instance of the group's type, or its
 * tasks stay in PROVISIONING however far the group scales.
 */
export function checkTaskFit(ctx: ValidateContext, node: DesignNode, providerName: unknown): void {
  const size = instanceSize(node.data.instanceType);
  if (!size || typeof providerName !== 'string') return;
  for (const launcher of launchersByProvider(ctx).get(providerName) ?? []) {
    const need = taskNeeds(launcher.td!.content, launcher.td!.containers.map((c) => c.def));
    const tooMuch: string[] = [];
    if (need.cpu > size.vcpus * 1024) tooMuch.push(`${need.cpu} CPU units (the instance has ${size.vcpus * 1024})`);
    if (need.memory > size.memoryMiB) tooMuch.push(`${need.memory} MiB (the instance has ${size.memoryMiB}, and ECS registers a little less)`);
    if (!tooMuch.length) continue;
    ctx.report({
      ruleId: 'ASG-SIZE',
      node,
      message: `A task of ${launcher.noun} ${launcher.label} needs ${tooMuch.join(' and ')}: it does not fit on one ${textOf(node.data.instanceType)} instance, so it stays PROVISIONING. Choose a larger instance type.`,
    });
  }
}

const LAUNCHERS_BY_PROVIDER = Symbol('launchers with a task definition, by the capacity providers they are placed on');

/**
 * The launchers (with a task definition) each provider name places tasks for: in the
 * launcher's own strategy or, with neither strategy nor launch type, its cluster's default.
 * Each list is in launcher order. Built once a run: asking every launcher for every
 * provider grew with providers × launchers.
 */
function launchersByProvider(ctx: ValidateContext): Map<string, LauncherView[]> {
  return ctx.shared(LAUNCHERS_BY_PROVIDER, () => {
    const out = new Map<string, LauncherView[]>();
    for (const launcher of launchers(ctx)) {
      if (!launcher.td) continue;
      const items = launcher.strategy.length || launcher.content.launchType !== undefined ? launcher.strategy : (launcher.cluster?.defaultStrategy ?? []);
      const seen = new Set<unknown>();
      for (const item of items) {
        const name = item.capacityProvider;
        if (typeof name !== 'string' || seen.has(name)) continue;
        seen.add(name);
        const list = out.get(name);
        if (list) list.push(launcher);
        else out.set(name, [launcher]);
      }
    }
    return out;
  });
}
