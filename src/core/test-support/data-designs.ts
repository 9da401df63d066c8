import { DesignBuilder } from './builders.ts';
import type { JsonObject } from '../model/json.ts';

/**
 * The SQS worker design (issue 9): Fargate capacity, cluster, service, task definition with
 * one container, a task role, and the queue the worker drains; plus, on request, a bucket,
 * a table and a topic the task reaches. Access levels are edge data of "accesses".
 */
export function sqsWorkerDesign(opts: { access?: JsonObject; taskRole?: boolean; region?: string } = {}): DesignBuilder {
  const t = new DesignBuilder('sqs worker');
  if (opts.region) t.design = { ...t.design, region: opts.region };
  t.add('fargate', 'capacity-fargate')
    .add('cluster', 'cluster', { clusterName: 'workers' })
    .add('service', 'service', { serviceName: 'worker', desiredCount: 1 })
    .add('td', 'task-definition', { family: 'worker' })
    .add('container', 'container', { name: 'worker', image: 'public.ecr.aws/docker/library/busybox:1.36', essential: true })
    .add('queue', 'sqs-queue');
  t.link('fargate', 'cluster').link('service', 'cluster').link('service', 'td').link('service', 'fargate').link('container', 'td');
  if (opts.taskRole !== false) t.add('role', 'role-task').link('role', 'td');
  t.link('td', 'queue', opts.access ?? { access: 'read' });
  return t;
}
