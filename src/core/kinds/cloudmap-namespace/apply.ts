import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { jsonEqual, type JsonObject } from '../../model/json.ts';
import { DeriveContext } from '../../derive/context.ts';
import { DesignDraft } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { fromApi, keepNodeOnly } from '../api-fields.ts';
import { vpcIdOf } from '../vpc/derive.ts';
import { fieldsOf, namespaceVpc, type NamespaceType } from './derive.ts';

/**
 * CreateHttpNamespace / CreatePrivateDnsNamespace JSON → the namespace node. The file's
 * operation says the type (an edited HTTP file stays HTTP; change the type in the
 * inspector). A changed Vpc that is a drawn VPC's id becomes the connection to it; any
 * other id is the node's literal vpcId.
 */
export function applyNamespace(design: Design, ns: DesignNode, artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const type: NamespaceType = artifact?.type === 'cloudmap-dns-namespace' ? 'DNS_PRIVATE' : artifact?.type === 'cloudmap-http-namespace' ? 'HTTP' : ns.data.type === 'DNS_PRIVATE' ? 'DNS_PRIVATE' : 'HTTP';
  const draft = new DesignDraft(design);
  // The file shows only its type's fields: the other type's (a DNS SOA TTL on an HTTP namespace) stay for when the type changes back.
  const data = keepNodeOnly(fromApi(content, fieldsOf(type)), ns.data, type === 'HTTP' ? ['namespaceArn', 'vpcId', 'soaTtl'] : ['namespaceArn', 'vpcId']);
  // The type is what the file is; kept as the node had it when it matches (a new node has none: HTTP).
  if (ns.data.type !== undefined || type !== 'HTTP') data.type = type;
  if (type === 'DNS_PRIVATE') {
    const ctx = new DeriveContext(design);
    const before = namespaceVpc(ns, ctx).value;
    if (!jsonEqual(content.Vpc, before)) {
      draft.removeEdges((e) => e.kind === 'in-vpc' && e.source === ns.id);
      delete data.vpcId;
      const vpc = typeof content.Vpc === 'string' ? ctx.index.nodesOfKind('vpc').find((v) => vpcIdOf(v) === content.Vpc) : undefined;
      if (vpc) draft.addEdge('in-vpc', ns.id, vpc.id);
      else if (typeof content.Vpc === 'string') data.vpcId = content.Vpc;
    }
  }
  draft.setData(ns.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}
