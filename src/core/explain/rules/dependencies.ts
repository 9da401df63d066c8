import { api, GUIDE } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

const DEP = api('ecs', 'ContainerDependency');

/**
 * Explanations of the container dependency rules (kinds/task-definition/rules/dependencies.ts)
 * and of DEP-PLAT (kinds/task-definition/rules/dependency-platform.ts).
 */
export const dependencyRules: Readonly<Record<string, Explanation>> = {
  'DEP-TARGET': {
    what: 'A dependsOn entry of a container names a container that is not in the same task definition, or names the container itself.',
    why: 'A container can only wait for another container of its own task, so this dependency can never be met and the container would never start.',
    ecs: 'ECS resolves dependsOn by container name inside the task definition and refuses to register one whose dependency points at no container of it.',
    doc: DEP,
  },
  'DEP-COND': {
    what: 'A dependency condition is something other than START, COMPLETE, SUCCESS or HEALTHY.',
    why: 'The condition says what the other container must reach before this one starts: started, exited, exited with code 0, or passed its health check.',
    ecs: 'ECS knows only these four conditions and refuses to register a task definition with any other value.',
    doc: DEP,
  },
  'DEP-ESS': {
    what: 'A container waits for COMPLETE or SUCCESS of a container that is essential.',
    why: 'When an essential container exits, ECS stops the whole task, so the container waiting for that exit would be stopped instead of started.',
    ecs: 'ECS refuses COMPLETE and SUCCESS on an essential target at registration; mark the setup container as not essential.',
    doc: DEP,
  },
  'DEP-HEALTHY': {
    what: 'A container waits for HEALTHY of a container that has no health check.',
    why: 'A container without a health check never reports healthy, so the container waiting for it cannot start as intended.',
    ecs: 'The HEALTHY condition needs a container health check on the target, and ECS checks it only while the task is starting.',
    doc: DEP,
  },
  'DEP-CYCLE': {
    what: 'The dependsOn entries of the containers form a loop, for example A waits for B and B waits for A.',
    why: 'Every container in the loop waits for another one in it, so none of them can ever start and the task never becomes running.',
    ecs: 'ECS starts containers in dependency order, and a loop leaves it no container to start first.',
    doc: DEP,
  },
  'LINK-MODE': {
    what: 'A container uses links, but the task definition’s network mode is not bridge (or it is a Windows task definition).',
    why: 'Links are a feature of the Docker bridge network; in awsvpc and host mode the containers of a task already reach each other on localhost.',
    ecs: 'ECS supports links only in the bridge network mode on Linux and refuses them in the other modes.',
    doc: GUIDE.taskDefinitionParameters,
  },
  'DEP-FIRELENS': {
    what: 'In bridge mode, a container that sends its logs through FireLens has no dependency on the FireLens log router container.',
    why: 'If the application starts before the log router is running, the log lines it writes in that moment have nowhere to go and are lost.',
    ecs: 'ECS orders the log router before the containers that use it by default, and an explicit dependsOn with condition START makes that order certain and visible.',
    doc: GUIDE.firelens,
  },
  'DEP-PLAT': {
    what: 'Containers use dependsOn, startTimeout or stopTimeout while the task is launched on a Fargate Linux platform version older than 1.3.0.',
    why: 'Container ordering and the start and stop timeouts arrived with Fargate Linux platform version 1.3.0, so an older pinned version cannot run this task definition.',
    ecs: 'Fargate supports these fields only on Linux platform version 1.3.0 or later (every Windows version has them), so pin a newer version or use LATEST.',
    doc: GUIDE.fargatePlatformVersions,
  },
};
