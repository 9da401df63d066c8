import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { DesignDraft } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { applyEc2Fields } from '../ec2-resource.ts';

/** An edited CreateVpc file back onto the VPC node (unknown keys kept in `extra`). */
export function applyVpc(design: Design, vpc: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const draft = new DesignDraft(design);
  draft.setData(vpc.id, applyEc2Fields(vpc, content, 'vpc', { CidrBlock: 'cidrBlock' }, ['vpcId']));
  return { ok: true, design: draft.finish(), notices: [] };
}
