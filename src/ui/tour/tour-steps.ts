import type { Design, NodeKind, RelationKind } from '../../core/model/design.ts';

/**
 * The guided tour (issue 11): a first-time user builds a Fargate service in the current
 * design, step by step. Steps with `done` wait for the user to do it (Next skips it); the
 * rest point at a part of the editor. Kept free of the tour library so it is testable in Node.
 */
export interface TourStep {
  /** CSS selector of what the step points at; none: a popover in the middle. */
  element?: string;
  title: string;
  text: string;
  side?: 'top' | 'right' | 'bottom' | 'left';
  /** Whether the user has done what the step asks, comparing the design with the one the tour started on. */
  done?: (start: Design, now: Design) => boolean;
}

const added = (start: Design, now: Design, kind: NodeKind): string[] => {
  const before = new Set(start.nodes.map((n) => n.id));
  return now.nodes.filter((n) => n.kind === kind && !before.has(n.id)).map((n) => n.id);
};

const connectedFromNew = (start: Design, now: Design, kind: RelationKind, from: NodeKind): boolean => {
  const sources = new Set(added(start, now, from));
  return now.edges.some((e) => e.kind === kind && sources.has(e.source));
};

/** The task definitions the tour's new service uses, else any new one: where the container goes. */
const newTaskDefinitions = (start: Design, now: Design): Set<string> => {
  const services = new Set(added(start, now, 'service'));
  const used = now.edges.filter((e) => e.kind === 'uses' && services.has(e.source)).map((e) => e.target);
  return new Set(used.length ? used : added(start, now, 'task-definition'));
};

// The palette and the canvas together: the user drags from one to the other.
const WORKSPACE = '#columns-group';

export const TOUR_STEPS: readonly TourStep[] = [
  {
    title: 'Build an ECS service',
    text: 'This tour builds a Fargate service with you: a service, its task definition and a container, in a cluster. Each step waits for you to do it; Next skips a step, Esc ends the tour.',
  },
  {
    element: '[data-pane="Palette"]',
    title: 'The pieces of an ECS design',
    text: 'Capacity, compute, network, load balancing, storage, events and IAM roles. Drag an item onto the canvas, or focus it and press Enter to add it at the centre.',
    side: 'right',
  },
  {
    element: WORKSPACE,
    title: '1. Add a service',
    text: 'Drag <b>Service</b> from the palette onto the canvas. A service keeps a number of copies of a task running.',
    done: (start, now) => added(start, now, 'service').length > 0,
  },
  {
    element: WORKSPACE,
    title: '2. Add a task definition',
    text: 'Drag <b>Task definition</b> onto the canvas: the blueprint of the task (CPU, memory, network mode, roles).',
    done: (start, now) => added(start, now, 'task-definition').length > 0,
  },
  {
    element: WORKSPACE,
    title: '3. Connect the service to the task definition',
    text: 'Drag from the dot on the edge of your new service to the task definition: the service will run that task definition.',
    done: (start, now) => connectedFromNew(start, now, 'uses', 'service'),
  },
  {
    element: WORKSPACE,
    title: '4. Put a container in it',
    text: 'Drag <b>Container</b> onto the task definition box. The container holds the image, ports and environment.',
    done: (start, now) => {
      const tds = newTaskDefinitions(start, now);
      return now.edges.some((e) => e.kind === 'contains' && tds.has(e.target));
    },
  },
  {
    element: WORKSPACE,
    title: '5. Place the service in a cluster',
    text: 'Connect your service to a cluster (drag from the service to the cluster, or add a <b>Cluster</b> first). The cluster’s capacity, here Fargate, runs its tasks.',
    done: (start, now) => connectedFromNew(start, now, 'runs-in', 'service'),
  },
  {
    element: '[data-pane="Inspector"]',
    title: 'Settings of the selection',
    text: 'Select a box to edit it here: image, CPU and memory, desired count, ports. Each <b>?</b> explains the field in the Learn tab.',
    side: 'left',
  },
  {
    element: '[data-pane="Code"]',
    title: 'The ECS definitions, live',
    text: 'What ECS will receive, derived from the diagram as you draw: RegisterTaskDefinition, CreateService, CreateCluster input. Edit the JSON here and the diagram follows.',
    side: 'left',
  },
  {
    element: 'section[aria-label="Problems"]',
    title: 'Checked against the ECS rules',
    text: 'Anything ECS would refuse or that would fail at run time shows up here; click a problem to go to it, <b>Explain</b> says why it matters. The <b>Learn</b> tab explains whatever is selected.',
    side: 'top',
  },
  {
    element: '[aria-label="Export"]',
    title: 'Take it to AWS',
    text: 'Export the definitions as JSON API inputs, a CloudFormation template, Terraform or an AWS CLI script. That is the whole loop: draw, check, export.',
    side: 'left',
  },
];
