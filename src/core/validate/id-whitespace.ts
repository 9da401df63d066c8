import type { Artifact } from '../model/artifact.ts';
import type { Design } from '../model/design.ts';
import { isPlainObject, pointer, type JsonObject, type JsonValue } from '../model/json.ts';
import type { RuleModule, ValidateContext } from './context.ts';
import { ownerAt } from './helpers.ts';
import type { QuickFix } from './types.ts';

/**
 * Members that hold an id or a reference AWS matches character for character: subnet and
 * security group ids, ARNs, image references, the cluster, task definition and capacity
 * provider a service names. Every `…Arn(s)` / `…Id(s)` member counts too (the ECS, ELBv2
 * and CloudFormation spellings alike).
 */
const ID_MEMBERS = new Set([
  'subnets',
  'securityGroups',
  'Subnets',
  'SecurityGroups',
  'image',
  'cluster',
  'taskDefinition',
  'role',
  'capacityProvider',
  'capacityProviders',
  'valueFrom',
  'credentialsParameter',
  'loadBalancerName',
  'containerName',
  'namespace',
]);

const WHITESPACE = /\s/;

/**
 * ID-WS (not in ECS_RULES.md yet): an id with whitespace in it, most often a space copied
 * along at the end (`"subnet-65abf80c "`). The designer keeps every value exactly as
 * written, so the file says what AWS will be sent; this rule says why that will not name
 * the resource meant. A warning: whether each API trims or refuses such a value is
 * unconfirmed. The quick fix trims the value where the node holds it.
 */
export const idWhitespaceRules: RuleModule = {
  area: 'id whitespace',
  rules: { 'ID-WS': 'warning' },
  check(ctx) {
    // This runs over every value of every file on each check: the path is a stack of
    // segments turned into a pointer only for a finding, and free-text parts are skipped.
    const path: Array<string | number> = [];
    for (const artifact of ctx.artifacts) ctx.checkFile(ID_WS, artifact, () => walk(ctx, artifact, artifact.content, path, undefined));
  },
};

/**
 * This check reads one file and the data of the nodes that own it (for the fix), which an
 * unchanged file implies: its problems are reused for an unchanged file.
 */
const ID_WS = Symbol('ID-WS');

/** Members whose values are free text or policy documents, never ids of their own. */
const FREE_TEXT = new Set(['environment', 'command', 'entryPoint', 'dockerLabels', 'healthCheck', 'AssumeRolePolicyDocument', 'PolicyDocument']);

function walk(ctx: ValidateContext, artifact: Artifact, value: JsonValue | undefined, path: Array<string | number>, member: string | undefined): void {
  if (typeof value === 'string') {
    // The member first: most strings are not ids, and the name test is cheaper than a regex over the value.
    if (member !== undefined && isIdMember(member) && WHITESPACE.test(value)) report(ctx, artifact, pointer(...path), value);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(ctx, artifact, value[i], path, member);
      path.pop();
    }
  } else if (isPlainObject(value)) {
    for (const key in value) {
      if (FREE_TEXT.has(key)) continue;
      path.push(key);
      walk(ctx, artifact, value[key], path, key);
      path.pop();
    }
  }
}

function isIdMember(member: string): boolean {
  return ID_MEMBERS.has(member) || member.endsWith('Id') || member.endsWith('Ids') || member.endsWith('Arn') || member.endsWith('Arns');
}

function report(ctx: ValidateContext, artifact: Artifact, at: string, value: string): void {
  const owner = ownerAt(artifact, at);
  const node = ctx.index.node(owner.nodeId);
  const trimmed = value.trim();
  const where = WHITESPACE.test(trimmed) ? 'has whitespace in it' : /^\s/.test(value) ? 'starts with whitespace' : 'ends with whitespace';
  ctx.report({
    ruleId: 'ID-WS',
    node,
    artifactPath: artifact.path,
    pointer: at,
    message:
      `${fieldName(at)} ${JSON.stringify(value)} ${where}: AWS takes ids and ARNs exactly as written, ` +
      `so it will not find ${JSON.stringify(trimmed)}. The designer keeps the value as it is until you change it.`,
    fix: trimmed && !WHITESPACE.test(trimmed) ? trimFix(node?.data, owner.nodeId, relativePath(owner.pointer, at), value, trimmed) : undefined,
  });
}

function relativePath(ownerPointer: string, at: string): string[] {
  return at
    .slice(ownerPointer.length)
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/networkConfiguration/awsvpcConfiguration/subnets/0` → `networkConfiguration.awsvpcConfiguration.subnets[0]`. */
function fieldName(at: string): string {
  return relativePath('', at).reduce((name, s) => (/^\d+$/.test(s) ? `${name}[${s}]` : name ? `${name}.${s}` : s), '');
}

/**
 * Trims the value in the node's data, when the node still holds exactly that value at
 * that place. A value a relation stands for (a cluster's name, a role's ARN) is not in the
 * service's or task definition's data: the fix is then left to the node that has it.
 */
function trimFix(data: JsonObject | undefined, nodeId: string, path: readonly string[], value: string, trimmed: string): QuickFix | undefined {
  if (!path.length || valueAt(data, path) !== value) return undefined;
  return {
    label: `Trim to ${JSON.stringify(trimmed)}`,
    apply(design: Design): Design {
      const node = design.nodes.find((n) => n.id === nodeId);
      if (!node || valueAt(node.data, path) !== value) return design;
      const data = replaceAt(node.data, path, trimmed) as JsonObject;
      return { ...design, nodes: design.nodes.map((n) => (n === node ? { ...n, data } : n)) };
    },
  };
}

function valueAt(value: JsonValue | undefined, path: readonly string[]): JsonValue | undefined {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isPlainObject(current)) current = current[key];
    else return undefined;
  }
  return current;
}

/** A copy of value with the member at path replaced; lists and objects along the way are copied, the rest shared. */
function replaceAt(value: JsonValue, path: readonly string[], next: JsonValue): JsonValue {
  const [head, ...rest] = path;
  if (head === undefined) return next;
  if (Array.isArray(value)) return value.map((item, i) => (i === Number(head) ? replaceAt(item, rest, next) : item));
  if (isPlainObject(value)) return { ...value, [head]: replaceAt(value[head]!, rest, next) };
  return value;
}
