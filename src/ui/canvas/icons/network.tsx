import type { ReactNode } from 'react';

/** Icons of the network kinds (VPC, subnet, security group, gateways) on the 24px grid of icons.tsx. */
export const NETWORK_ICONS: Record<string, ReactNode> = {
  // A private network: a cloud drawn inside a box.
  vpc: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M9 15.5h6a2.25 2.25 0 0 0 .25-4.49A3.5 3.5 0 0 0 8.5 10.4 2.6 2.6 0 0 0 9 15.5Z" />
    </>
  ),
  // A range of it: a dashed box holding a smaller one.
  subnet: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" strokeDasharray="3 2.5" />
      <rect x="8" y="9" width="8" height="6" rx="1" />
    </>
  ),
  // A firewall: a shield with a gate.
  'security-group': (
    <>
      <path d="M12 3 5 6v5.5c0 4.2 2.9 7.9 7 9.5 4.1-1.6 7-5.3 7-9.5V6Z" />
      <path d="M9 11h6M9 14h6M12 8v9" />
    </>
  ),
  // The door to the internet: a globe on a bar.
  'internet-gateway': (
    <>
      <circle cx="12" cy="10" r="6" />
      <path d="M6 10h12M12 4c1.8 1.8 2.6 3.8 2.6 6s-.8 4.2-2.6 6c-1.8-1.8-2.6-3.8-2.6-6S10.2 5.8 12 4ZM5 20h14" />
    </>
  ),
  // One way out: an arrow leaving a box.
  'nat-gateway': (
    <>
      <rect x="3" y="7" width="11" height="10" rx="1.5" />
      <path d="M9 12h12M17.5 8.5 21 12l-3.5 3.5" />
    </>
  ),
  // A directory of services: a map pin over three listed lines.
  'cloudmap-namespace': (
    <>
      <path d="M12 3a4 4 0 0 0-4 4c0 3 4 6.5 4 6.5s4-3.5 4-6.5a4 4 0 0 0-4-4Z" />
      <circle cx="12" cy="7" r="1.3" />
      <path d="M5 17h14M5 20.5h14" />
    </>
  ),
};
