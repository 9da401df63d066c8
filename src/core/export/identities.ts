import type { Artifact } from '../model/artifact.ts';
import type { DesignNode } from '../model/design.ts';
import { textOf } from '../model/text.ts';
import type { DeriveContext } from '../derive/context.ts';
import { partitionOf } from '../derive/resource-arns.ts';
import { placeholderId } from '../kinds/ec2-resource.ts';
import { routeTableIdsOf } from '../kinds/vpc/route-tables.ts';
import { accessPointId, accessPointsOf, accessPointToken, fileSystemId } from '../kinds/efs-file-system/derive.ts';
import { namespaceId } from '../kinds/cloudmap-namespace/derive.ts';
import { registryId } from '../derive/service-discovery.ts';
import { placeholderAsgArn } from '../kinds/capacity-ec2/derive.ts';
import { instanceProfileArn } from '../kinds/iam-role/instance-profile.ts';

/**
 * The strings other files use to stand for a resource the design creates: the stand-in
 * ids and ARNs the derivers write until AWS assigns the real ones, and the names ECS
 * inputs refer to resources by. Each is built the way its deriver builds it (the same
 * helpers where the kinds export them), so a reference is recognised exactly.
 */

/** What a string stands for: the resource's id, ARN, name, URI, ... */
export type ReferenceAttribute = 'id' | 'arn' | 'name' | 'uri' | 'resource-id';

/**
 * Where a short name counts as a reference (only there: `web` in a service's
 * `taskDefinition` is the task definition, `web` in an environment variable is text).
 */
export type NameSpace =
  | 'cluster' | 'service' | 'task-definition' | 'capacity-provider' | 'namespace' | 'launch-template' | 'instance-profile'
  | 'bucket' | 'table' | 'queue' | 'topic' | 'rule' | 'scaling-resource';

export interface Identity {
  text: string;
  attribute: ReferenceAttribute;
  /** Set for names: matched only in fields of this name space; unset: matched anywhere. */
  nameSpace?: NameSpace;
  /** Which of the artifact's resources it names, when it has a second one (a role's instance profile). */
  part?: 'instance-profile';
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The ids and ARNs by which the resources of one created artifact are referred to. */
export function identitiesOf(artifact: Artifact, node: DesignNode | undefined, ctx: DeriveContext): Identity[] {
  const c = artifact.content;
  const region = ctx.region;
  const account = ctx.accountId;
  const partition = partitionOf(region);
  const out: Identity[] = [];
  const add = (text: string | undefined, attribute: ReferenceAttribute, nameSpace?: NameSpace, part?: Identity['part']) => {
    if (text) out.push({ text, attribute, ...(nameSpace ? { nameSpace } : {}), ...(part ? { part } : {}) });
  };
  const ec2 = (prefix: string) => node && add(placeholderId(prefix, node), 'id');
  switch (artifact.type) {
    case 'cluster': {
      const name = str(c.clusterName) ?? 'default';
      add(`arn:aws:ecs:${region}:${account}:cluster/${name}`, 'arn');
      add(name, 'name', 'cluster');
      break;
    }
    case 'task-definition': {
      const family = str(c.family);
      if (family) add(`arn:aws:ecs:${region}:${account}:task-definition/${family}`, 'arn');
      add(family, 'arn', 'task-definition');
      break;
    }
    case 'service': {
      const name = str(c.serviceName);
      const cluster = str(c.cluster) ?? 'default';
      if (name) {
        add(`arn:aws:ecs:${region}:${account}:service/${cluster}/${name}`, 'arn');
        add(`service/${cluster}/${name}`, 'resource-id', 'scaling-resource');
        add(name, 'name', 'service');
      }
      break;
    }
    case 'capacity-provider':
      add(str(c.name), 'name', 'capacity-provider');
      break;
    case 'iam-role': {
      const name = str(c.RoleName);
      if (name) add(`arn:aws:iam::${account}:role/${name}`, 'arn');
      if (node?.kind === 'role-instance') {
        add(instanceProfileArn(node, ctx), 'arn', undefined, 'instance-profile');
        add(name, 'name', 'instance-profile', 'instance-profile');
      }
      break;
    }
    case 'load-balancer': {
      const type = c.Type === 'network' ? 'net' : 'app';
      const arn = `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/${type}/${textOf(c.Name ?? '')}/0000000000000000`;
      add(arn, 'arn');
      break;
    }
    case 'target-group':
      add(`arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/${textOf(c.Name ?? '')}/0000000000000000`, 'arn');
      break;
    case 'listener': {
      const lb = str(c.LoadBalancerArn);
      if (lb) add(`${lb.replace(':loadbalancer/', ':listener/')}/${textOf(c.Port ?? 0).padStart(16, '0')}`, 'arn');
      break;
    }
    case 'vpc':
      ec2('vpc');
      break;
    case 'subnet':
      ec2('subnet');
      break;
    case 'security-group':
      ec2('sg');
      break;
    case 'internet-gateway':
      ec2('igw');
      break;
    case 'nat-gateway':
      ec2('nat');
      break;
    case 'route-table':
      if (node) add(routeTableIdsOf(node, ctx).find((t) => t.name === artifact.title)?.id, 'id');
      break;
    case 's3-bucket': {
      const name = str(c.Bucket);
      if (name) add(`arn:${partition}:s3:::${name}`, 'arn');
      add(name, 'name', 'bucket');
      break;
    }
    case 'dynamodb-table': {
      const name = str(c.TableName);
      if (name) add(`arn:${partition}:dynamodb:${region}:${account}:table/${name}`, 'arn');
      add(name, 'name', 'table');
      break;
    }
    case 'sqs-queue': {
      const name = str(c.QueueName);
      if (name) {
        add(`arn:${partition}:sqs:${region}:${account}:${name}`, 'arn');
        add(`https://sqs.${region}.amazonaws.com/${account}/${name}`, 'uri');
        add(name, 'name', 'queue');
      }
      break;
    }
    case 'sns-topic':
      if (str(c.Name)) add(`arn:${partition}:sns:${region}:${account}:${textOf(c.Name)}`, 'arn');
      add(str(c.Name), 'name', 'topic');
      break;
    case 'events-rule': {
      const name = str(c.Name);
      const bus = str(c.EventBusName);
      if (name) add(`arn:aws:events:${region}:${account}:rule/${bus && bus !== 'default' ? `${bus}/` : ''}${name}`, 'arn');
      add(name, 'name', 'rule');
      break;
    }
    case 'secret':
      if (str(c.Name)) add(`arn:aws:secretsmanager:${region}:${account}:secret:${textOf(c.Name)}`, 'arn');
      break;
    case 'ssm-parameter': {
      const name = str(c.Name);
      if (name) add(`arn:aws:ssm:${region}:${account}:parameter/${name.replace(/^\//, '')}`, 'arn');
      break;
    }
    case 'ecr-repository': {
      const name = str(c.repositoryName);
      const registry = str(c.registryId) ?? account;
      if (name) {
        add(`${registry}.dkr.ecr.${region}.amazonaws.com/${name}`, 'uri');
        add(`arn:aws:ecr:${region}:${registry}:repository/${name}`, 'arn');
      }
      break;
    }
    case 'efs-file-system':
      if (node) {
        const id = fileSystemId(node);
        add(id, 'id');
        add(`arn:aws:elasticfilesystem:${region}:${account}:file-system/${id}`, 'arn');
      }
      break;
    case 'efs-access-point':
      if (node) {
        const i = accessPointsOf(node).findIndex((ap, n) => accessPointToken(node, ap, n) === c.ClientToken);
        if (i >= 0) {
          const id = accessPointId(node, accessPointsOf(node)[i]!, i);
          add(id, 'id');
          add(`arn:aws:elasticfilesystem:${region}:${account}:access-point/${id}`, 'arn');
        }
      }
      break;
    case 'cloudmap-http-namespace':
    case 'cloudmap-dns-namespace':
      if (node) {
        const id = namespaceId(node);
        add(id, 'id');
        add(`arn:aws:servicediscovery:${region}:${account}:namespace/${id}`, 'arn');
        add(str(c.Name), 'arn', 'namespace');
      }
      break;
    case 'cloudmap-service':
      if (node) add(`arn:aws:servicediscovery:${region}:${account}:service/${registryId(node)}`, 'arn');
      break;
    case 'launch-template':
      add(str(c.LaunchTemplateName), 'name', 'launch-template');
      break;
    case 'auto-scaling-group':
      if (node) add(placeholderAsgArn(node, ctx), 'arn');
      break;
    case 'scaling-policy': {
      const resourceId = str(c.ResourceId);
      const name = str(c.PolicyName);
      // The ARN the alarm's action names (service-scaling/resource.ts policyArn): the policy id part is zeros.
      if (resourceId && name) add(`arn:aws:autoscaling:${region}:${account}:scalingPolicy:00000000-0000-0000-0000-000000000000:resource/ecs/${resourceId}:policyName/${name}`, 'arn');
      break;
    }
    default:
      break;
  }
  return out;
}
