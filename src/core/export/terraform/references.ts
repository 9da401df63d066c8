import type { CatalogResource, ExternalId, Piece, Reference } from '../references.ts';
import { Raw, Template, type HclValue } from './hcl.ts';

/**
 * How main.tf names an attribute of a resource the design creates: the AWS provider's
 * attribute that holds what the API input's string stood for (ids, ARNs, names, URLs).
 * What is missing here (or points at a resource main.tf does not hold) is written as the
 * literal text the reference stood for.
 */
export const TF_ATTRIBUTES: Partial<Record<CatalogResource['kind'], Partial<Record<Reference['attribute'], string>>>> = {
  cluster: { name: 'name', arn: 'arn' },
  'task-definition': { arn: 'arn' },
  service: { arn: 'arn', name: 'name' },
  'capacity-provider': { name: 'name' },
  'iam-role': { arn: 'arn', name: 'name' },
  'instance-profile': { arn: 'arn', name: 'name' },
  'load-balancer': { arn: 'arn' },
  'target-group': { arn: 'arn' },
  listener: { arn: 'arn' },
  vpc: { id: 'id' },
  subnet: { id: 'id' },
  'security-group': { id: 'id' },
  'internet-gateway': { id: 'id' },
  'nat-gateway': { id: 'id' },
  'route-table': { id: 'id' },
  's3-bucket': { arn: 'arn', name: 'bucket' },
  'dynamodb-table': { arn: 'arn', name: 'name' },
  'sqs-queue': { arn: 'arn', uri: 'url', name: 'name' },
  'sns-topic': { arn: 'arn', name: 'name' },
  'launch-template': { id: 'id', name: 'name' },
  'auto-scaling-group': { arn: 'arn', name: 'name' },
  'events-rule': { arn: 'arn', name: 'name' },
  secret: { arn: 'arn' },
  'scaling-policy': { arn: 'arn' },
  'cloudmap-http-namespace': { id: 'id', arn: 'arn' },
  'cloudmap-dns-namespace': { id: 'id', arn: 'arn' },
  'cloudmap-service': { arn: 'arn', id: 'id' },
  'ecr-repository': { uri: 'repository_url', arn: 'arn', name: 'name' },
  'ssm-parameter': { arn: 'arn' },
  'efs-file-system': { id: 'id', arn: 'arn' },
  'efs-access-point': { id: 'id', arn: 'arn' },
};

/** Where a catalog resource is in main.tf: its resource type and name, if main.tf holds it. */
export type Locate = (resource: CatalogResource) => { type: string; name: string } | undefined;

/** The variable an id outside the design becomes (`subnet-0a1b…` → `var.subnet_0a1b…`). */
export type ExternalVariable = (id: ExternalId) => string;

/** The expression for a reference, or undefined where main.tf cannot say it. */
export function referenceExpression(ref: Reference, locate: Locate): string | undefined {
  const attribute = TF_ATTRIBUTES[ref.resource.kind]?.[ref.attribute];
  const at = locate(ref.resource);
  return attribute && at ? `${at.type}.${at.name}.${attribute}` : undefined;
}

/**
 * A string's pieces as an HCL value: the literal string, a bare reference where the
 * string is one reference, or a template `"…${ref}…"` for a mix.
 */
export function renderPieces(pieces: readonly Piece[], locate: Locate, variable: ExternalVariable): HclValue {
  const parts: Array<string | Raw> = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') parts.push(piece);
    else if ('external' in piece) parts.push(new Raw(`var.${variable(piece.external)}`));
    else {
      const expression = referenceExpression(piece.ref, locate);
      parts.push(expression ? new Raw(expression) : piece.text);
    }
  }
  const merged: Array<string | Raw> = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (typeof p === 'string' && typeof last === 'string') merged[merged.length - 1] = last + p;
    else merged.push(p);
  }
  if (merged.length === 0) return '';
  if (merged.length === 1) return merged[0]!;
  return new Template(merged);
}
