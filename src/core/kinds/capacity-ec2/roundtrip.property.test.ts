import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import { jsonEqual, type JsonObject } from '../../model/json.ts';
import { designArb } from '../../test-support/design-arbitrary.ts';
import { securityGroupIdOf } from '../security-group/derive.ts';
import { subnetIdOf } from '../subnet/derive.ts';
import { AMI_FAMILIES, imageIdOf } from './ami.ts';
import { base64 } from './user-data.ts';

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };

/** Indexes into the ids a list may name: the design's drawn ones, then two that are not drawn. */
const idPicks = fc.uniqueArray(fc.nat(12), { maxLength: 4 });
const named = (drawn: string[], literal: string[], picks: number[]) => {
  const all = [...drawn, ...literal];
  return [...new Set(picks.map((i) => all[i % all.length]!))];
};

/**
 * Subnet and group lists are sets to EC2 and Auto Scaling: the file lists drawn ones first
 * (derive/network-placement.ts drawnFirst), so a literal id typed before a drawn one moves.
 */
const sortedList = (value: unknown) => (typeof value === 'string' ? value.split(',').sort().join(',') : Array.isArray(value) ? [...value].sort() : value);
function asSets(content: JsonObject): JsonObject {
  const out: JsonObject = { ...content };
  if (out.VPCZoneIdentifier !== undefined) out.VPCZoneIdentifier = sortedList(out.VPCZoneIdentifier) as string;
  const data = out.LaunchTemplateData as JsonObject | undefined;
  if (data?.SecurityGroupIds !== undefined) out.LaunchTemplateData = { ...data, SecurityGroupIds: sortedList(data.SecurityGroupIds) as string[] };
  return out;
}

describe('property: derive(apply(d, text)) gives back the edited EC2 capacity files (ARCHITECTURE principle 3)', () => {
  it('CreateAutoScalingGroup: sizes, subnets drawn or literal in any order, derived values kept, changed or taken out, keys not modelled', () => {
    const edit = fc.record({
      min: fc.nat(3),
      max: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
      desired: fc.option(fc.nat(5), { nil: undefined }),
      subnets: idPicks,
      protect: fc.constantFrom('keep', 'drop', 'false'),
      tags: fc.constantFrom('keep', 'drop', 'team'),
      grace: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(designArb, edit, (design, e) => {
        const group = derive(design).find((a) => a.type === 'auto-scaling-group');
        if (!group) return;
        const text: JsonObject = { ...group.content, MinSize: e.min };
        if (e.max === undefined) delete text.MaxSize;
        else text.MaxSize = e.max;
        if (e.desired === undefined) delete text.DesiredCapacity;
        else text.DesiredCapacity = e.desired;
        const drawn = design.nodes.filter((n) => n.kind === 'subnet').map(subnetIdOf);
        const subnets = named(drawn, ['subnet-0aaa1111bbbb22223', 'subnet-0ccc3333dddd44445'], e.subnets);
        if (subnets.length) text.VPCZoneIdentifier = subnets.join(',');
        else delete text.VPCZoneIdentifier;
        if (e.protect === 'drop') delete text.NewInstancesProtectedFromScaleIn;
        if (e.protect === 'false') text.NewInstancesProtectedFromScaleIn = false;
        if (e.tags === 'drop') delete text.Tags;
        if (e.tags === 'team') text.Tags = [{ Key: 'team', Value: 'platform', PropagateAtLaunch: true }];
        if (e.grace !== undefined) text.HealthCheckGracePeriod = e.grace;
        const result = applyArtifactText(design, group.path, artifactText({ content: text }));
        if (!result.ok) throw new Error(result.error);
        const after = derive(result.design).find((a) => a.nodeId === group.nodeId && a.type === 'auto-scaling-group')!;
        if (!jsonEqual(asSets(after.content), asSets(text))) expect(asSets(after.content)).toEqual(asSets(text));
      }),
      runs,
    );
  });

  it('CreateLaunchTemplate: instance type, AMI family or a literal image, security groups drawn or literal, user data and keys not modelled', () => {
    const edit = fc.record({
      instanceType: fc.constantFrom('m6i.large', 'c7g.xlarge', 't3.small'),
      image: fc.option(fc.oneof(fc.constantFrom(...AMI_FAMILIES.map(imageIdOf)), fc.constant('ami-0123456789abcdef0')), { nil: undefined }),
      groups: idPicks,
      metadata: fc.boolean(),
      name: fc.option(fc.constantFrom('workers-lt', 'lt-2'), { nil: undefined }),
    });
    fc.assert(
      fc.property(designArb, edit, (design, e) => {
        const template = derive(design).find((a) => a.type === 'launch-template');
        if (!template) return;
        const data: JsonObject = { ...(template.content.LaunchTemplateData as JsonObject), InstanceType: e.instanceType };
        // A new image with the user data left alone would take the new family's user data
        // (it follows the design): the property writes user data of its own with it.
        if (e.image !== undefined) {
          data.ImageId = e.image;
          data.UserData = base64('#!/bin/bash\necho hello\n');
        }
        const drawn = design.nodes.filter((n) => n.kind === 'security-group').map(securityGroupIdOf);
        const groups = named(drawn, ['sg-0aaa1111bbbb22223', 'sg-0ccc3333dddd44445'], e.groups);
        if (groups.length) data.SecurityGroupIds = groups;
        else delete data.SecurityGroupIds;
        if (e.metadata) data.MetadataOptions = { HttpTokens: 'required' };
        const text: JsonObject = { ...template.content, LaunchTemplateData: data };
        if (e.name) text.LaunchTemplateName = e.name;
        const result = applyArtifactText(design, template.path, artifactText({ content: text }));
        if (!result.ok) throw new Error(result.error);
        const after = derive(result.design).find((a) => a.nodeId === template.nodeId && a.type === 'launch-template')!;
        if (!jsonEqual(asSets(after.content), asSets(text))) expect(asSets(after.content)).toEqual(asSets(text));
      }),
      runs,
    );
  });
});
