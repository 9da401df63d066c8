import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { DesignDraft } from '../../apply/common.ts';
import type { ApplyResult } from '../../apply/types.ts';
import { fromApi, keepNodeOnly } from '../api-fields.ts';
import { PARAMETER_FIELDS, PARAMETER_VALUE_PLACEHOLDER } from './derive.ts';

/** PutParameter JSON → the parameter node; the placeholder value stays "no value". */
export function applyParameter(design: Design, parameter: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const data = keepNodeOnly(fromApi(content, PARAMETER_FIELDS), parameter.data, ['arn']);
  const value = content.Value;
  if (value !== undefined && value !== null && value !== PARAMETER_VALUE_PLACEHOLDER) data.value = value;
  else if (parameter.data.value === '') data.value = '';
  const draft = new DesignDraft(design);
  draft.setData(parameter.id, data);
  return { ok: true, design: draft.finish(), notices: [] };
}
