import { addNode, connect } from '../commands/design-commands.ts';
import { KINDS } from '../kinds/registry.ts';
import { emptyDesign, type Design, type NodeKind } from '../model/design.ts';
import type { JsonObject, JsonValue } from '../model/json.ts';

/**
 * Builds a template the way a user would: each node dropped from the palette (its kind's
 * defaults) with some fields edited, then connected. Positions are left at the origin:
 * the template generator lays the design out (src/ui/templates/template-layout.ts).
 * Nodes are named by a key, not by id, so a builder reads like the picture it draws.
 */
export class TemplateBuilder {
  private design: Design;
  private readonly ids = new Map<string, string>();

  constructor(name: string) {
    this.design = emptyDesign(name);
  }

  /**
   * A node of `kind` with its defaults, `data` overriding them field by field (top level);
   * a field given as undefined is cleared, as the inspector clears it.
   */
  add(key: string, kind: NodeKind, data: Record<string, JsonValue | undefined> = {}): this {
    if (this.ids.has(key)) throw new Error(`template: node ${key} added twice`);
    const merged: JsonObject = { ...KINDS[kind].defaults(this.design) };
    for (const [field, value] of Object.entries(data)) {
      if (value === undefined) delete merged[field];
      else merged[field] = value;
    }
    const result = addNode(this.design, kind, { x: 0, y: 0 }, merged);
    this.design = result.design;
    this.ids.set(key, result.id!);
    return this;
  }

  /** Connects two nodes by key, with the connection's data when given (else what the editor starts with). */
  link(source: string, target: string, data?: JsonObject): this {
    const result = connect(this.design, this.id(source), this.id(target), data);
    if (!result.ok) throw new Error(`template: cannot connect ${source} → ${target}: ${result.reason}`);
    this.design = result.design;
    return this;
  }

  id(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`template: no node ${key}`);
    return id;
  }

  build(): Design {
    return this.design;
  }
}

/**
 * The network most templates run in, as AWS diagrams draw it: a VPC over two zones with a
 * public and a private subnet in each, an internet gateway, and a NAT gateway in the first
 * public subnet so tasks in the private subnets can pull images and reach AWS APIs.
 * Keys: vpc, publicA, publicB, privateA, privateB, igw, nat.
 */
export function twoZoneVpc(b: TemplateBuilder, vpcName: string, options: { publicSubnets?: boolean } = {}): TemplateBuilder {
  b.add('vpc', 'vpc', { name: vpcName, cidrBlock: '10.0.0.0/16' });
  const subnets: Array<[string, string, string, string, boolean]> = [
    ['privateA', 'private-a', '10.0.10.0/24', 'us-east-1a', false],
    ['privateB', 'private-b', '10.0.11.0/24', 'us-east-1b', false],
  ];
  if (options.publicSubnets !== false) {
    subnets.unshift(['publicA', 'public-a', '10.0.0.0/24', 'us-east-1a', true], ['publicB', 'public-b', '10.0.1.0/24', 'us-east-1b', true]);
  }
  for (const [key, name, cidrBlock, availabilityZone, isPublic] of subnets) {
    b.add(key, 'subnet', { name, cidrBlock, availabilityZone, public: isPublic }).link(key, 'vpc');
  }
  b.add('igw', 'internet-gateway', { name: `${vpcName}-igw` }).link('igw', 'vpc');
  if (options.publicSubnets !== false) {
    b.add('nat', 'nat-gateway', { name: 'nat-a', connectivityType: 'public', allocationId: 'eipalloc-0a1b2c3d4e5f60001' }).link('nat', 'publicA');
  }
  return b;
}

/** The awslogs driver writing to a log group of its own (the container default writes to /ecs/app). */
export function awslogs(group: string): JsonObject {
  return { logDriver: 'awslogs', options: { 'awslogs-group': group, 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } };
}

/** A security group that lets HTTP in from anywhere: for an internet-facing load balancer. */
export function publicHttpGroup(name: string): JsonObject {
  return {
    groupName: name,
    description: 'HTTP from the internet to the load balancer',
    ingress: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'web' }] }],
  };
}
