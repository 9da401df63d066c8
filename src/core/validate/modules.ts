import type { RuleModule } from './context.ts';
import { taskDefinitionBasics } from '../kinds/task-definition/rules/basics.ts';
import { containerMemoryRules } from '../kinds/task-definition/rules/container-memory.ts';
import { containerPlatformRules } from '../kinds/task-definition/rules/container-platform.ts';
import { dependencyRules } from '../kinds/task-definition/rules/dependencies.ts';
import { dependencyPlatformRules } from '../kinds/task-definition/rules/dependency-platform.ts';
import { healthCheckRules } from '../kinds/task-definition/rules/health-check.ts';
import { imageRules } from '../kinds/task-definition/rules/images.ts';
import { loggingSecretsRules } from '../kinds/task-definition/rules/logging-secrets.ts';
import { networkModeRules } from '../kinds/task-definition/rules/network-mode.ts';
import { portMappingRules } from '../kinds/task-definition/rules/port-mappings.ts';
import { taskSizeRules } from '../kinds/task-definition/rules/task-size.ts';
import { volumeRules } from '../kinds/task-definition/rules/volumes.ts';
import { ephemeralStorageRules } from '../kinds/task-definition/rules/ephemeral-storage.ts';
import { nameRules } from './names.ts';
import { serviceLaunchRules } from '../kinds/service/rules/launch.ts';
import { daemonRules } from '../kinds/service/rules/daemon.ts';
import { deploymentRules } from '../kinds/service/rules/deployment.ts';
import { capacityStrategyRules } from '../kinds/service/rules/capacity-strategy.ts';
import { clusterCapacityRules } from './cluster-capacity.ts';
import { networkConfigurationRules } from '../kinds/service/rules/network-configuration.ts';
import { serviceLoadBalancerRules } from '../kinds/service/rules/load-balancers.ts';
import { asgCapacityRules } from '../kinds/capacity-ec2/rules.ts';
import { managedInstancesRules } from '../kinds/capacity-managed-instances/rules.ts';
import { managedInstancesTaskRules } from '../kinds/task-definition/rules/managed-instances.ts';
import { asgNetworkRules } from '../kinds/capacity-ec2/network-rules.ts';
import { elbRules } from '../kinds/load-balancer/rules.ts';
import { iamRules } from './iam.ts';
import { iamAdviceRules } from './iam-advice.ts';
import { apiShapeRules } from './api-shape.ts';
import { idWhitespaceRules } from './id-whitespace.ts';
import { networkRules } from './network.ts';
import { networkPlacementRules } from './network-placement.ts';
import { securityGroupOpeningRules } from './security-group-openings.ts';
import { s3BucketRules } from '../kinds/s3-bucket/rules.ts';
import { dynamodbTableRules } from '../kinds/dynamodb-table/rules.ts';
import { sqsQueueRules } from '../kinds/sqs-queue/rules.ts';
import { snsTopicRules } from '../kinds/sns-topic/rules.ts';
import { resourceAccessRules } from '../kinds/task-definition/rules/resource-access.ts';
import { runTaskRules } from '../kinds/standalone-task/rules/run-task.ts';
import { eventsRuleRules } from '../kinds/events-rule/rules.ts';
import { scheduleRules } from '../kinds/schedule/rules.ts';
import { secretRules } from '../kinds/secret/rules.ts';
import { secretPlatformRules } from '../kinds/secret/platform-rules.ts';
import { ssmParameterRules } from '../kinds/ssm-parameter/rules.ts';
import { efsRules } from '../kinds/efs-file-system/rules.ts';
import { ebsRules } from '../kinds/ebs-volume/rules.ts';
import { efsSecurityGroupRules } from '../kinds/efs-file-system/security-group-rules.ts';
import { serviceScalingRules } from '../kinds/service-scaling/rules.ts';
import { scalingCapacityRules } from '../kinds/service-scaling/capacity-rules.ts';
import { deploymentStrategyRules } from '../kinds/service/rules/deployment-strategy.ts';
import { blueGreenRouteRules } from '../kinds/service/rules/blue-green-routes.ts';
import { placementRules } from '../kinds/service/rules/placement.ts';
import { serviceConnectRules } from '../kinds/service/rules/service-connect.ts';
import { serviceDiscoveryRules } from '../kinds/service/rules/service-discovery.ts';
import { cloudMapNamespaceRules } from '../kinds/cloudmap-namespace/rules.ts';

/** Every rule module, one per area. Adding an area = its module + one line here. */
export const RULE_MODULES: readonly RuleModule[] = [
  taskDefinitionBasics,
  // task definition areas
  networkModeRules,
  taskSizeRules,
  containerMemoryRules,
  portMappingRules,
  loggingSecretsRules,
  healthCheckRules,
  dependencyRules,
  dependencyPlatformRules,
  imageRules,
  containerPlatformRules,
  managedInstancesTaskRules,
  volumeRules,
  ephemeralStorageRules,
  // service, cluster, capacity, load balancer and IAM areas
  nameRules,
  serviceLaunchRules,
  daemonRules,
  deploymentRules,
  capacityStrategyRules,
  clusterCapacityRules,
  networkConfigurationRules,
  serviceLoadBalancerRules,
  asgCapacityRules,
  managedInstancesRules,
  asgNetworkRules,
  elbRules,
  iamRules,
  iamAdviceRules,
  networkRules,
  networkPlacementRules,
  securityGroupOpeningRules,
  // every ECS file against its API request shape
  apiShapeRules,
  // ids and ARNs with whitespace, in every generated file
  idWhitespaceRules,
  // data and messaging resources, and the task role access to them
  s3BucketRules,
  dynamodbTableRules,
  sqsQueueRules,
  snsTopicRules,
  resourceAccessRules,
  // standalone tasks and the rules and schedules that start them
  runTaskRules,
  eventsRuleRules,
  scheduleRules,
  // secrets, parameters and EFS volumes
  secretRules,
  secretPlatformRules,
  ssmParameterRules,
  efsRules,
  ebsRules,
  efsSecurityGroupRules,
  // service auto scaling (kinds/service-scaling)
  serviceScalingRules,
  scalingCapacityRules,
  // service deployment controller and strategy (kinds/service/rules/deployment-strategy.ts)
  deploymentStrategyRules,
  blueGreenRouteRules,
  // task placement strategies and constraints (kinds/service/rules/placement.ts)
  placementRules,
  // Service Connect, service discovery and their Cloud Map namespaces
  serviceConnectRules,
  serviceDiscoveryRules,
  cloudMapNamespaceRules,
];
