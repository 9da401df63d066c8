#!/usr/bin/env node
// Generates src/core/generated/ecs-model.gen.ts from the ECS API model shipped in
// the npm package @aws-sdk/client-ecs.
//
// Sources (all inside node_modules/@aws-sdk/client-ecs):
//   * The runtime "static schemas" (dist-es/schemas/schemas_0.js, re-exported by the
//     CJS bundle as `<Shape>$`). These are plain nested arrays:
//       [0, ns, name, traits, ref]                           simple (e.g. SensitiveString)
//       [1, ns, name, traits, memberRef]                     list
//       [2, ns, name, traits, keyRef, valueRef]              map
//       [3, ns, name, traits, [names], [refs], required?]    structure (required = count
//                                                            of leading members; the SDK
//                                                            moves required members first)
//       [4, ns, name, traits, [names], [refs]]               union
//     A ref is a number (0 string, 1 number, 2 boolean, 4..7 timestamp, 15 document,
//     21 blob, 64|x list of x, 128|x map of x), a thunk `() => schema`, a schema array,
//     or a member tuple `[ref, memberTraits]`.
//     They give member names, types and the required set, but NOT the declared member
//     order (required members are hoisted) and not which enum a string uses.
//   * The type declarations (dist-types/models/*.d.ts), parsed with the TypeScript
//     compiler API. Interfaces list members in the model's declared order (the order of
//     the AWS API reference / botocore) and name the enum type of enum-typed strings.
//     Every member type is cross-checked against the schema.
//   * dist-types/models/enums.d.ts (names) + the runtime enum objects from enums.js
//     (values), cross-checked against each other.
//
// Anything the generator does not understand makes it throw: there is no silent skip.
//
// Numbers: the schema only says "numeric" (byte/short/integer/long/float/double all
// encode as 1) and the .d.ts says `number`. Numbers are therefore 'integer' unless
// listed in NUMBER_OVERRIDES below (taken from the ECS Smithy model / botocore; each
// entry is verified to exist and to be numeric, so a stale entry fails loudly).

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_FILE = path.join(ROOT, 'src/core/generated/ecs-model.gen.ts');
const PKG = '@aws-sdk/client-ecs';

export const ROOT_SHAPES = [
  'RegisterTaskDefinitionRequest',
  'CreateServiceRequest',
  'CreateClusterRequest',
  'CreateCapacityProviderRequest',
  'TaskDefinition',
  'Service',
  'RunTaskRequest',
];

/**
 * Non-integer numeric members, "Shape.member" -> kind. The npm model cannot tell
 * integer/long/double apart; these are the Smithy `Double` members per botocore's ECS
 * model (no reachable member is a `Long`). Members that only exist in the newer npm
 * model (no botocore counterpart) stay 'integer'; their docs describe integers.
 */
const NUMBER_OVERRIDES = {
  'CanaryConfiguration.canaryPercent': 'double',
  'LinearConfiguration.stepPercent': 'double',
  'MemoryGiBPerVCpuRequest.min': 'double',
  'MemoryGiBPerVCpuRequest.max': 'double',
  'NetworkBandwidthGbpsRequest.min': 'double',
  'NetworkBandwidthGbpsRequest.max': 'double',
  'Scale.value': 'double',
  'TotalLocalStorageGBRequest.min': 'double',
  'TotalLocalStorageGBRequest.max': 'double',
};

class GenError extends Error {
  constructor(msg) {
    super(`gen-ecs-model: ${msg}`);
  }
}
const fail = (msg) => {
  throw new GenError(msg);
};

// ---------------------------------------------------------------------------
// Loading

function loadInputs() {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const pkgJsonPath = require.resolve(`${PKG}/package.json`);
  const pkgDir = path.dirname(pkgJsonPath);
  const version = JSON.parse(readFileSync(pkgJsonPath, 'utf8')).version;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) fail(`unexpected ${PKG} version ${version}`);
  const sdk = require(PKG);
  const ts = require('typescript');
  return { version, sdk, ts, pkgDir };
}

// ---------------------------------------------------------------------------
// .d.ts parsing (TypeScript compiler API)

function parseDeclarations(ts, pkgDir) {
  const dir = path.join(pkgDir, 'dist-types/models');
  // models_N.d.ts hold the shapes, enums.d.ts the enums (errors.d.ts and
  // ECSServiceException.d.ts only hold exception classes).
  const files = readdirSync(dir)
    .filter((f) => /^models_\d+\.d\.ts$/.test(f))
    .sort();
  if (files.length === 0) fail(`no models_N.d.ts in ${dir}`);
  files.push('enums.d.ts');
  /** name -> { members: [{name, optional, type}], file } */
  const interfaces = new Map();
  /** name -> { members: [{name, type}] } */
  const unions = new Map();
  /** name -> [[key, value]] (from enums.d.ts) */
  const enums = new Map();

  const propName = (sf, member, where) => {
    if (!member.name || !ts.isIdentifier(member.name)) fail(`${where}: non-identifier property name ${member.name?.getText(sf)}`);
    return member.name.text;
  };

  for (const file of files) {
    const full = path.join(dir, file);
    const sf = ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    const unionAliases = new Map();
    const namespaces = new Map();
    for (const st of sf.statements) {
      if (ts.isInterfaceDeclaration(st)) {
        const name = st.name.text;
        if (interfaces.has(name)) fail(`interface ${name} declared twice`);
        if (st.typeParameters?.length) fail(`interface ${name} is generic`);
        if (st.heritageClauses?.length) fail(`interface ${name} extends something`);
        const members = st.members.map((m) => {
          if (!ts.isPropertySignature(m) || !m.type) fail(`${file} ${name}: unexpected member ${m.getText(sf)}`);
          return { name: propName(sf, m, `${file} ${name}`), optional: !!m.questionToken, type: m.type, sf };
        });
        interfaces.set(name, { members, file });
      } else if (ts.isModuleDeclaration(st)) {
        namespaces.set(st.name.text, st);
      } else if (ts.isTypeAliasDeclaration(st)) {
        const name = st.name.text;
        if (ts.isUnionTypeNode(st.type) && st.type.types.every((t) => ts.isTypeReferenceNode(t) && ts.isQualifiedName(t.typeName))) {
          unionAliases.set(name, st.type.types.map((t) => [t.typeName.left.getText(sf), t.typeName.right.text]));
        } else if (file !== 'enums.d.ts') {
          fail(`${file}: unexpected type alias ${st.getText(sf).slice(0, 200)}`);
        }
      } else if (ts.isVariableStatement(st)) {
        if (file !== 'enums.d.ts') fail(`${file}: unexpected variable statement`);
        for (const d of st.declarationList.declarations) {
          const name = d.name.getText(sf);
          if (!d.type || !ts.isTypeLiteralNode(d.type)) fail(`enum ${name}: not a type literal`);
          const entries = d.type.members.map((m) => {
            if (!ts.isPropertySignature(m) || !m.type || !ts.isLiteralTypeNode(m.type) || !ts.isStringLiteral(m.type.literal)) {
              fail(`enum ${name}: unexpected entry ${m.getText(sf)}`);
            }
            return [propName(sf, m, `enum ${name}`), m.type.literal.text];
          });
          if (enums.has(name)) fail(`enum ${name} declared twice`);
          enums.set(name, entries);
        }
      } else if (ts.isImportDeclaration(st)) {
        // type imports between the model files
      } else {
        fail(`${file}: unexpected top-level statement kind ${ts.SyntaxKind[st.kind]}`);
      }
    }
    // Unions: `type U = U.AMember | U.BMember | U.$UnknownMember` + `namespace U { interface AMember { a: T; $unknown?: never } ... }`
    for (const [name, parts] of unionAliases) {
      const ns = namespaces.get(name);
      if (!ns || !ns.body || !ts.isModuleBlock(ns.body)) fail(`union ${name}: namespace not found`);
      const decls = new Map();
      for (const s of ns.body.statements) {
        if (!ts.isInterfaceDeclaration(s)) fail(`union ${name}: unexpected namespace statement`);
        decls.set(s.name.text, s);
      }
      const members = [];
      for (const [left, right] of parts) {
        if (left !== name) fail(`union ${name}: foreign member ${left}.${right}`);
        const decl = decls.get(right) ?? fail(`union ${name}: missing ${right}`);
        const live = decl.members.filter((m) => !(m.type && m.type.kind === ts.SyntaxKind.NeverKeyword));
        if (live.length !== 1 || !ts.isPropertySignature(live[0]) || live[0].questionToken || !live[0].type) {
          fail(`union ${name}.${right}: expected exactly one required non-never property`);
        }
        const mName = propName(sf, live[0], `union ${name}`);
        if (right === '$UnknownMember') {
          if (mName !== '$unknown') fail(`union ${name}: odd $UnknownMember`);
          continue;
        }
        members.push({ name: mName, optional: true, type: live[0].type, sf });
      }
      if (unions.has(name)) fail(`union ${name} declared twice`);
      unions.set(name, { members, file });
      namespaces.delete(name);
    }
    for (const name of namespaces.keys()) fail(`${file}: namespace ${name} is not a union`);
  }
  return { interfaces, unions, enums };
}

// ---------------------------------------------------------------------------
// Schema decoding

const SIMPLE = new Map([
  [0, 'string'],
  [1, 'number'],
  [2, 'boolean'],
  [4, 'timestamp'],
  [5, 'timestamp'],
  [6, 'timestamp'],
  [7, 'timestamp'],
  [15, 'document'],
  [21, 'blob'],
]);

const isPlainObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

function checkTraits(traits, where) {
  if (typeof traits === 'number' && Number.isInteger(traits) && traits >= 0) return;
  if (isPlainObject(traits)) return;
  fail(`${where}: unexpected traits ${JSON.stringify(traits)}`);
}

function checkStaticHeader(s, len, where) {
  if (s.length !== len) fail(`${where}: schema kind ${s[0]} has length ${s.length}, expected ${len}`);
  if (typeof s[1] !== 'string' || typeof s[2] !== 'string' || !s[2]) fail(`${where}: bad namespace/name`);
  if (s[1] !== 'com.amazonaws.ecs') fail(`${where}: foreign namespace ${s[1]}`);
  checkTraits(s[3], where);
}

/**
 * Decodes a schema ref into an intermediate ref:
 *   { k: 'string'|'number'|'boolean'|'timestamp'|'document'|'blob' }
 *   { k: 'list', member } | { k: 'map', value } | { k: 'structure', shape }
 * Structures/unions met are queued through `onShape(schemaArray)`.
 */
function decodeRef(ref, where, onShape) {
  let r = ref;
  if (typeof r === 'function') {
    r = r();
    if (typeof r === 'function') fail(`${where}: thunk returned a thunk`);
  }
  if (typeof r === 'number') {
    if (!Number.isInteger(r) || r < 0) fail(`${where}: bad numeric schema ${r}`);
    if (SIMPLE.has(r)) return { k: SIMPLE.get(r) };
    if (r >= 64 && r < 128) return { k: 'list', member: decodeRef(r & 63, `${where}[]`, onShape) };
    if (r >= 128 && r < 192) return { k: 'map', value: decodeRef(r & 63, `${where}{}`, onShape) };
    fail(`${where}: unsupported numeric schema ${r}`);
  }
  if (!Array.isArray(r)) fail(`${where}: unsupported schema ref ${typeof r} ${String(r)}`);
  if (r.length === 2) {
    // member tuple [ref, memberTraits]
    checkTraits(r[1], `${where} (member traits)`);
    return decodeRef(r[0], where, onShape);
  }
  switch (r[0]) {
    case 0:
      checkStaticHeader(r, 5, where);
      return decodeRef(r[4], `${where}<${r[2]}>`, onShape);
    case 1:
      checkStaticHeader(r, 5, where);
      return { k: 'list', member: decodeRef(r[4], `${where}<${r[2]}>[]`, onShape) };
    case 2: {
      checkStaticHeader(r, 6, where);
      const key = decodeRef(r[4], `${where}<${r[2]}>{key}`, onShape);
      if (key.k !== 'string') fail(`${where}: map ${r[2]} has non-string key`);
      return { k: 'map', value: decodeRef(r[5], `${where}<${r[2]}>{}`, onShape) };
    }
    case 3:
    case 4:
      if (r[0] === 4) checkStaticHeader(r, 6, where);
      else if (r.length !== 6) checkStaticHeader(r, 7, where);
      else checkStaticHeader(r, 6, where);
      onShape(r);
      return { k: 'structure', shape: r[2] };
    default:
      fail(`${where}: unsupported schema kind ${JSON.stringify(r[0])} (${String(r[2])})`);
  }
}

function collectShapes(sdk) {
  /** name -> { union, names, refs, requiredCount } */
  const shapes = new Map();
  const queue = [];
  const seenArrays = new Map();
  const onShape = (s) => {
    const prev = seenArrays.get(s[2]);
    if (prev) {
      if (prev !== s) fail(`two different schemas named ${s[2]}`);
      return;
    }
    seenArrays.set(s[2], s);
    queue.push(s);
  };
  for (const root of ROOT_SHAPES) {
    const s = sdk[`${root}$`];
    if (!Array.isArray(s) || s[0] !== 3 || s[2] !== root) fail(`root ${root}$ is not a structure schema export`);
    onShape(s);
  }
  while (queue.length) {
    const s = queue.shift();
    const name = s[2];
    const union = s[0] === 4;
    const [names, refs] = [s[4], s[5]];
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string' && n)) fail(`${name}: bad member names`);
    if (!Array.isArray(refs) || refs.length !== names.length) fail(`${name}: member schema count != name count`);
    if (new Set(names).size !== names.length) fail(`${name}: duplicate member names`);
    let requiredCount = 0;
    if (!union && s.length === 7) {
      requiredCount = s[6];
      if (!Number.isInteger(requiredCount) || requiredCount < 0 || requiredCount > names.length) fail(`${name}: bad required count ${s[6]}`);
    }
    const decoded = names.map((n, i) => decodeRef(refs[i], `${name}.${n}`, onShape));
    shapes.set(name, { union, names, decoded, requiredCount });
  }
  return shapes;
}

// ---------------------------------------------------------------------------
// Cross-check against the .d.ts and produce final refs

function stripUndefined(ts, node) {
  if (ts.isUnionTypeNode(node)) {
    const rest = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword);
    if (rest.length !== 1) return null;
    return rest[0];
  }
  return node;
}

function refName(ts, node) {
  return ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) ? node.typeName.text : null;
}

/** Returns the final ShapeRef (plain object) for a decoded ref + its .d.ts type node. */
function finalRef(ts, decoded, typeNode, sf, where, enumNames) {
  const node = stripUndefined(ts, typeNode);
  const text = () => typeNode.getText(sf);
  if (!node) fail(`${where}: unexpected .d.ts type ${text()}`);
  const need = (ok, what) => {
    if (!ok) fail(`${where}: schema says ${what} but .d.ts says ${text()}`);
  };
  switch (decoded.k) {
    case 'string': {
      if (node.kind === ts.SyntaxKind.StringKeyword) return { type: 'string' };
      const n = refName(ts, node);
      need(n && !node.typeArguments && enumNames.has(n), 'string');
      return { type: 'string', enum: n };
    }
    case 'number':
      need(node.kind === ts.SyntaxKind.NumberKeyword, 'number');
      return { type: 'integer' };
    case 'boolean':
      need(node.kind === ts.SyntaxKind.BooleanKeyword, 'boolean');
      return { type: 'boolean' };
    case 'timestamp':
      need(refName(ts, node) === 'Date', 'timestamp');
      return { type: 'timestamp' };
    case 'document':
      need(refName(ts, node) === '__DocumentType', 'document');
      return { type: 'document' };
    case 'blob':
      need(refName(ts, node) === 'Uint8Array', 'blob');
      return { type: 'blob' };
    case 'list':
      need(ts.isArrayTypeNode(node), 'list');
      return { type: 'list', member: finalRef(ts, decoded.member, node.elementType, sf, `${where}[]`, enumNames) };
    case 'map': {
      const ok = refName(ts, node) === 'Record' && node.typeArguments?.length === 2 && node.typeArguments[0].kind === ts.SyntaxKind.StringKeyword;
      need(ok, 'map');
      return { type: 'map', value: finalRef(ts, decoded.value, node.typeArguments[1], sf, `${where}{}`, enumNames) };
    }
    case 'structure':
      need(refName(ts, node) === decoded.shape && !node.typeArguments, `structure ${decoded.shape}`);
      return { type: 'structure', shape: decoded.shape };
    default:
      fail(`${where}: internal: unknown decoded kind ${decoded.k}`);
  }
}

function buildModel({ sdk, ts, pkgDir }) {
  const decl = parseDeclarations(ts, pkgDir);
  const enumNames = new Set(decl.enums.keys());
  const raw = collectShapes(sdk);
  const overridesUsed = new Set();
  const shapes = {};
  for (const [name, s] of raw) {
    const d = (s.union ? decl.unions : decl.interfaces).get(name) ?? fail(`${name}: no ${s.union ? 'union' : 'interface'} in .d.ts`);
    const dNames = d.members.map((m) => m.name);
    const sNames = new Set(s.names);
    if (dNames.length !== s.names.length || !dNames.every((n) => sNames.has(n))) {
      fail(`${name}: member sets differ\n  schema: ${s.names.join(',')}\n  .d.ts:  ${dNames.join(',')}`);
    }
    const requiredSet = new Set(s.names.slice(0, s.requiredCount));
    const members = d.members.map((m) => {
      const where = `${name}.${m.name}`;
      if (!s.union && m.optional === requiredSet.has(m.name)) fail(`${where}: required-ness differs between schema and .d.ts`);
      const decoded = s.decoded[s.names.indexOf(m.name)];
      let ref = finalRef(ts, decoded, m.type, m.sf, where, enumNames);
      const kind = NUMBER_OVERRIDES[where];
      if (kind !== undefined) {
        if (ref.type !== 'integer') fail(`${where}: NUMBER_OVERRIDES entry is not a number member`);
        ref = { type: kind };
        overridesUsed.add(where);
      }
      return [m.name, ref];
    });
    const shape = { members, required: dNames.filter((n) => requiredSet.has(n)) };
    if (s.union) shape.union = true;
    shapes[name] = shape;
  }
  for (const k of Object.keys(NUMBER_OVERRIDES)) if (!overridesUsed.has(k)) fail(`NUMBER_OVERRIDES entry ${k} matches no generated member`);

  // Enums: names (and literal values) from enums.d.ts, runtime values from enums.js.
  const enums = {};
  for (const [name, entries] of decl.enums) {
    const obj = sdk[name];
    if (!isPlainObject(obj)) fail(`enum ${name}: not exported at runtime`);
    const rt = Object.entries(obj);
    if (JSON.stringify(rt) !== JSON.stringify(entries)) fail(`enum ${name}: runtime values differ from .d.ts`);
    if (!rt.every(([, v]) => typeof v === 'string')) fail(`enum ${name}: non-string value`);
    enums[name] = rt.map(([, v]) => v);
  }
  return { shapes, enums };
}

// ---------------------------------------------------------------------------
// Emission (deterministic)

const q = (s) => {
  if (typeof s !== 'string') fail(`internal: quoting non-string ${String(s)}`);
  // JSON escaping (backslash, control characters), re-quoted with single quotes.
  return `'${JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
};
const key = (s) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s) ? s : q(s));
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function emitRef(r) {
  switch (r.type) {
    case 'structure':
      return `{ type: 'structure', shape: ${q(r.shape)} }`;
    case 'list':
      return `{ type: 'list', member: ${emitRef(r.member)} }`;
    case 'map':
      return `{ type: 'map', value: ${emitRef(r.value)} }`;
    case 'string':
      return r.enum ? `{ type: 'string', enum: ${q(r.enum)} }` : `{ type: 'string' }`;
    default:
      return `{ type: ${q(r.type)} }`;
  }
}

function emit(version, { shapes, enums }) {
  const out = [];
  out.push(`// GENERATED by scripts/gen-ecs-model.mjs from ${PKG} ${version}. Do not edit.`);
  out.push(`// Regenerate with: npm run gen:model`);
  out.push(`// Member order is the model's declared order (AWS API reference / botocore order).`);
  out.push(`// Numbers are 'integer' unless the generator's NUMBER_OVERRIDES say otherwise (the npm model`);
  out.push(`// does not distinguish integer/long/double). \`enum\` names the ECS_ENUMS entry a string uses.`);
  out.push(`// \`union: true\` marks Smithy unions (exactly one member may be set).`);
  out.push('');
  out.push(
    `export type ShapeRef = { type: 'string'; enum?: string } | { type: 'integer' | 'long' | 'double' | 'boolean' | 'timestamp' | 'blob' | 'document' } | { type: 'structure'; shape: string } | { type: 'list'; member: ShapeRef } | { type: 'map'; value: ShapeRef };`,
  );
  out.push(`export interface StructureShape { members: ReadonlyArray<readonly [name: string, ref: ShapeRef]>; required: readonly string[]; union?: true }`);
  out.push('');
  out.push(`export const ECS_MODEL_VERSION = ${q(version)};`);
  out.push(`export const ECS_ROOT_SHAPES: readonly string[] = [${ROOT_SHAPES.map(q).join(', ')}];`);
  out.push('');
  out.push(`export const ECS_SHAPES: Readonly<Record<string, StructureShape>> = {`);
  for (const name of Object.keys(shapes).sort(cmp)) {
    const s = shapes[name];
    const members = s.members.map(([n, r]) => `[${q(n)}, ${emitRef(r)}]`).join(', ');
    const union = s.union ? ', union: true' : '';
    out.push(`  ${key(name)}: { members: [${members}], required: [${s.required.map(q).join(', ')}]${union} },`);
  }
  out.push(`};`);
  out.push('');
  out.push(`export const ECS_ENUMS: Readonly<Record<string, readonly string[]>> = {`);
  for (const name of Object.keys(enums).sort(cmp)) {
    out.push(`  ${key(name)}: [${enums[name].map(q).join(', ')}],`);
  }
  out.push(`};`);
  out.push('');
  return out.join('\n');
}

/** Returns the full text of ecs-model.gen.ts. Throws on anything unexpected. */
export function generate() {
  const inputs = loadInputs();
  return emit(inputs.version, buildModel(inputs));
}

export const OUTPUT_PATH = OUT_FILE;

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const text = generate();
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, text);
  console.log(`wrote ${path.relative(ROOT, OUT_FILE)} (${text.length} bytes)`);
}
