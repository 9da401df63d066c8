import type { Notice } from '../apply/types.ts';
import { isPlainObject, jsonEqual, type JsonObject, type JsonValue } from '../model/json.ts';

/**
 * `aws ecs describe-task-definition --include TAGS` prints the tags beside the task
 * definition (`{"taskDefinition": {...}, "tags": [...]}`); RegisterTaskDefinition takes
 * them as its own `tags`. They are moved in unless the definition already holds tags of
 * its own (an empty or null list counts as none); then both lists are merged by key, and
 * a key with two different values keeps the definition's, with a warning naming the other.
 */
export function describedTaskDefinition(wrapper: JsonObject, td: JsonObject): { content: JsonObject; notices: Notice[] } {
  const content: JsonObject = { ...td };
  const notices: Notice[] = [];
  const beside = wrapper.tags;
  if (beside === undefined || beside === null || (Array.isArray(beside) && beside.length === 0)) return { content, notices };
  const own = content.tags;
  if (own === undefined || own === null || (Array.isArray(own) && own.length === 0)) {
    content.tags = beside;
    return { content, notices };
  }
  if (!Array.isArray(own) || !Array.isArray(beside)) {
    notices.push({
      level: 'warning',
      pointer: '/tags',
      message: 'Left out the tags beside the task definition: the definition has tags of its own, and one of the two is not a list',
    });
    return { content, notices };
  }
  const merged: JsonValue[] = [...own];
  beside.forEach((tag, i) => {
    if (merged.some((t) => jsonEqual(t, tag))) return;
    const clash = own.find((t) => isPlainObject(t) && isPlainObject(tag) && t.key === tag.key);
    if (!clash) {
      merged.push(tag);
      return;
    }
    notices.push({
      level: 'warning',
      pointer: `/tags/${i}`,
      message: `Left out the tag ${JSON.stringify(tag)} beside the task definition: the definition's own tags give ${JSON.stringify(clash)} for that key`,
    });
  });
  content.tags = merged;
  return { content, notices };
}
