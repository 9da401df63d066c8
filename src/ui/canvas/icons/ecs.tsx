import type { ReactNode } from 'react';

/**
 * Icons of the ECS kinds (capacity, cluster, service, task definition, container, load
 * balancers, roles) on the 24px grid of icons.tsx.
 */
export const ECS_ICONS: Record<string, ReactNode> = {
  // Serverless capacity: a cloud.
  fargate: <path d="M7 18h10.5a3.5 3.5 0 0 0 .4-6.98A5.5 5.5 0 0 0 7.3 9.6 4.25 4.25 0 0 0 7 18Z" />,
  // Spare capacity that can be taken back: a cloud with a bolt.
  'fargate-spot': (
    <>
      <path d="M8 18H7a4.25 4.25 0 0 1 .3-8.4 5.5 5.5 0 0 1 10.6 1.42A3.5 3.5 0 0 1 17.5 18H16" />
      <path d="m12.5 12-2 3.5h3l-2 3.5" />
    </>
  ),
  // EC2 instances: a chip.
  ec2: (
    <>
      <rect x="6" y="6" width="12" height="12" rx="1.5" />
      <rect x="9.5" y="9.5" width="5" height="5" rx=".5" />
      <path d="M9 3v3M12 3v3M15 3v3M9 18v3M12 18v3M15 18v3M3 9h3M3 12h3M3 15h3M18 9h3M18 12h3M18 15h3" />
    </>
  ),
  // Instances ECS launches and replaces for you: a chip with a turning arrow.
  'managed-instances': (
    <>
      <rect x="4" y="4" width="10" height="10" rx="1.5" />
      <path d="M7.5 1.5V4M10.5 1.5V4M1.5 7.5H4M1.5 10.5H4M7.5 14v1.5M14 7.5h1.5" />
      <path d="M21 17.5a4 4 0 1 1-1.2-2.85" />
      <path d="M20.5 12.5v2.5H18" />
    </>
  ),
  // Your own servers: a rack.
  external: (
    <>
      <rect x="4" y="4" width="16" height="6" rx="1.5" />
      <rect x="4" y="14" width="16" height="6" rx="1.5" />
      <path d="M8 7h.01M8 17h.01M12 7h4M12 17h4" />
    </>
  ),
  // A group of services and capacity: four tiles.
  cluster: (
    <>
      <rect x="4" y="4" width="7" height="7" rx="1.5" />
      <rect x="13" y="4" width="7" height="7" rx="1.5" />
      <rect x="4" y="13" width="7" height="7" rx="1.5" />
      <rect x="13" y="13" width="7" height="7" rx="1.5" />
    </>
  ),
  // Copies of a task kept running: stacked layers.
  service: (
    <>
      <path d="m12 4 8 4-8 4-8-4 8-4Z" />
      <path d="m4 12 8 4 8-4" />
      <path d="m4 16 8 4 8-4" />
    </>
  ),
  // A blueprint: a document.
  'task-definition': (
    <>
      <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5Z" />
      <path d="M14 3v5h5M9 13h6M9 17h4" />
    </>
  ),
  // A container: a box.
  container: (
    <>
      <path d="m12 3 8 4.5v9L12 21l-8-4.5v-9L12 3Z" />
      <path d="m4 7.5 8 4.5 8-4.5M12 12v9" />
    </>
  ),
  // Layer 7: one entry fanning out to three targets.
  'load-balancer-alb': (
    <>
      <circle cx="6" cy="12" r="2.5" />
      <circle cx="18" cy="5" r="2" />
      <circle cx="18" cy="12" r="2" />
      <circle cx="18" cy="19" r="2" />
      <path d="M8.5 12H16M8 10.5l8-4.5M8 13.5l8 4.5" />
    </>
  ),
  // Layer 4: the same fan-out from a square (a plain socket).
  'load-balancer-nlb': (
    <>
      <rect x="3.5" y="9.5" width="5" height="5" rx="1" />
      <circle cx="18" cy="5" r="2" />
      <circle cx="18" cy="12" r="2" />
      <circle cx="18" cy="19" r="2" />
      <path d="M8.5 12H16M8.5 10.5 16 6M8.5 13.5 16 18" />
    </>
  ),
  // What the application may do: a key.
  'role-task': (
    <>
      <circle cx="8" cy="15" r="4" />
      <path d="m11 12 8-8M16 7l2 2M14 9l2 2" />
    </>
  ),
  // What ECS may do for the task: a shield.
  'role-execution': (
    <>
      <path d="M12 3 5 6v5c0 4.5 3 8.5 7 10 4-1.5 7-5.5 7-10V6l-7-3Z" />
      <path d="m9 12 2 2 4-4" />
    </>
  ),
  // The instance's identity: a badge.
  'role-instance': (
    <>
      <rect x="3" y="6" width="18" height="13" rx="2" />
      <circle cx="9" cy="12" r="2" />
      <path d="M6 16.5c.6-1.3 1.7-2 3-2s2.4.7 3 2M14.5 11h3.5M14.5 14h2.5M10 6V4h4v2" />
    </>
  ),
  // What ECS itself may do in the account: a key on a gear.
  'role-infrastructure': (
    <>
      <circle cx="9" cy="9" r="3" />
      <path d="M9 3v1.5M9 13.5V15M3 9h1.5M13.5 9H15M4.8 4.8l1 1M12.2 12.2l1 1M4.8 13.2l1-1M12.2 5.8l1-1" />
      <circle cx="16" cy="16" r="2" />
      <path d="m17.4 17.4 3.6 3.6M19.5 19.5l1-1" />
    </>
  ),
};
