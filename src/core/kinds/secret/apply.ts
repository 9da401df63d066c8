import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import type { JsonObject } from '../../model/json.ts';
import { DesignDraft } from '../../apply/common.ts';
import type { ApplyResult, Notice } from '../../apply/types.ts';
import { fromApi, keepNodeOnly } from '../api-fields.ts';
import { SECRET_FIELDS, SECRET_VALUE_KEYS } from './derive.ts';

/** CreateSecret JSON → the secret node. A secret value typed into the file is not kept (it would be saved in the design). */
export function applySecret(design: Design, secret: DesignNode, _artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  const notices: Notice[] = [];
  const clean: JsonObject = { ...content };
  for (const key of SECRET_VALUE_KEYS) {
    if (clean[key] === undefined) continue;
    delete clean[key];
    notices.push({ level: 'warning', message: `${key} is not kept: the design and its files never hold a secret's value. Put it with PutSecretValue or the console after CreateSecret.` });
  }
  const data = keepNodeOnly(fromApi(clean, SECRET_FIELDS), secret.data, ['arn', 'binary']);
  // That the value is binary is kept (SEC-BINARY), not the value.
  if (content.SecretBinary !== undefined) data.binary = true;
  const draft = new DesignDraft(design);
  draft.setData(secret.id, data);
  return { ok: true, design: draft.finish(), notices };
}
