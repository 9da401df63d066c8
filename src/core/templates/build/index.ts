import type { Design } from '../../model/design.ts';
import { ec2BinpackAlb } from './ec2-binpack-alb.ts';
import { ecsAnywhere } from './ecs-anywhere.ts';
import { fargateSpotMix } from './fargate-spot-mix.ts';
import { fargateWebAlb } from './fargate-web-alb.ts';
import { hourlyBatch } from './hourly-batch.ts';
import { managedInstances } from './managed-instances.ts';
import { s3UploadPipeline } from './s3-upload-pipeline.ts';
import { serviceConnectShop } from './service-connect-shop.ts';
import { sqsWorker } from './sqs-worker.ts';

/** The builder of each template in ../catalog.ts, by id (positions are left to the layout). */
export const TEMPLATE_BUILDERS: Readonly<Record<string, () => Design>> = {
  'fargate-web-alb': fargateWebAlb,
  'ec2-binpack-alb': ec2BinpackAlb,
  'fargate-spot-mix': fargateSpotMix,
  's3-upload-pipeline': s3UploadPipeline,
  'hourly-batch': hourlyBatch,
  'sqs-worker': sqsWorker,
  'service-connect-shop': serviceConnectShop,
  'ecs-anywhere': ecsAnywhere,
  'managed-instances': managedInstances,
};
