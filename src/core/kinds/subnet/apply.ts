import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { DesignDraft } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { applyEc2Fields } from '../ec2-resource.ts';

/**
 * An edited CreateSubnet file back onto the subnet. VpcId follows the drawn VPC when there
 * is one (change the connection instead); without one it is the subnet's literal VPC id.
 */
export function applySubnet(design: Design, subnet: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const draft = new DesignDraft(design);
  const connected = design.edges.some((e) => e.kind === 'in-vpc' && e.source === subnet.id);
  const fields: Record<string, string> = { CidrBlock: 'cidrBlock', AvailabilityZone: 'availabilityZone' };
  if (!connected) fields.VpcId = 'vpcId';
  draft.setData(subnet.id, applyEc2Fields(subnet, content, 'subnet', fields, ['subnetId', 'public'], connected ? ['VpcId'] : []));
  return { ok: true, design: draft.finish(), notices: [] };
}
