import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { DesignDraft } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { applyEc2Fields } from '../ec2-resource.ts';

/** An edited CreateInternetGateway file back onto the gateway; the attachment follows the connection. */
export function applyInternetGateway(design: Design, igw: DesignNode, artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  if (artifact?.type === 'internet-gateway-attachment') {
    return { ok: false, error: 'The attachment follows the connection from the gateway to its VPC; connect the gateway to another VPC instead' };
  }
  const draft = new DesignDraft(design);
  draft.setData(igw.id, applyEc2Fields(igw, content, 'internet-gateway', {}, ['internetGatewayId']));
  return { ok: true, design: draft.finish(), notices: [] };
}
