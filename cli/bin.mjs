#!/usr/bin/env node
// The CLI is written in TypeScript next to the core it wraps; tsx compiles it on the fly
// so that `ecs-designer` runs from a checkout without a build step.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
