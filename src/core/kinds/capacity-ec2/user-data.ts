import type { AgentConfig } from './ami.ts';

/**
 * The instance user data that joins the ECS agent to the cluster (developerguide
 * launch_container_instance, bootstrap_container_instance, ecs-bottlerocket, and the
 * Windows bootstrap guide): Amazon Linux reads ECS_CLUSTER from /etc/ecs/ecs.config,
 * Bottlerocket takes TOML settings, Windows runs Initialize-ECSAgent from the ECSTools
 * module. Without it the agent joins the cluster named `default`.
 */
export function userDataScript(config: AgentConfig, cluster: string): string {
  switch (config) {
    case 'bottlerocket':
      return `[settings.ecs]\ncluster = ${JSON.stringify(cluster)}\n`;
    case 'windows':
      return `<powershell>\nImport-Module ECSTools\nInitialize-ECSAgent -Cluster '${cluster.replace(/'/g, "''")}' -EnableTaskIAMRole\n</powershell>\n`;
    default:
      return `#!/bin/bash\necho 'ECS_CLUSTER=${cluster.replace(/'/g, "'\\''")}' >> /etc/ecs/ecs.config\n`;
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of the text's UTF-8 bytes (the launch template wants UserData so), the same in Node and the browser. */
export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : ALPHABET[c & 63]!;
  }
  return out;
}
