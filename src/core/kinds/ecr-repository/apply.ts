import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { DesignDraft } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { fromApi, keepNodeOnly } from '../api-fields.ts';
import { REPOSITORY_FIELDS } from './derive.ts';

/** CreateRepository JSON → the repository node. */
export function applyRepository(design: Design, repo: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const draft = new DesignDraft(design);
  draft.setData(repo.id, keepNodeOnly(fromApi(content, REPOSITORY_FIELDS), repo.data, ['existing']));
  return { ok: true, design: draft.finish(), notices: [] };
}
