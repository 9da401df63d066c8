import { api } from '../doc-pages.ts';
import type { KindExplanation } from '../types.ts';

const CREATE = api('ecr', 'CreateRepository');

export const ecrRepositoryExplanation: KindExplanation = {
  kind: 'ecr-repository',
  what: 'An Amazon ECR repository: a private image repository in your account’s registry, where the pipeline pushes the images the containers run.',
  why: 'ECR is the usual source of images for ECS: pulls stay inside AWS, access is controlled by IAM and images can be scanned and kept immutable.',
  ecs: 'When a task starts, the execution role’s ecr:GetAuthorizationToken and pull permissions let the agent or Fargate pull the image; private subnets need a NAT gateway or ECR VPC endpoints for it.',
  doc: CREATE,
  fields: {
    name: {
      what: 'The repository name, 2 to 256 lower-case letters, digits and . _ - /, where slashes make namespaces such as team/web.',
      why: 'The image URI the containers use is account.dkr.ecr.region.amazonaws.com/name:tag, so the name is part of every image reference.',
      ecs: 'ECR creates the repository under this name; it cannot be renamed, only recreated.',
      doc: CREATE,
    },
    imageTagMutability: {
      what: 'MUTABLE lets a push overwrite an existing tag; IMMUTABLE refuses it.',
      why: 'With immutable tags a tag always means the same image, so a task definition revision always runs the code it was reviewed with.',
      ecs: 'ECR rejects pushes that would move an existing tag in an IMMUTABLE repository; ECS deployments still resolve tags to digests.',
      doc: api('ecr', 'PutImageTagMutability'),
    },
    scanOnPush: {
      what: 'Whether each pushed image is scanned for known vulnerabilities in its operating system packages.',
      why: 'Scanning finds vulnerable images before they are deployed; results show in the console and in EventBridge events.',
      ecs: 'ECR scans after each push; it does not stop ECS from running an image with findings.',
      doc: api('ecr', 'ImageScanningConfiguration'),
    },
    encryptionType: {
      what: 'How image layers are encrypted at rest: AES256 (keys managed by Amazon S3), KMS or KMS_DSSE (a KMS key, single or dual layer).',
      why: 'A KMS key lets you control and audit access to the images, which some compliance regimes require.',
      ecs: 'ECR fixes the encryption when the repository is created; with KMS the pulling role needs to be allowed to use the key.',
      doc: api('ecr', 'EncryptionConfiguration'),
    },
    kmsKey: {
      what: 'With KMS encryption, the key ARN or id; empty means the AWS managed key for ECR.',
      why: 'A customer managed key can be shared across accounts and disabled to cut off access.',
      ecs: 'ECR encrypts the layers with the key; it cannot be changed after creation.',
      doc: api('ecr', 'EncryptionConfiguration'),
    },
    registryId: {
      what: 'The account id of the registry holding the repository, when it is not the design’s account.',
      why: 'Central registries in a shared account are common; the image URI and the permissions then point at that account.',
      ecs: 'The execution role can pull across accounts only when the repository policy allows this account.',
      doc: api('ecr', 'DescribeRepositories'),
    },
    existing: {
      what: 'Marks the repository as existing already: containers refer to it, but no CreateRepository file is generated.',
      why: 'Repositories usually outlive any one design and are shared by pipelines; recreating them would fail or lose images.',
      ecs: 'Only the containers’ image URIs and the execution role’s pull permissions are derived from it.',
      doc: api('ecr', 'DescribeRepositories'),
    },
    tags: {
      what: 'Key and value labels on the repository.',
      why: 'They show who owns the images and split storage cost.',
      ecs: 'ECR stores the tags on the repository; ECS does not read them.',
      doc: api('ecr', 'TagResource'),
    },
  },
};
