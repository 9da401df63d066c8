import { emptyDesign, type Design, type DesignEdge, type DesignNode, type NodeKind, type RelationKind } from '../src/core/model/design.ts';
import type { JsonObject } from '../src/core/model/json.ts';

/**
 * Builds a design of about `targetNodes` nodes directly as data (the commands check
 * relations on every call and would make building 5,000 nodes the slow part).
 * The mix is what a real account looks like: clusters with Fargate and EC2 capacity in a
 * VPC of their own (two public and two private subnets, internet and NAT gateways, a group
 * for the ALB and one for the tasks), an ALB per cluster, a nightly batch task started by a
 * schedule and one started by uploads to a bucket (which also holds its environment file), and services each running a task
 * definition of 1–4 containers with a task role and an execution role, some reading a
 * secret, working a queue or writing a table, some scaled, one in ten with an EBS volume per
 * task (and the cluster's infrastructure role that creates it), every third calling the one
 * before it through Service Connect in the cluster's default Cloud Map namespace. Seeded,
 * so every run measures the same design.
 */
export function generateDesign(targetNodes: number, seed = 1): Design {
  const design = emptyDesign(`bench ${targetNodes}`);
  let random = seed;
  const next = () => {
    random = (random * 1103515245 + 12345) % 2 ** 31;
    return random / 2 ** 31;
  };
  let counter = 0;
  const node = (kind: NodeKind, data: JsonObject): string => {
    const id = `${kind}-${++counter}`;
    const n: DesignNode = { id, kind, position: { x: (counter % 40) * 300, y: Math.floor(counter / 40) * 200 }, data };
    design.nodes.push(n);
    return id;
  };
  const edge = (kind: RelationKind, source: string, target: string, data?: JsonObject) => {
    const e: DesignEdge = { id: `e-${++counter}`, kind, source, target };
    if (data) e.data = data;
    design.edges.push(e);
  };

  let cluster = '';
  let fargate = '';
  let ec2 = '';
  let alb = '';
  let privateSubnets: string[] = [];
  let taskSg = '';
  let infrastructureRole = '';
  let services = 0;
  let previous = '';
  while (design.nodes.length < targetNodes) {
    if (services % 10 === 0) {
      const c = services / 10 + 1;
      cluster = node('cluster', { clusterName: `cluster-${c}`, settings: [{ name: 'containerInsights', value: 'enabled' }] });
      fargate = node('capacity-fargate', {});
      edge('in-cluster', fargate, cluster, { defaultStrategy: { weight: 1 } });
      ec2 = node('capacity-ec2', {
        name: `asg-${c}`,
        instanceType: 'm6i.large',
        amiFamily: 'AL2023',
        minSize: 1,
        maxSize: 10,
        desiredCapacity: 2,
        managedScaling: { status: 'ENABLED', targetCapacity: 90 },
        managedTerminationProtection: 'DISABLED',
      });
      edge('in-cluster', ec2, cluster);
      // The cluster's Service Connect default namespace: its services reach each other by name.
      edge('in-namespace', cluster, node('cloudmap-namespace', { name: `cluster-${c}.internal`, type: 'HTTP' }));
      previous = '';
      const instanceRole = node('role-instance', {
        roleName: `ecs-instance-role-${c}`,
        managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role'],
      });
      edge('instance-role', instanceRole, ec2);
      infrastructureRole = node('role-infrastructure', { roleName: `ecs-infrastructure-role-${c}`, managedPolicyArns: [] });
      alb = node('load-balancer-alb', {
        name: `alb-${c}`,
        scheme: 'internet-facing',
        subnets: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
        securityGroups: ['sg-0a1b2c3d4e5f60010'],
        vpcId: 'vpc-0a1b2c3d4e5f60000',
        listeners: [{ port: 80, protocol: 'HTTP' }],
      });
      const vpc = node('vpc', { name: `vpc-${c}`, cidrBlock: '10.0.0.0/16' });
      edge('attached-to', node('internet-gateway', { name: `igw-${c}` }), vpc);
      const publicSubnets = ['a', 'b'].map((az, i) => node('subnet', { name: `public-${c}${az}`, cidrBlock: `10.0.${i}.0/24`, availabilityZone: `us-east-1${az}`, public: true }));
      privateSubnets = ['a', 'b'].map((az, i) => node('subnet', { name: `private-${c}${az}`, cidrBlock: `10.0.${10 + i}.0/24`, availabilityZone: `us-east-1${az}`, public: false }));
      for (const subnet of [...publicSubnets, ...privateSubnets]) edge('in-vpc', subnet, vpc);
      edge('in-subnet', node('nat-gateway', { name: `nat-${c}`, connectivityType: 'public', allocationId: 'eipalloc-0123456789abcdef0' }), publicSubnets[0]!);
      const albSg = node('security-group', { groupName: `alb-sg-${c}`, description: 'ALB', ingress: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] });
      // Services calling each other through Service Connect reach their peers in the VPC on the app port.
      taskSg = node('security-group', { groupName: `task-sg-${c}`, description: 'tasks', ingress: [{ IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }] });
      edge('in-vpc', albSg, vpc);
      edge('in-vpc', taskSg, vpc);
      edge('allows', albSg, taskSg, { fromPort: 8080 });
      for (const subnet of publicSubnets) edge('placed-in', alb, subnet);
      edge('secured-by', alb, albSg);
      // The cluster's EC2 instances in the private subnets (out through the NAT gateway), with the tasks' group.
      for (const subnet of privateSubnets) edge('placed-in', ec2, subnet);
      edge('secured-by', ec2, taskSg);
      // A nightly batch job and one started by uploads, on Fargate in the private subnets.
      const batchTd = node('task-definition', { family: `batch-${c}` });
      const job = node('container', { name: 'job', image: 'public.ecr.aws/docker/library/python:3.13', essential: true });
      edge('contains', job, batchTd);
      const bucket = node('s3-bucket', {
        Bucket: `uploads-${c}-123456789012`,
        VersioningConfiguration: { Status: 'Enabled' },
        encryption: 'AES256',
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      });
      edge('accesses', batchTd, bucket, { access: 'read' });
      // The job's settings are an environment file in the same bucket.
      edge('env-file', job, bucket, { key: 'config/batch.env' });
      for (const [starter, data] of [
        ['schedule', { Name: `nightly-${c}`, ScheduleExpression: 'cron(0 2 * * ? *)', FlexibleTimeWindow: { Mode: 'OFF' }, State: 'ENABLED' }],
        ['events-rule', { Name: `on-upload-${c}`, State: 'ENABLED', pattern: 'S3 Object Created (EventBridge notifications)' }],
      ] as const) {
        const task = node('standalone-task', { name: `${data.Name}-task`, count: 1, networkConfiguration: { awsvpcConfiguration: { assignPublicIp: 'DISABLED' } } });
        edge('runs-in', task, cluster);
        edge('uses', task, batchTd);
        edge('capacity', task, fargate, { weight: 1 });
        for (const subnet of privateSubnets) edge('placed-in', task, subnet);
        edge('secured-by', task, taskSg);
        const id = node(starter, { ...data });
        edge('starts', id, task);
        if (starter === 'events-rule') edge('triggers', bucket, id);
      }
    }
    const s = ++services;
    const onFargate = next() < 0.7;
    const name = `svc-${s}`;
    const service = node('service', {
      serviceName: name,
      desiredCount: 2,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200, minimumHealthyPercent: 100 },
      networkConfiguration: { awsvpcConfiguration: { assignPublicIp: 'DISABLED' } },
      healthCheckGracePeriodSeconds: 60,
      propagateTags: 'SERVICE',
      enableECSManagedTags: true,
    });
    const td = node('task-definition', onFargate ? { family: name } : { family: name, networkMode: 'awsvpc', memory: '1024' });
    edge('runs-in', service, cluster);
    edge('uses', service, td);
    edge('capacity', service, onFargate ? fargate : ec2, { weight: 1 });
    for (const subnet of privateSubnets) edge('placed-in', service, subnet);
    edge('secured-by', service, taskSg);
    const containers = 1 + Math.floor(next() * 4);
    let app = '';
    for (let i = 0; i < containers; i++) {
      const cname = i === 0 ? 'app' : `sidecar-${i}`;
      const container = node('container', {
        name: cname,
        image: i === 0 ? `123456789012.dkr.ecr.us-east-1.amazonaws.com/${name}:1.0.${s}` : 'public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0',
        essential: i === 0,
        cpu: 128,
        memoryReservation: 256,
        portMappings: i === 0 ? [{ name: `${cname}-8080-tcp`, containerPort: 8080, protocol: 'tcp', appProtocol: 'http' }] : [],
        environment: [{ name: 'SERVICE', value: name }],
        ...(i === 0 && s % 10 === 5 ? { mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] } : {}),
        ...(i === 0 && next() < 0.25 ? { secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-db` }] } : {}),
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': `/ecs/${name}`, 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': cname },
        },
      });
      edge('contains', container, td);
      // Kept rather than looked up afterwards: a search of every node and edge per service made building 5,000 nodes slow.
      if (i === 0) app = container;
    }
    if (s % 10 === 5) {
      // Not for the rule- and schedule-started tasks: their targets cannot pass volumeConfigurations (EVT-NOT-PASSED).
      edge('attaches', td, node('ebs-volume', { name: 'data', volumeType: 'gp3', sizeInGiB: 50, encrypted: true }));
      edge('infrastructure-role', infrastructureRole, service);
    }
    const extras = next();
    if (extras < 0.25) edge('reads-secret', app, node('secret', { name: `${name}-api-key` }), { variable: 'API_KEY' });
    else if (extras < 0.5) edge('accesses', td, node('sqs-queue', { QueueName: `${name}-jobs` }), { access: 'read' });
    else if (extras < 0.65) edge('accesses', td, node('dynamodb-table', { TableName: `${name}-items`, partitionKey: { name: 'pk', type: 'S' }, BillingMode: 'PAY_PER_REQUEST' }), { access: 'read-write' });
    if (next() < 0.3) {
      const scaling = node('service-scaling', { minCapacity: 2, maxCapacity: 8, targetTracking: [{ policyName: 'cpu-target-tracking', metric: 'ECSServiceAverageCPUUtilization', targetValue: 70, scaleOutCooldown: 60, scaleInCooldown: 300 }] });
      edge('scales', scaling, service);
    }
    edge('task-role', node('role-task', { roleName: `${name}-task-role`, managedPolicyArns: [] }), td);
    edge('execution-role', node('role-execution', { roleName: `${name}-execution-role` }), td);
    if (next() < 0.6) {
      edge('routes-to', alb, service, { containerName: 'app', containerPort: 8080, listenerPort: 80, pathPattern: `/${name}/*`, healthCheckPath: '/health' });
    }
    // Not drawn from next(): the rest of the design stays what it was before Service Connect came in.
    // Each server registers under its service name: the port names are the same everywhere (SC-DISC-DUP).
    if (previous && s % 3 === 0) edge('calls', service, previous, { discoveryName: `svc-${s - 1}`, alias: { port: 80 } });
    previous = service;
  }
  return design;
}
