import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { DesignDraft } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { applyEc2Fields } from '../ec2-resource.ts';

/** An edited CreateNatGateway file back onto the gateway; SubnetId follows the drawn subnet when there is one. */
export function applyNatGateway(design: Design, nat: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const draft = new DesignDraft(design);
  const connected = design.edges.some((e) => e.kind === 'in-subnet' && e.source === nat.id);
  const fields: Record<string, string> = { AllocationId: 'allocationId', ConnectivityType: 'connectivityType' };
  if (!connected) fields.SubnetId = 'subnetId';
  draft.setData(nat.id, applyEc2Fields(nat, content, 'natgateway', fields, ['natGatewayId'], connected ? ['SubnetId'] : []));
  return { ok: true, design: draft.finish(), notices: [] };
}
