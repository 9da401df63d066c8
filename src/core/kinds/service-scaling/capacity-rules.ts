import type { DesignNode } from '../../model/design.ts';
import { parseCpuUnits, parseMemoryMiB } from '../../derive/fargate-sizes.ts';
import { textOf } from '../../model/text.ts';
import type { RuleModule } from '../../validate/context.ts';
import { num, services } from '../../validate/service-view.ts';
import { placementCapacity } from '../service/rules/placement-capacity.ts';
import { instanceSize, type InstanceSize } from '../capacity-ec2/instance-types.ts';
import { scaledService } from './resource.ts';

const gib = (mib: number) => `${Math.round((mib / 1024) * 10) / 10} GiB`;

/**
 * AS-CAP (ECS_RULES §7): the most tasks auto scaling may ask for do not fit on the most
 * instances the service's Auto Scaling groups can grow to. Only where that is known: task
 * cpu and memory set, instance types whose size the name tells, and no Fargate in the
 * service's capacity (the Fargate vCPU quota is per account and not in the design).
 */
export const scalingCapacityRules: RuleModule = {
  area: 'service auto scaling against cluster capacity',
  rules: { 'AS-CAP': 'warning' },
  check(ctx) {
    const byId = new Map(services(ctx).map((s) => [s.node.id, s]));
    for (const node of ctx.index.nodesOfKind('service-scaling')) {
      const target = ctx.artifactsOf(node.id).find((a) => a.type === 'scalable-target');
      const scaled = scaledService(node, ctx.derive).service;
      const svc = scaled && byId.get(scaled.id);
      const max = num(target?.content.MaxCapacity);
      if (!target || !svc?.td || svc.daemon || max === undefined || svc.targets.some((t) => t !== 'EC2')) continue;
      const cpu = parseCpuUnits(svc.td.content.cpu);
      const memory = parseMemoryMiB(svc.td.content.memory);
      const groups = placementCapacity(ctx, svc).map((asg) => ({ asg, size: instanceSize(asg.data.instanceType), maxSize: num(asg.data.maxSize) }));
      if ((cpu === undefined && memory === undefined) || !groups.length || groups.some((g) => !g.size || g.maxSize === undefined)) continue;
      const known = groups as Array<{ asg: DesignNode; size: InstanceSize; maxSize: number }>;
      const totalCpu = known.reduce((sum, g) => sum + g.maxSize * g.size.vcpus * 1024, 0);
      const totalMemory = known.reduce((sum, g) => sum + g.maxSize * g.size.memoryMiB, 0);
      const short = [
        cpu !== undefined && max * cpu > totalCpu ? `${(max * cpu) / 1024} vCPU of ${totalCpu / 1024}` : undefined,
        memory !== undefined && max * memory > totalMemory ? `${gib(max * memory)} of ${gib(totalMemory)} memory` : undefined,
      ].filter(Boolean);
      if (!short.length) continue;
      const offer = known.map((g) => `${textOf(g.asg.data.name ?? g.asg.id)} at most ${g.maxSize} × ${textOf(g.asg.data.instanceType)}`).join(', ');
      ctx.report({
        ruleId: 'AS-CAP',
        node,
        artifactPath: target.path,
        pointer: '/MaxCapacity',
        message: `Auto scaling may run up to ${max} tasks of ${svc.label}, which need ${short.join(' and ')} the instances can offer (${offer}; the ECS agent keeps some memory for itself too): tasks beyond that stay PROVISIONING. Raise the group's maximum size, use larger instances, or lower the maximum number of tasks.`,
      });
    }
  },
};
