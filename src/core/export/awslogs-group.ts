import { isPlainObject } from '../model/json.ts';

/**
 * The awslogs group a container's log configuration writes to, when the deployment has to
 * create it: the driver does not, unless awslogs-create-group is "true". Undefined for
 * another driver or a group that is not a literal name. The CloudFormation and Terraform
 * exports each create these (their log-groups.ts).
 */
export function awslogsGroupToCreate(driver: unknown, options: unknown): string | undefined {
  if (driver !== 'awslogs' || !isPlainObject(options)) return undefined;
  const group = options['awslogs-group'];
  return typeof group === 'string' && group && options['awslogs-create-group'] !== 'true' ? group : undefined;
}
