#!/usr/bin/env node
// Generates the JSON Schemas the code pane gives Monaco (completion, hover docs,
// validation) for the ECS files the designer emits: src/ui/code/schemas/*.schema.gen.json.
//
// Sources, both from the npm package @aws-sdk/client-ecs (nothing is hand-written):
//   * Shapes, member order, types, enums, required members: src/core/generated/ecs-model.gen.ts
//     (itself generated from the package by scripts/gen-ecs-model.mjs). It is transpiled with
//     the TypeScript compiler and imported, so both generators read one model.
//   * Member and shape documentation: the JSDoc in the package's
//     dist-types/models/models_N.d.ts (HTML), read with the TypeScript compiler API and
//     turned into a short plain `description` and a Markdown `markdownDescription`.
//
// Output is deterministic (model order for properties, sorted definitions, fixed limits).
// Extra properties stay allowed: the API gains fields faster than this model is refreshed.

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODEL_FILE = path.join(ROOT, 'src/core/generated/ecs-model.gen.ts');
export const OUTPUT_DIR = path.join(ROOT, 'src/ui/code/schemas');
const PKG = '@aws-sdk/client-ecs';

/** One schema per ECS API input the designer emits as a file. */
export const SCHEMA_ROOTS = [
  { file: 'register-task-definition.schema.gen.json', shape: 'RegisterTaskDefinitionRequest' },
  { file: 'create-service.schema.gen.json', shape: 'CreateServiceRequest' },
  { file: 'create-cluster.schema.gen.json', shape: 'CreateClusterRequest' },
  { file: 'create-capacity-provider.schema.gen.json', shape: 'CreateCapacityProviderRequest' },
];

/** Hover docs longer than this are cut at a paragraph boundary (the API reference has the rest). */
const MARKDOWN_LIMIT = 1400;
/** The plain description (used by completion details) is one or two sentences. */
const PLAIN_LIMIT = 240;

const fail = (msg) => {
  throw new Error(`gen-json-schemas: ${msg}`);
};

// ---------------------------------------------------------------------------
// Inputs

async function loadModel(ts) {
  const source = readFileSync(MODEL_FILE, 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
  if (!mod.ECS_SHAPES || !mod.ECS_ENUMS || !mod.ECS_MODEL_VERSION) fail('ecs-model.gen.ts does not export ECS_SHAPES/ECS_ENUMS/ECS_MODEL_VERSION');
  return mod;
}

/** "Shape" -> shape doc and "Shape.member" -> member doc, as the raw HTML of the JSDoc. */
function loadDocs(ts, pkgDir) {
  const dir = path.join(pkgDir, 'dist-types/models');
  const files = readdirSync(dir)
    .filter((f) => /^models_\d+\.d\.ts$/.test(f))
    .sort();
  if (!files.length) fail(`no models_N.d.ts in ${dir}`);
  const docs = new Map();
  const docOf = (sf, node) => {
    const ranges = ts.getLeadingCommentRanges(sf.text, node.pos) ?? [];
    const jsdoc = ranges.filter((r) => sf.text.startsWith('/**', r.pos)).at(-1);
    if (!jsdoc) return undefined;
    const body = sf.text
      .slice(jsdoc.pos + 3, jsdoc.end - 2)
      .split('\n')
      .map((line) => line.replace(/^\s*\*\s?/, ''))
      .filter((line) => !/^@\w+/.test(line.trim()))
      .join(' ')
      .trim();
    return body || undefined;
  };
  for (const file of files) {
    const full = path.join(dir, file);
    const sf = ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const st of sf.statements) {
      if (!ts.isInterfaceDeclaration(st)) continue;
      const name = st.name.text;
      const own = docOf(sf, st);
      if (own) docs.set(name, own);
      for (const m of st.members) {
        if (!m.name || !ts.isIdentifier(m.name)) continue;
        const doc = docOf(sf, m);
        if (doc) docs.set(`${name}.${m.name.text}`, doc);
      }
    }
  }
  return docs;
}

// ---------------------------------------------------------------------------
// Documentation: HTML from the model -> short plain text and Markdown

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
/** Characters that would start Markdown syntax in running text. */
const escapeMd = (s) => s.replace(/([\\*`<>[\]])/g, '\\$1');

/**
 * Splits the model's HTML into blocks: `{ text, md, item }` where `text` is plain, `md` is
 * Markdown and `item` marks list items. Unknown tags are dropped, their text kept.
 */
export function htmlBlocks(html) {
  const blocks = [];
  let text = '';
  let md = '';
  let item = false;
  let prefix = '';
  let inCode = false;
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    const m = md.replace(/\s+/g, ' ').trim();
    text = '';
    md = '';
    if (!t) return; // a note's prefix waits for its first paragraph
    blocks.push({ text: prefix ? `${prefix.replace(/\*/g, '')}${t}` : t, md: `${prefix}${m}`, item });
    prefix = '';
  };
  // Inline markup: an opening marker goes after any space, a closing one before it (CommonMark
  // emphasis must hug its text); a pair around nothing is dropped.
  const mark = (marker, closing) => {
    if (!closing) {
      md += marker;
      return;
    }
    const trimmed = md.replace(/\s+$/, '');
    if (trimmed.endsWith(marker) && !trimmed.endsWith(`\\${marker}`)) {
      md = trimmed.slice(0, -marker.length) + md.slice(trimmed.length);
      return;
    }
    md = trimmed + marker + md.slice(trimmed.length);
  };
  const re = /<(\/?)([a-zA-Z][\w-]*)[^>]*>|([^<]+)|(<)/g;
  let match;
  while ((match = re.exec(html))) {
    const [, closing, rawTag, chunk, lone] = match;
    if (chunk !== undefined || lone !== undefined) {
      const value = decode(chunk ?? lone);
      text += value;
      md += inCode ? value.replace(/`/g, "'") : escapeMd(value);
      continue;
    }
    const tag = rawTag.toLowerCase();
    switch (tag) {
      case 'p':
      case 'dd':
      case 'ul':
      case 'ol':
        flush();
        break;
      case 'li':
        flush();
        item = !closing;
        break;
      case 'dt':
        flush();
        if (!closing) prefix = '';
        break;
      case 'note':
      case 'important':
        flush();
        if (!closing) prefix = tag === 'note' ? '**Note:** ' : '**Important:** ';
        break;
      case 'code':
        inCode = !closing;
        mark('`', closing);
        break;
      case 'i':
      case 'em':
        mark('*', closing);
        break;
      case 'b':
      case 'strong':
        mark('**', closing);
        break;
      default:
        // <a>, <div>, <br> and friends: keep the text, drop the markup (and the link: the
        // app stays on its own origin).
        if (tag === 'br') {
          text += ' ';
          md += ' ';
        }
    }
  }
  flush();
  return blocks;
}

/** The first sentence or two of the first block, at most PLAIN_LIMIT characters. */
export function plainSummary(blocks) {
  const first = blocks[0]?.text ?? '';
  if (first.length <= PLAIN_LIMIT) return first;
  const sentences = first.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).trim().length > PLAIN_LIMIT) break;
    out += s;
  }
  out = out.trim();
  if (out) return out;
  return `${first.slice(0, PLAIN_LIMIT - 1).replace(/\s+\S*$/, '')}…`;
}

/** Whole blocks (paragraphs, list items) up to MARKDOWN_LIMIT characters. */
export function markdownSummary(blocks) {
  let out = '';
  let prevItem = false;
  for (const [i, b] of blocks.entries()) {
    const piece = b.item ? `- ${b.md}` : b.md;
    const sep = i === 0 ? '' : b.item && prevItem ? '\n' : '\n\n';
    if (i > 0 && out.length + sep.length + piece.length > MARKDOWN_LIMIT) {
      out += '\n\n…';
      break;
    }
    out += sep + piece;
    prevItem = b.item;
  }
  return out;
}

function documented(schema, html) {
  if (!html) return schema;
  const blocks = htmlBlocks(html);
  if (!blocks.length) return schema;
  return { ...schema, description: plainSummary(blocks), markdownDescription: markdownSummary(blocks) };
}

// ---------------------------------------------------------------------------
// Shapes -> JSON Schema

function refSchema(ref, model, reach) {
  switch (ref.type) {
    case 'string': {
      if (!ref.enum) return { type: 'string' };
      const values = model.ECS_ENUMS[ref.enum] ?? fail(`unknown enum ${ref.enum}`);
      return { type: 'string', enum: [...values] };
    }
    case 'integer':
    case 'long':
      return { type: 'integer' };
    case 'double':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'timestamp':
      return { type: ['string', 'number'] };
    case 'blob':
      return { type: 'string' };
    case 'document':
      return {};
    case 'list':
      return { type: 'array', items: refSchema(ref.member, model, reach) };
    case 'map':
      return { type: 'object', additionalProperties: refSchema(ref.value, model, reach) };
    case 'structure':
      reach(ref.shape);
      return { $ref: `#/definitions/${ref.shape}` };
    default:
      fail(`unknown ref type ${JSON.stringify(ref)}`);
  }
}

function structureSchema(name, model, docs, reach) {
  const shape = model.ECS_SHAPES[name] ?? fail(`unknown shape ${name}`);
  const properties = {};
  for (const [member, ref] of shape.members) {
    properties[member] = documented(refSchema(ref, model, reach), docs.get(`${name}.${member}`));
  }
  const schema = documented({ type: 'object' }, docs.get(name));
  schema.properties = properties;
  if (shape.required.length) schema.required = [...shape.required];
  if (shape.union) schema.maxProperties = 1; // a Smithy union: exactly one member is set
  return schema;
}

function rootSchema(root, model, docs) {
  const definitions = {};
  const queue = [];
  const reach = (shape) => {
    if (shape in definitions || queue.includes(shape)) return;
    queue.push(shape);
  };
  const top = structureSchema(root.shape, model, docs, reach);
  while (queue.length) {
    const name = queue.shift();
    definitions[name] = null; // reserve, so recursive shapes stop here
    definitions[name] = structureSchema(name, model, docs, reach);
  }
  const sorted = {};
  for (const name of Object.keys(definitions).sort()) sorted[name] = definitions[name];
  return {
    $comment: `GENERATED by scripts/gen-json-schemas.mjs from ${PKG} ${model.ECS_MODEL_VERSION} (${root.shape}). Do not edit; run npm run gen:schemas.`,
    title: root.shape,
    ...top,
    ...(Object.keys(sorted).length ? { definitions: sorted } : {}),
  };
}

/** file name -> file text, for every schema. Throws on anything unexpected. */
export async function generateSchemas() {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const ts = require('typescript');
  const pkgDir = path.dirname(require.resolve(`${PKG}/package.json`));
  const version = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  const model = await loadModel(ts);
  if (model.ECS_MODEL_VERSION !== version) {
    fail(`ecs-model.gen.ts is from ${PKG} ${model.ECS_MODEL_VERSION} but ${version} is installed: run npm run gen:model first`);
  }
  const docs = loadDocs(ts, pkgDir);
  const out = {};
  for (const root of SCHEMA_ROOTS) out[root.file] = JSON.stringify(rootSchema(root, model, docs), null, 2) + '\n';
  return out;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const files = await generateSchemas();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(path.join(OUTPUT_DIR, file), text);
    console.log(`wrote ${path.relative(ROOT, path.join(OUTPUT_DIR, file))} (${text.length} bytes)`);
  }
}
