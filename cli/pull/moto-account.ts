import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateCapacityProviderCommand,
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  PutClusterCapacityProvidersCommand,
  RegisterTaskDefinitionCommand,
  type CreateServiceCommandInput,
  type RegisterTaskDefinitionCommandInput,
} from '@aws-sdk/client-ecs';
import { CreateListenerCommand, CreateLoadBalancerCommand, CreateTargetGroupCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { AttachRolePolicyCommand, CreatePolicyCommand, CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';

/**
 * A small account in moto_server for the pull tests, created with the SDK the way a user
 * would with the console: a VPC with two subnets and two groups (the ALB's, open on 443 to
 * everyone, and the tasks', open on 8080 to the VPC and to the ALB's group), a task and an
 * execution role, an ALB with a target group, a cluster with FARGATE, FARGATE_SPOT and an
 * Auto Scaling group provider, two task definitions and two services (one behind the ALB).
 * It returns the inputs it sent, so tests compare the pulled design's output with them.
 */
export interface MotoAccount {
  clusterName: string;
  vpcId: string;
  subnetIds: string[];
  /** The tasks' group. */
  groupId: string;
  /** The load balancer's group. */
  loadBalancerGroupId: string;
  taskRoleArn: string;
  executionRoleArn: string;
  executionPolicyArn: string;
  loadBalancerArn: string;
  targetGroupArn: string;
  capacityProviderName: string;
  autoScalingGroupArn: string;
  taskDefinitions: RegisterTaskDefinitionCommandInput[];
  services: CreateServiceCommandInput[];
}

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
export const TASK_ROLE_STATEMENT = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::orders-bucket/*'] };
/** A customer managed policy for the execution role (moto starts without AWS's managed policies). */
const EXECUTION_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }],
};

export async function createMotoAccount(endpoint: string, region = 'us-east-1'): Promise<MotoAccount> {
  const config = { endpoint, region, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const ec2 = new EC2Client(config);
  const iam = new IAMClient(config);
  const elbv2 = new ElasticLoadBalancingV2Client(config);
  const ecs = new ECSClient(config);
  try {
    const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'orders-vpc' }] }] }))).Vpc!.VpcId!;
    const subnetIds: string[] = [];
    for (const [i, zone] of ['a', 'b'].entries()) {
      const subnet = await ec2.send(
        new CreateSubnetCommand({
          VpcId: vpcId,
          CidrBlock: `10.20.${i + 1}.0/24`,
          AvailabilityZone: `${region}${zone}`,
          TagSpecifications: [{ ResourceType: 'subnet', Tags: [{ Key: 'Name', Value: `orders-private-${zone}` }] }],
        }),
      );
      subnetIds.push(subnet.Subnet!.SubnetId!);
    }
    const groupId = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'orders-tasks', Description: 'orders tasks', VpcId: vpcId }))).GroupId!;
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, IpRanges: [{ CidrIp: '10.20.0.0/16' }] }] }));
    const loadBalancerGroupId = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'orders-lb-sg', Description: 'orders load balancer', VpcId: vpcId }))).GroupId!;
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: loadBalancerGroupId,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'HTTPS from anywhere' }] }],
      }),
    );
    // A second call on the same port: EC2 lists it merged with the CIDR rule above, in one permission.
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, UserIdGroupPairs: [{ GroupId: loadBalancerGroupId }] }] }),
    );

    const taskRoleArn = (await iam.send(new CreateRoleCommand({ RoleName: 'orders-task-role', AssumeRolePolicyDocument: TRUST }))).Role!.Arn!;
    await iam.send(new PutRolePolicyCommand({ RoleName: 'orders-task-role', PolicyName: 'read-orders', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [TASK_ROLE_STATEMENT] }) }));
    const executionRoleArn = (await iam.send(new CreateRoleCommand({ RoleName: 'orders-execution-role', AssumeRolePolicyDocument: TRUST }))).Role!.Arn!;
    const executionPolicyArn = (await iam.send(new CreatePolicyCommand({ PolicyName: 'orders-execution', PolicyDocument: JSON.stringify(EXECUTION_POLICY) }))).Policy!.Arn!;
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'orders-execution-role', PolicyArn: executionPolicyArn }));

    const loadBalancerArn = (await elbv2.send(new CreateLoadBalancerCommand({ Name: 'orders-alb', Subnets: subnetIds, SecurityGroups: [loadBalancerGroupId], Scheme: 'internal', Type: 'application' })))
      .LoadBalancers![0]!.LoadBalancerArn!;
    const targetGroupArn = (await elbv2.send(new CreateTargetGroupCommand({ Name: 'orders-api', Protocol: 'HTTP', Port: 8080, VpcId: vpcId, TargetType: 'ip' }))).TargetGroups![0]!
      .TargetGroupArn!;
    await elbv2.send(new CreateListenerCommand({ LoadBalancerArn: loadBalancerArn, Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }] }));

    const clusterName = 'orders';
    const capacityProviderName = 'orders-asg';
    const autoScalingGroupArn = `arn:aws:autoscaling:${region}:123456789012:autoScalingGroup:5d7d2f1c-0000-4000-8000-000000000001:autoScalingGroupName/orders-asg`;
    await ecs.send(new CreateClusterCommand({ clusterName, settings: [{ name: 'containerInsights', value: 'enabled' }], tags: [{ key: 'team', value: 'orders' }] }));
    await ecs.send(
      new CreateCapacityProviderCommand({
        name: capacityProviderName,
        autoScalingGroupProvider: { autoScalingGroupArn, managedScaling: { status: 'ENABLED', targetCapacity: 90 }, managedTerminationProtection: 'DISABLED' },
      }),
    );
    await ecs.send(
      new PutClusterCapacityProvidersCommand({
        cluster: clusterName,
        capacityProviders: ['FARGATE', 'FARGATE_SPOT', capacityProviderName],
        defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
      }),
    );

    const taskDefinitions: RegisterTaskDefinitionCommandInput[] = [
      {
        family: 'orders-api',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '512',
        memory: '1024',
        taskRoleArn,
        executionRoleArn,
        containerDefinitions: [
          {
            name: 'api',
            image: 'public.ecr.aws/nginx/nginx:1.27',
            essential: true,
            portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
            environment: [{ name: 'STAGE', value: 'prod' }],
          },
        ],
        tags: [{ key: 'team', value: 'orders' }],
      },
      {
        family: 'orders-worker',
        networkMode: 'bridge',
        requiresCompatibilities: ['EC2'],
        executionRoleArn,
        containerDefinitions: [{ name: 'worker', image: 'public.ecr.aws/docker/library/busybox:1.36', essential: true, memory: 256, command: ['sh', '-c', 'sleep 3600'] }],
      },
    ];
    for (const td of taskDefinitions) await ecs.send(new RegisterTaskDefinitionCommand(td));

    const services: CreateServiceCommandInput[] = [
      {
        cluster: clusterName,
        serviceName: 'orders-api',
        taskDefinition: 'orders-api:1',
        desiredCount: 2,
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets: subnetIds, securityGroups: [groupId], assignPublicIp: 'DISABLED' } },
        loadBalancers: [{ targetGroupArn, containerName: 'api', containerPort: 8080 }],
      },
      {
        cluster: clusterName,
        serviceName: 'orders-worker',
        taskDefinition: 'orders-worker:1',
        desiredCount: 1,
        // moto keeps no capacityProviderStrategy of a service (it answers launchType EC2): the launch type is what it gives back.
        launchType: 'EC2',
      },
    ];
    for (const s of services) await ecs.send(new CreateServiceCommand(s));
    return { clusterName, vpcId, subnetIds, groupId, loadBalancerGroupId, taskRoleArn, executionRoleArn, executionPolicyArn, loadBalancerArn, targetGroupArn, capacityProviderName, autoScalingGroupArn, taskDefinitions, services };
  } finally {
    for (const c of [ec2, iam, elbv2, ecs]) c.destroy();
  }
}
