import { BUCKET_MODEL_KEYS, BUCKET_SETTINGS, type BucketSetting } from './derive.ts';
import { DeriveContext } from '../../derive/context.ts';
import type { Artifact } from '../../model/artifact.ts';
import type { Design, DesignNode } from '../../model/design.ts';
import { isPlainObject, jsonEqual, type JsonObject } from '../../model/json.ts';
import { DesignDraft, stripNulls } from '../../apply/common.ts';
import { keysExcept } from '../../apply/copy-keys.ts';
import type { ApplyResult, Notice } from '../../apply/types.ts';

/** Edited bucket files → the bucket node: CreateBucket, or one of the follow-up settings files. */
export function applyBucket(design: Design, bucket: DesignNode, artifact: Artifact | undefined, content: JsonObject): ApplyResult {
  if (artifact?.type === 's3-bucket-notification') {
    return { ok: false, error: 'The bucket sends its events to EventBridge because it triggers a rule; connect or disconnect the rule instead' };
  }
  const setting = BUCKET_SETTINGS.find((s) => s.type === artifact?.type);
  const notices: Notice[] = [];
  const data = setting ? settingData(bucket, setting, content, notices) : createBucketData(design, bucket, content);
  const draft = new DesignDraft(design);
  draft.setData(bucket.id, data);
  return { ok: true, design: draft.finish(), notices };
}

/** CreateBucket → node: every key kept; the implied LocationConstraint stays implied. */
function createBucketData(design: Design, bucket: DesignNode, content: JsonObject): JsonObject {
  const data = keysExcept(content);
  for (const key of BUCKET_MODEL_KEYS) {
    if (bucket.data[key] !== undefined) data[key] = bucket.data[key]!;
    else delete data[key];
  }
  const ctx = new DeriveContext(design);
  const implied = { LocationConstraint: ctx.region };
  if (bucket.data.CreateBucketConfiguration === undefined && jsonEqual(data.CreateBucketConfiguration, implied)) delete data.CreateBucketConfiguration;
  return data;
}

/** A settings file → that setting, and the file's other request members in requestExtras. */
function settingData(bucket: DesignNode, setting: BucketSetting, content: JsonObject, notices: Notice[]): JsonObject {
  const data: JsonObject = { ...bucket.data };
  const value = content[setting.member];
  if (setting.member === 'ServerSideEncryptionConfiguration') setEncryption(data, value);
  else if (isPlainObject(value)) data[setting.member] = stripNulls(value);
  else delete data[setting.member];
  const extras = keysExcept(content, ['Bucket', setting.member]);
  const all: JsonObject = isPlainObject(data.requestExtras) ? { ...data.requestExtras } : {};
  if (Object.keys(extras).length) all[setting.extrasKey] = extras;
  else delete all[setting.extrasKey];
  if (Object.keys(all).length) data.requestExtras = all;
  else delete data.requestExtras;
  if (content.Bucket !== undefined && content.Bucket !== bucket.data.Bucket) {
    notices.push({ level: 'info', message: 'The bucket name comes from the bucket’s own file; rename the bucket there.' });
  }
  return data;
}

/** One default-encryption rule of the plain form becomes the encryption choice; any other configuration stays literal. */
function setEncryption(data: JsonObject, value: unknown): void {
  const previousKey = data.kmsKeyId;
  delete data.ServerSideEncryptionConfiguration;
  delete data.encryption;
  delete data.kmsKeyId;
  if (!isPlainObject(value)) return;
  const rules = value.Rules;
  const rule = Array.isArray(rules) && rules.length === 1 && Object.keys(value).length === 1 ? rules[0] : undefined;
  const byDefault = isPlainObject(rule) && Object.keys(rule).length === 1 ? rule.ApplyServerSideEncryptionByDefault : undefined;
  const algorithm = isPlainObject(byDefault) ? byDefault.SSEAlgorithm : undefined;
  const keyId = isPlainObject(byDefault) ? byDefault.KMSMasterKeyID : undefined;
  const plain =
    isPlainObject(byDefault) &&
    typeof algorithm === 'string' &&
    Object.keys(byDefault).every((k) => k === 'SSEAlgorithm' || (k === 'KMSMasterKeyID' && typeof keyId === 'string' && algorithm.startsWith('aws:kms')));
  if (!plain) {
    data.ServerSideEncryptionConfiguration = stripNulls(value);
    return;
  }
  data.encryption = algorithm;
  if (typeof keyId === 'string') data.kmsKeyId = keyId;
  // A key typed before switching to SSE-S3 is not in the file; keep it for switching back.
  else if (previousKey !== undefined && !algorithm.startsWith('aws:kms')) data.kmsKeyId = previousKey;
}
