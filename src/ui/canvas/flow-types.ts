import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { RelationEdge } from './RelationEdge.tsx';
import { ContainerNode } from './nodes/ContainerNode.tsx';
import { FrameNode } from './nodes/FrameNode.tsx';
import { KindNode } from './nodes/KindNode.tsx';
import { TaskDefinitionNode } from './nodes/TaskDefinitionNode.tsx';

/** Module scope: a new object per render would make React Flow re-create every node. */
export const NODE_TYPES: NodeTypes = {
  kind: KindNode,
  task: TaskDefinitionNode,
  container: ContainerNode,
  frame: FrameNode,
};

export const EDGE_TYPES: EdgeTypes = {
  relation: RelationEdge,
};
