import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, type JsonObject } from '../../model/json.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import { keysExcept } from '../../apply/copy-keys.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { applySubscription } from './subscriptions.ts';

/** Edited CreateTopic JSON → the topic node: every key kept; FifoTopic "true" becomes the FIFO checkbox. */
export function applyTopic(design: Design, topic: DesignNode, artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  if (artifact?.type === 'sns-subscription') return applySubscription(design, topic, artifact, content);
  const data = keysExcept(content, ['Attributes']);
  const attributes: JsonObject = isPlainObject(content.Attributes) ? stripNulls(content.Attributes) : {};
  if (attributes.FifoTopic === 'true') {
    data.fifo = true;
    delete attributes.FifoTopic;
  } else if (topic.data.fifo === false) {
    data.fifo = false; // an unticked box stays unticked
  }
  if (Object.keys(attributes).length) data.Attributes = attributes;
  else if (isPlainObject(topic.data.Attributes) && !Object.keys(topic.data.Attributes).length) data.Attributes = {};
  const draft = new DesignDraft(design);
  draft.setData(topic.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}
