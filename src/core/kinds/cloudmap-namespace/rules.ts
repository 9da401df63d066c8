import { connect } from '../../commands/design-commands.ts';
import { PLACEHOLDER_ACCOUNT_ID } from '../../model/design.ts';
import { isPlainObject, pointer } from '../../model/json.ts';
import { textOf } from '../../model/text.ts';
import type { RuleModule } from '../../validate/context.ts';
import { commandFix } from '../../validate/fixes.ts';
import { clusters } from '../../validate/service-view.ts';
import { isExistingNamespace, namespacePath, namespaceType, namespaceVpc } from './derive.ts';

/** CreateHttpNamespace / CreatePrivateDnsNamespace Name (the API model's pattern and lengths). */
const HTTP_NAME = /^(?!arn:)[!-~]{1,1024}$/;
/** A private DNS namespace is a DNS domain: labels of letters, digits, _ and -, not starting or ending with -. */
const DNS_NAME = /^(?=.{1,253}$)(?!arn:)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)(\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\.?$/;
const NAMESPACE_ARN = /^arn:[^:]+:servicediscovery:([^:]*):([^:]*):namespace\/ns-[A-Za-z0-9]+$/;

/**
 * Cloud Map namespaces (this designer's CM-* ids: Cloud Map facts ECS_RULES does not list),
 * SC-NS-REGION for an existing namespace named by an ARN of another Region or account, and
 * CL-SC-NS (ECS_RULES §4.1) on a cluster's serviceConnectDefaults.namespace.
 */
export const cloudMapNamespaceRules: RuleModule = {
  area: 'Cloud Map namespaces',
  rules: { 'CM-NAME': 'error', 'CM-DNS-VPC': 'error', 'CM-ARN': 'error', 'SC-NS-REGION': 'error', 'CL-SC-NS': 'error' },
  check(ctx) {
    for (const ns of ctx.index.nodesOfKind('cloudmap-namespace')) {
      const type = namespaceType(ns);
      const name = ns.data.name;
      const label = textOf(name ?? ns.id);
      if (isExistingNamespace(ns)) {
        const arn = ns.data.namespaceArn as string;
        const m = NAMESPACE_ARN.exec(arn);
        if (!m) {
          ctx.report({ ruleId: 'CM-ARN', node: ns, message: `Namespace ${label}: "${arn}" is not a Cloud Map namespace ARN (arn:aws:servicediscovery:<region>:<account>:namespace/ns-…).` });
        } else {
          const otherAccount = ctx.design.accountId !== PLACEHOLDER_ACCOUNT_ID && m[2] !== ctx.design.accountId;
          if (m[1] !== ctx.design.region || otherAccount) {
            ctx.report({ ruleId: 'SC-NS-REGION', node: ns, message: `Namespace ${label} is in ${otherAccount ? `account ${m[2]}` : `Region ${m[1]}`}; services of this design (${ctx.design.region}) can only use a namespace of their own Region and account.` });
          }
        }
        continue;
      }
      const path = namespacePath(ns);
      if (typeof name !== 'string' || !(type === 'HTTP' ? HTTP_NAME : DNS_NAME).test(name)) {
        ctx.report({
          ruleId: 'CM-NAME',
          node: ns,
          artifactPath: path,
          pointer: pointer('Name'),
          message:
            type === 'HTTP'
              ? `Namespace ${label}: the name must be 1–1024 printable characters without spaces, not starting with arn:.`
              : `Namespace ${label}: a private DNS namespace is named as a domain (up to 253 characters, labels of letters, digits, _ and -), e.g. internal.example.`,
        });
      }
      if (type === 'DNS_PRIVATE' && !namespaceVpc(ns, ctx.derive).value) {
        const vpcs = ctx.index.nodesOfKind('vpc');
        ctx.report({
          ruleId: 'CM-DNS-VPC',
          node: ns,
          artifactPath: path,
          pointer: pointer('Vpc'),
          message: `Namespace ${label} is a private DNS namespace, which answers in one VPC: connect it to a VPC or set the VPC id.`,
          fix: vpcs.length === 1 ? commandFix(`Connect to VPC ${textOf(vpcs[0]!.data.name ?? vpcs[0]!.id)}`, (d) => connect(d, ns.id, vpcs[0]!.id)) : undefined,
        });
      }
    }
    for (const cluster of clusters(ctx)) {
      const defaults = cluster.content.serviceConnectDefaults;
      const ns = isPlainObject(defaults) ? defaults.namespace : undefined;
      // The characters are refused in a name; an ARN has slashes of its own and is not judged by them.
      if (typeof ns !== 'string' || ns.startsWith('arn:')) continue;
      if (ns.length > 1024 || /[<>"/]/.test(ns)) {
        ctx.report({ ruleId: 'CL-SC-NS', node: cluster.node, pointer: pointer('serviceConnectDefaults', 'namespace'), message: `Cluster ${textOf(cluster.content.clusterName ?? 'default')}: the Service Connect default namespace must be up to 1024 characters without <, >, " or /.` });
      }
    }
  },
};
