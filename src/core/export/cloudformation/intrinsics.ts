import { externalIdDescription, type CatalogResource, type ExternalId, type Piece, type Reference } from '../references.ts';
import { pascalWords } from '../logical-names.ts';

/**
 * How a template names an attribute of a resource: `Ref` where Ref returns it, else the
 * `Fn::GetAtt` attribute. What is missing here is written as the literal text it stood for.
 */
export const ATTRIBUTES: Partial<Record<CatalogResource['kind'], Partial<Record<Reference['attribute'], string>>>> = {
  cluster: { name: 'Ref', arn: 'Arn' },
  'task-definition': { arn: 'Ref' },
  service: { arn: 'Ref', name: 'Name' },
  'capacity-provider': { name: 'Ref' },
  'iam-role': { arn: 'Arn', name: 'Ref' },
  'instance-profile': { arn: 'Arn', name: 'Ref' },
  'load-balancer': { arn: 'Ref' },
  'target-group': { arn: 'Ref' },
  listener: { arn: 'Ref' },
  vpc: { id: 'Ref' },
  subnet: { id: 'Ref' },
  'security-group': { id: 'GroupId' },
  'internet-gateway': { id: 'Ref' },
  'nat-gateway': { id: 'Ref' },
  'route-table': { id: 'Ref' },
  's3-bucket': { arn: 'Arn', name: 'Ref' },
  'dynamodb-table': { arn: 'Arn', name: 'Ref' },
  'sqs-queue': { arn: 'Arn', uri: 'Ref', name: 'QueueName' },
  'sns-topic': { arn: 'Ref', name: 'TopicName' },
  'events-rule': { arn: 'Arn', name: 'Ref' },
  secret: { arn: 'Ref' },
  'ecr-repository': { uri: 'RepositoryUri', arn: 'Arn', name: 'Ref' },
  'efs-file-system': { id: 'Ref', arn: 'Arn' },
  'efs-access-point': { id: 'Ref', arn: 'Arn' },
  'cloudmap-http-namespace': { id: 'Ref', arn: 'Arn' },
  'cloudmap-dns-namespace': { id: 'Ref', arn: 'Arn' },
  'cloudmap-service': { arn: 'Arn', id: 'Ref' },
  'launch-template': { id: 'Ref', name: 'Ref' },
  'auto-scaling-group': { arn: 'Ref', name: 'Ref' },
  'scaling-policy': { arn: 'Ref' },
};

/**
 * The logical name of the resource a piece refers to in the template: another's where it
 * is folded into it (a bucket's versioning file into the bucket), none when the template
 * does not hold it (its type is left out): the reference is written as its literal text.
 */
export type FoldedInto = (resource: CatalogResource) => string | undefined;

const PARAMETER_TYPE: Readonly<Record<ExternalId['resourceType'], string>> = {
  vpc: 'AWS::EC2::VPC::Id',
  subnet: 'AWS::EC2::Subnet::Id',
  'security-group': 'AWS::EC2::SecurityGroup::Id',
  'internet-gateway': 'String',
  'nat-gateway': 'String',
  'route-table': 'String',
  'elastic-ip': 'String',
  'file-system': 'String',
  'access-point': 'String',
};


export interface CfnParameter {
  Type: string;
  Description: string;
  Default: string;
}

/** The template's Parameters: one per id of a resource outside the design, named after the id. */
export class Parameters {
  readonly entries = new Map<string, CfnParameter>();

  add(name: string, parameter: CfnParameter): string {
    if (!this.entries.has(name)) this.entries.set(name, parameter);
    return name;
  }

  /** Like add, but a name taken by a different parameter gets a number (WebImageTag2). */
  addUnique(name: string, parameter: CfnParameter): string {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? name : `${name}${n}`;
      const taken = this.entries.get(candidate);
      if (!taken) return this.add(candidate, parameter);
      if (taken.Default === parameter.Default && taken.Description === parameter.Description && taken.Type === parameter.Type) return candidate;
    }
  }

  external(id: ExternalId): string {
    return this.add(pascalWords(id.id), { Type: PARAMETER_TYPE[id.resourceType], Description: externalIdDescription(id, 'this template'), Default: id.id });
  }

  /** Sorted by name, so the template does not depend on which resource asked first. */
  toJson(): Record<string, CfnParameter> | undefined {
    if (!this.entries.size) return undefined;
    return Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

/** `${Name}` / `${Name.Attr}` for Fn::Sub, or undefined when the attribute has no template form. */
function subVariable(ref: Reference, folded: FoldedInto): string | undefined {
  const attr = ATTRIBUTES[ref.resource.kind]?.[ref.attribute];
  const name = folded(ref.resource);
  if (!attr || !name) return undefined;
  return attr === 'Ref' ? name : `${name}.${attr}`;
}

/** A string's pieces as a template value: the literal, a Ref / Fn::GetAtt, or Fn::Sub for a mix. */
export function renderPieces(pieces: readonly Piece[], parameters: Parameters, folded: FoldedInto): unknown {
  if (pieces.length === 0) return '';
  if (pieces.length === 1) {
    const [only] = pieces;
    if (typeof only === 'string') return only;
    if ('external' in only!) return { Ref: parameters.external(only.external) };
    const attr = ATTRIBUTES[only!.ref.resource.kind]?.[only!.ref.attribute];
    const name = folded(only!.ref.resource);
    if (attr === 'Ref' && name) return { Ref: name };
    if (attr && name) return { 'Fn::GetAtt': [name, attr] };
    return only!.text;
  }
  let template = '';
  let literal = '';
  let variables = 0;
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      template += escapeSub(piece);
      literal += piece;
    } else if ('external' in piece) {
      template += `\${${parameters.external(piece.external)}}`;
      variables++;
    } else {
      const variable = subVariable(piece.ref, folded);
      template += variable ? `\${${variable}}` : escapeSub(piece.text);
      literal += piece.text;
      if (variable) variables++;
    }
  }
  return variables ? { 'Fn::Sub': template } : literal;
}

/** Literal text inside Fn::Sub: `${` would start a variable, `${!` writes it literally. */
export function escapeSub(text: string): string {
  return text.replaceAll('${', '${!');
}
