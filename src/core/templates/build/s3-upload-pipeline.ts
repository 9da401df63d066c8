import type { Design } from '../../model/design.ts';
import { awslogs, TemplateBuilder, twoZoneVpc } from '../template-builder.ts';

/**
 * Event-driven processing: an object uploaded to the bucket raises an EventBridge event,
 * a rule matching "Object Created" for that bucket runs a Fargate task, and the task reads
 * the object and writes its result to a DynamoDB table. Its task role gets exactly those
 * grants (read on the bucket, write on the table) from the connections.
 */
export function s3UploadPipeline(): Design {
  const b = twoZoneVpc(new TemplateBuilder('S3 upload → EventBridge → task → DynamoDB'), 'pipeline-vpc');
  return b
    .add('taskSg', 'security-group', { groupName: 'thumbnailer-sg', description: 'The thumbnail tasks: outbound only' })
    .link('taskSg', 'vpc')
    .add('fargate', 'capacity-fargate')
    .add('cluster', 'cluster', { clusterName: 'pipeline' })
    .link('fargate', 'cluster')
    .add('bucket', 's3-bucket', { Bucket: 'uploads-123456789012' })
    .add('rule', 'events-rule', { Name: 'on-upload' })
    .link('bucket', 'rule')
    .add('task', 'standalone-task', { name: 'thumbnailer' })
    .link('rule', 'task')
    .link('task', 'cluster')
    .link('task', 'fargate')
    .link('task', 'privateA')
    .link('task', 'privateB')
    .link('task', 'taskSg')
    .add('td', 'task-definition', { family: 'thumbnailer', cpu: '1024', memory: '2048' })
    .add('container', 'container', {
      name: 'thumbnailer',
      image: 'public.ecr.aws/docker/library/python:3.13',
      portMappings: [],
      logConfiguration: awslogs('/ecs/thumbnailer'),
    })
    .link('container', 'td')
    .link('task', 'td')
    .add('table', 'dynamodb-table', { TableName: 'thumbnails', partitionKey: { name: 'objectKey', type: 'S' } })
    .link('td', 'bucket', { access: 'read' })
    .link('td', 'table', { access: 'write' })
    .add('taskRole', 'role-task', { roleName: 'thumbnailer-task-role' })
    .add('execRole', 'role-execution', { roleName: 'thumbnailer-execution-role' })
    .link('taskRole', 'td')
    .link('execRole', 'td')
    .build();
}
