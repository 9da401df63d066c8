/**
 * The ECS-optimised AMIs an EC2 capacity can boot, and the public SSM parameter that names
 * each one's current image (developerguide retrieve-ecs-optimized_AMI, ecs-bottlerocket-
 * retrieve-ami, retrieve-ecs-optimized_windows_AMI). A launch template takes the parameter
 * as `resolve:ssm:<name>`, so every launch uses the image recommended at that time.
 */
export const AMI_FAMILIES = [
  'AL2023',
  'AL2023_ARM64',
  'AL2023_GPU',
  'BOTTLEROCKET',
  'BOTTLEROCKET_ARM64',
  'WINDOWS_SERVER_2022_CORE',
  'WINDOWS_SERVER_2022_FULL',
] as const;
export type AmiFamily = (typeof AMI_FAMILIES)[number];

/** How the instance's ECS agent is told its cluster: each OS reads its own user data. */
export type AgentConfig = 'ecs.config' | 'bottlerocket' | 'windows';

export const AMI_PARAMETERS: Readonly<Record<AmiFamily, { parameter: string; config: AgentConfig }>> = {
  AL2023: { parameter: '/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id', config: 'ecs.config' },
  AL2023_ARM64: { parameter: '/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id', config: 'ecs.config' },
  AL2023_GPU: { parameter: '/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id', config: 'ecs.config' },
  // Bottlerocket publishes under its own path; aws-ecs-2 is the current ECS variant.
  BOTTLEROCKET: { parameter: '/aws/service/bottlerocket/aws-ecs-2/x86_64/latest/image_id', config: 'bottlerocket' },
  BOTTLEROCKET_ARM64: { parameter: '/aws/service/bottlerocket/aws-ecs-2/arm64/latest/image_id', config: 'bottlerocket' },
  WINDOWS_SERVER_2022_CORE: { parameter: '/aws/service/ami-windows-latest/Windows_Server-2022-English-Core-ECS_Optimized/image_id', config: 'windows' },
  WINDOWS_SERVER_2022_FULL: { parameter: '/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-ECS_Optimized/image_id', config: 'windows' },
};

/** The family a node names, AL2023 (the kind's default) when it names none or an unknown one. */
export function amiFamilyOf(value: unknown): AmiFamily {
  return typeof value === 'string' && value in AMI_PARAMETERS ? (value as AmiFamily) : 'AL2023';
}

/** The launch template's ImageId for a family. */
export const imageIdOf = (family: AmiFamily): string => `resolve:ssm:${AMI_PARAMETERS[family].parameter}`;

/** The family whose ImageId this is, if it is one of them (an edited file picks the family). */
export function familyOfImageId(imageId: unknown): AmiFamily | undefined {
  return AMI_FAMILIES.find((f) => imageIdOf(f) === imageId);
}
