import { describe, expect, it } from 'vitest';
import { fargateWebSample } from '../../../templates/fargate-web.ts';
import { containerMemoryRules } from './container-memory.ts';
import { containerPlatformRules } from './container-platform.ts';
import { dependencyRules } from './dependencies.ts';
import { healthCheckRules } from './health-check.ts';
import { imageRules } from './images.ts';
import { RULE_SEVERITY, validate } from '../../../validate/index.ts';
import { loggingSecretsRules } from './logging-secrets.ts';
import { networkModeRules } from './network-mode.ts';
import { portMappingRules } from './port-mappings.ts';
import { taskSizeRules } from './task-size.ts';
import { dependencyPlatformRules } from './dependency-platform.ts';
import { volumeRules } from './volumes.ts';
import { ephemeralStorageRules } from './ephemeral-storage.ts';

const MODULES = [
  networkModeRules,
  taskSizeRules,
  containerMemoryRules,
  portMappingRules,
  loggingSecretsRules,
  healthCheckRules,
  dependencyRules,
  dependencyPlatformRules,
  imageRules,
  containerPlatformRules,
  volumeRules,
  ephemeralStorageRules,
];
const IDS = MODULES.flatMap((m) => Object.keys(m.rules));

describe('task definition rules on the sample design', () => {
  it('every task definition rule id is registered with its severity', () => {
    for (const m of MODULES) for (const [id, severity] of Object.entries(m.rules)) expect(RULE_SEVERITY[id], id).toBe(severity);
  });

  it('fargateWebSample() has no error from the task definition rules', () => {
    const problems = validate(fargateWebSample()).filter((p) => IDS.includes(p.ruleId));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
