import type { ReactNode } from 'react';

/**
 * Icons of the storage and configuration kinds (Secrets Manager secret, SSM parameter,
 * ECR repository, EFS file system, EBS volume) on the 24px grid of icons.tsx.
 */
export const CONFIG_ICONS: Record<string, ReactNode> = {
  // A secret: a key.
  secret: (
    <>
      <circle cx="8" cy="15" r="4" />
      <path d="m11 12 8-8M16 7l2 2M14 9l2 2" />
    </>
  ),
  // A parameter: a slider.
  'ssm-parameter': (
    <>
      <path d="M4 7h9M17 7h3M4 17h3M11 17h9" />
      <circle cx="15" cy="7" r="2" />
      <circle cx="9" cy="17" r="2" />
    </>
  ),
  // An image registry: stacked layers.
  'ecr-repository': (
    <>
      <path d="m12 4 8 4-8 4-8-4 8-4Z" />
      <path d="m4 12 8 4 8-4M4 16l8 4 8-4" />
    </>
  ),
  // A shared file system: a folder with a network line.
  'efs-file-system': (
    <>
      <path d="M4 7a1 1 0 0 1 1-1h4l2 2h8a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7Z" />
      <path d="M12 16v3M7 20h10" />
    </>
  ),
  // A block volume for one task: a disk (a cylinder) with a plug-in tab.
  'ebs-volume': (
    <>
      <ellipse cx="11" cy="6" rx="6" ry="2.5" />
      <path d="M5 6v12c0 1.4 2.7 2.5 6 2.5s6-1.1 6-2.5V6" />
      <path d="M5 12c0 1.4 2.7 2.5 6 2.5s6-1.1 6-2.5M17 10h3v4h-3" />
    </>
  ),
};
