import { ARTIFACT_API } from '../../model/artifact-apis.ts';
import type { Artifact, ArtifactType } from '../../model/artifact.ts';
import type { Design } from '../../model/design.ts';
import type { JsonValue } from '../../model/json.ts';
import { derive } from '../../derive/index.ts';
import { DeriveContext } from '../../derive/context.ts';
import { pascalWords } from '../logical-names.ts';
import { ReferenceCatalog, type ExternalId, type Piece } from '../references.ts';
import { CAPTURES, cliCommand, variableName, type CallContext, type CliCall } from './calls.ts';
import { NOT_SCRIPTED, SCRIPT_ORDER } from './order.ts';
import { Holed, holedText, jsonSegments, variablesOf, type Segment } from './json-text.ts';
import { PRELUDE } from './prelude.ts';

/** A file of the design the script does not create, and why. */
export interface NotScripted {
  path: string;
  type: ArtifactType;
  reason: string;
}

export interface CliScriptExport {
  /** deploy.sh */
  text: string;
  calls: CliCall[];
  notScripted: NotScripted[];
  /** Existing resources the design names (an existing subnet): variable → the id in the design, overridable from the environment. */
  externals: Array<{ variable: string; id: string; resourceType: ExternalId['resourceType'] }>;
}

/** Where the script sits in an export folder and the editor's zip. */
export const SCRIPT_FILE = 'deploy.sh';

/** A word of the script in single quotes (no expansion), `''` when empty. */
const quoted = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** A comment line: no line breaks from a name can end it. */
const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}`;

/**
 * The design as a bash script of AWS CLI calls in dependency order. Each call's input is
 * the derived API input, in a quoted heredoc (nothing in it is expanded by the shell);
 * where it names a resource an earlier call created (by a stand-in id or ARN the reference
 * catalog knows), the JSON holds a `${Variable}` hole that the script's `fill` replaces
 * with what that call printed. Ids of existing resources the design names become
 * variables too, with the design's id as default, so a user can point them at their own.
 */
export function toCliScript(design: Design, artifacts?: readonly Artifact[], ctx?: DeriveContext): CliScriptExport {
  const context = ctx ?? new DeriveContext(design);
  const all = artifacts ?? derive(design, context);
  const catalog = new ReferenceCatalog(all, context);
  const assigned = new Set<string>();
  const externals = new Map<string, ExternalId>();

  const render = (pieces: Piece[]): string | Holed => {
    const segments: Segment[] = [];
    for (const p of pieces) {
      if (typeof p === 'string') segments.push(p);
      else if ('external' in p) {
        const variable = pascalWords(p.external.id);
        externals.set(variable, p.external);
        segments.push({ variable });
      } else {
        const variable = variableName(p.ref.resource, p.ref.attribute);
        // Only what an earlier call printed: anything else (a name, a resource the script
        // does not create) keeps the text the design wrote.
        segments.push(assigned.has(variable) ? { variable } : p.text);
      }
    }
    return segments.every((s) => typeof s === 'string') ? segments.join('') : new Holed(segments);
  };
  const x: CallContext = {
    resolve: (artifact: Artifact, value: JsonValue, path: readonly string[] = []) => catalog.mapStrings(artifact, value, render, path),
    variable: variableName,
    resourcesOf: (artifact) => catalog.resourcesOf(artifact),
  };

  const calls: CliCall[] = [];
  const scripted = new Set<ArtifactType>();
  for (const [type, build] of SCRIPT_ORDER) {
    scripted.add(type);
    for (const artifact of all.filter((a) => a.type === type)) {
      for (const call of build(artifact, x)) {
        calls.push(call);
        for (const v of call.capture?.variables ?? []) assigned.add(v);
      }
    }
  }
  const notScripted = all
    .filter((a) => !scripted.has(a.type))
    .map((a) => ({ path: a.path, type: a.type, reason: NOT_SCRIPTED[a.type] ?? `no AWS CLI call for ${a.type} files yet` }));
  const externalList = [...externals]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([variable, e]) => ({ variable, id: e.id, resourceType: e.resourceType }));
  return { text: scriptText(design, calls, notScripted, externalList), calls, notScripted, externals: externalList };
}

function scriptText(design: Design, calls: readonly CliCall[], notScripted: readonly NotScripted[], externals: CliScriptExport['externals']): string {
  const lines: string[] = [
    '#!/usr/bin/env bash',
    comment(`${design.name}: creates the design's resources with the AWS CLI (exported by ecs-designer).`),
    '# Usage: ./deploy.sh [--endpoint-url URL]   (or AWS_ENDPOINT_URL; the region from AWS_REGION or the CLI profile)',
    '# Each call prints the ids AWS assigns that later calls need; they are kept in shell variables.',
    '# Resources AWS creates in the background (EFS, Cloud Map namespaces) are waited for: up to',
    '# DEPLOY_WAIT_TRIES checks (default 120), DEPLOY_WAIT_SECONDS apart (default 5).',
  ];
  if (notScripted.length) {
    lines.push('#', '# Not scripted (create these another way, e.g. with the CloudFormation export):');
    for (const n of notScripted) lines.push(comment(`  ${n.path} (${n.type}): ${n.reason}`));
  }
  if (externals.length) lines.push('#', '# Existing resources the design names (set these variables to use your own):');
  for (const e of externals) lines.push(comment(`  ${e.variable} (${e.resourceType}), default ${e.id}`));
  lines.push('', 'set -euo pipefail', '', PRELUDE.trimEnd(), '');
  for (const e of externals) lines.push(`: "\${${e.variable}:=${e.id}}"`);
  if (externals.length) lines.push('');
  for (const call of calls) {
    const segments = jsonSegments(call.input, 2);
    const command = cliCommand(call.service);
    const expect = call.expect;
    const invocation = expect
      ? `await_state ${command} ${call.operation} ${quoted(expect.query)} ${quoted(expect.want)} ${quoted(expect.fail ?? '')} ${expect.wait ? '"$wait_tries"' : '1'} <<'JSON'`
      : `call ${command} ${call.operation} ${quoted(call.capture?.query ?? '')} <<'JSON'`;
    lines.push(comment(`${call.title}: aws ${command} ${call.operation}`));
    const body = [holedText(segments), 'JSON'];
    const vars = call.capture?.variables ?? [];
    if (vars.length === 1) lines.push(`${vars[0]}=$(${invocation}`, ...body, ')');
    else if (vars.length > 1) lines.push(`out=$(${invocation}`, ...body, ')', `read -r ${vars.join(' ')} <<<"$out"`);
    else lines.push(invocation, ...body);
    lines.push('');
  }
  lines.push('echo "deploy.sh: done" >&2', '');
  return lines.join('\n');
}

/** The variables a call's input reads (for tests and the order check). */
export function callReads(call: CliCall): string[] {
  return variablesOf(jsonSegments(call.input));
}

/** Which artifact types the script creates and which it lists as not scripted. */
export function cliScriptCoverage(): Record<string, 'scripted' | 'not scripted'> {
  const scripted = new Set(SCRIPT_ORDER.map(([t]) => t));
  return Object.fromEntries(Object.keys(ARTIFACT_API).map((t) => [t, scripted.has(t as ArtifactType) ? 'scripted' : 'not scripted']));
}

export { CAPTURES };
