// Keeps api/openapi.yaml in step with the code. `components.schemas` is generated from the valibot
// schemas in src/data/http/schemas.ts (which a type test ties to src/data/types.ts), so the
// TypeScript types, the runtime validators and the published contract cannot drift apart.
//
//   node scripts/check-api.mjs          check only (part of `npm run lint`)
//   node scripts/check-api.mjs --write  regenerate components.schemas, then check (`npm run api:spec`)
//
// The check also fails when a `$ref` points nowhere, when the operationIds are not exactly the
// methods of the `DataSource` interface (minus `subscribe`), when a path parameter is undeclared,
// when an error response is not a problem document, or when an example does not pass its schema.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { toJsonSchemaDefs } from '@valibot/to-json-schema';
import { build } from 'esbuild';
import ts from 'typescript';
import * as v from 'valibot';
import YAML from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SPEC = join(ROOT, 'api/openapi.yaml');
const SCHEMAS = join(ROOT, 'src/data/http/schemas.ts');
const TYPES = join(ROOT, 'src/data/types.ts');
const CACHE = join(ROOT, 'node_modules/.cache/check-api');
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** DataSource methods that have no HTTP operation. */
const NOT_HTTP = new Set(['subscribe']);

const rel = (file) => relative(ROOT, file);
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Transpiles schemas.ts with esbuild (valibot stays external) and imports the result. */
async function loadApiSchemas() {
  const result = await build({
    entryPoints: [SCHEMAS],
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  await mkdir(CACHE, { recursive: true });
  // One file per process so that two concurrent runs never import each other's half-written file.
  const file = join(CACHE, `schemas-${process.pid}.mjs`);
  await writeFile(file, result.outputFiles[0].text);
  try {
    const { API_SCHEMAS } = await import(pathToFileURL(file).href);
    if (!isObject(API_SCHEMAS)) throw new Error(`${rel(SCHEMAS)} exports no API_SCHEMAS map`);
    return API_SCHEMAS;
  } finally {
    await rm(file, { force: true });
  }
}

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) for every named schema; named ones nest as `$ref`s. */
function generateSchemas(apiSchemas) {
  const defs = toJsonSchemaDefs(apiSchemas, {
    target: 'draft-2020-12',
    overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  });
  for (const schema of Object.values(defs)) delete schema.$schema;
  return defs;
}

/** Method names of `interface DataSource` in src/data/types.ts, read with the TypeScript parser. */
async function dataSourceMethods() {
  const source = ts.createSourceFile(TYPES, await readFile(TYPES, 'utf8'), ts.ScriptTarget.Latest);
  const api = source.statements.find((node) => ts.isInterfaceDeclaration(node) && node.name.text === 'DataSource');
  if (!api) throw new Error(`${rel(TYPES)} declares no \`interface DataSource\``);
  return api.members
    .filter((member) => ts.isMethodSignature(member) || ts.isPropertySignature(member))
    .map((member) => member.name.getText(source));
}

const show = (value) => (value === undefined ? 'nothing' : JSON.stringify(value));
const short = (value) => {
  const text = show(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** The first place where two JSON values differ, said so that a person can find it. */
function firstDifference(actual, expected, path = '') {
  if (isDeepStrictEqual(actual, expected)) return undefined;
  const at = path || '(top level)';
  if (!isObject(actual) || !isObject(expected)) {
    return `${at}: the document has ${short(actual)}, the code generates ${short(expected)}`;
  }
  const lacking = Object.keys(expected).filter((key) => !Object.hasOwn(actual, key));
  const surplus = Object.keys(actual).filter((key) => !Object.hasOwn(expected, key));
  if (lacking.length || surplus.length) {
    const list = (object, keys) => keys.map((key) => `${key}: ${short(object[key])}`).join(', ');
    const parts = [];
    if (lacking.length) parts.push(`the code generates ${list(expected, lacking)}, which the document lacks`);
    if (surplus.length) parts.push(`the document has ${list(actual, surplus)}, which the code does not generate`);
    return `${at}: ${parts.join('; ')}`;
  }
  for (const key of Object.keys(expected)) {
    const found = firstDifference(actual[key], expected[key], path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

function compareSchemas(documented, generated) {
  const problems = [];
  if (!isObject(documented)) return ['components.schemas is missing'];
  for (const name of Object.keys(generated)) {
    if (!Object.hasOwn(documented, name)) problems.push(`components.schemas.${name} is missing`);
    else {
      const difference = firstDifference(documented[name], generated[name]);
      if (difference) problems.push(`components.schemas.${name} differs at ${difference}`);
    }
  }
  for (const name of Object.keys(documented)) {
    if (!Object.hasOwn(generated, name)) problems.push(`components.schemas.${name} is not in API_SCHEMAS`);
  }
  return problems;
}

/** Calls `visit(value, path)` for every value in a JSON tree. */
function walk(value, visit, path = []) {
  visit(value, path);
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walk(child, visit, [...path, key]);
  }
}

/** Resolves a local `$ref` (`#/a/b~1c`) against the document, or undefined. */
function resolvePointer(doc, ref) {
  if (!ref.startsWith('#')) return undefined;
  let node = doc;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

const deref = (doc, node) => (node && typeof node.$ref === 'string' ? resolvePointer(doc, node.$ref) : node);

function checkRefs(doc) {
  const problems = [];
  walk(doc, (value, path) => {
    if (!value || typeof value !== 'object' || !('$ref' in value)) return;
    // Inside an example a `$ref` key is data, not a reference.
    const inExample = path.some(
      (key, i) =>
        key === 'example' ||
        (key === 'value' && path[i - 2] === 'examples') ||
        (/^\d+$/.test(key) && path[i - 1] === 'examples'),
    );
    if (inExample) return;
    if (typeof value.$ref !== 'string' || resolvePointer(doc, value.$ref) === undefined) {
      problems.push(`${path.join('.')}: $ref ${show(value.$ref)} points at nothing in the document`);
    }
  });
  return problems;
}

function checkOperationIds(operations, methods) {
  const problems = [];
  const expected = new Set(methods.filter((name) => !NOT_HTTP.has(name)));
  const seen = new Map();
  for (const { where, operation } of operations) {
    const id = operation.operationId;
    if (!id) problems.push(`${where} has no operationId`);
    else if (seen.has(id)) problems.push(`operationId ${id} is used twice (${seen.get(id)} and ${where})`);
    else seen.set(id, where);
  }
  const missing = [...expected].filter((name) => !seen.has(name));
  const extra = [...seen.keys()].filter((name) => !expected.has(name));
  if (missing.length) {
    problems.push(`no operation for DataSource method(s) ${missing.join(', ')}: add them to ${rel(SPEC)}`);
  }
  if (extra.length) {
    problems.push(`operationId(s) ${extra.join(', ')} are not methods of DataSource in ${rel(TYPES)}`);
  }
  return problems;
}

/** Path parameters declared and required; every response described; errors as problem documents. */
function checkOperations(doc, operations) {
  const problems = [];
  for (const { where, path, pathItem, operation } of operations) {
    const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(doc, p));
    const declared = parameters.filter((p) => p?.in === 'path').map((p) => p.name);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    for (const name of templated) {
      if (!declared.includes(name)) problems.push(`${where}: path parameter {${name}} is not declared`);
    }
    for (const p of parameters.filter((p) => p?.in === 'path')) {
      if (!templated.includes(p.name)) problems.push(`${where}: path parameter ${p.name} is not in the path`);
      if (p.required !== true) problems.push(`${where}: path parameter ${p.name} must be required: true`);
    }
    const responses = Object.entries(operation.responses ?? {});
    if (!responses.length) problems.push(`${where} has no responses`);
    for (const [status, reference] of responses) {
      const response = deref(doc, reference);
      if (response === undefined) continue; // an unresolved $ref, reported by checkRefs
      if (typeof response?.description !== 'string') problems.push(`${where} ${status}: response has no description`);
      if (Number(status) >= 400) {
        const schema = response?.content?.['application/problem+json']?.schema;
        if (schema?.$ref !== '#/components/schemas/Problem') {
          problems.push(`${where} ${status}: an error must be application/problem+json with the Problem schema`);
        }
        for (const { name, value } of examplesOf(doc, response?.content?.['application/problem+json'])) {
          if (value?.status !== Number(status)) {
            problems.push(`${where} ${status}: ${name} says status ${show(value?.status)}`);
          }
        }
      }
    }
  }
  return problems;
}

function examplesOf(doc, media) {
  if (!media) return [];
  const found = 'example' in media ? [{ name: 'example', value: media.example }] : [];
  for (const [name, example] of Object.entries(media.examples ?? {})) {
    found.push({ name: `examples.${name}`, value: deref(doc, example)?.value });
  }
  return found;
}

/** Every request/response example next to a named schema (or a list of one) must pass that schema. */
function checkExamples(doc, apiSchemas) {
  const problems = [];
  const places = { paths: doc.paths, components: { responses: doc.components?.responses } };
  walk(places, (value, path) => {
    if (path.at(-2) !== 'content' || !value?.schema) return;
    const { schema } = value;
    const named = (ref) => apiSchemas[ref?.replace('#/components/schemas/', '')];
    const item = named(schema.$ref) ?? (schema.type === 'array' ? named(schema.items?.$ref) : undefined);
    if (!item) return;
    const runtime = schema.$ref ? item : v.array(item);
    for (const { name, value: example } of examplesOf(doc, value)) {
      const result = v.safeParse(runtime, example);
      if (!result.success) {
        const issue = result.issues[0];
        const at = v.getDotPath(issue) ?? '(root)';
        problems.push(`${path.join('.')}.${name} fails its schema at ${at}: ${issue.message}`);
      }
    }
  });
  return problems;
}

function listOperations(doc) {
  const operations = [];
  for (const [path, pathItem] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (operation) operations.push({ where: `${method.toUpperCase()} ${path}`, path, pathItem, operation });
    }
  }
  return operations;
}

/** Replaces `components.schemas` and keeps everything else (comments, order, wording) as written. */
async function writeSchemas(text, generated) {
  const doc = YAML.parseDocument(text);
  const node = doc.createNode(generated, { aliasDuplicateObjects: false });
  // Short lists such as `required` and `enum` read best on one line.
  YAML.visit(node, {
    Seq(_, seq) {
      if (seq.items.every((item) => YAML.isScalar(item))) seq.flow = true;
    },
  });
  doc.setIn(['components', 'schemas'], node);
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(SPEC)) ?? {};
  return prettier.format(doc.toString({ lineWidth: 0 }), { ...options, filepath: SPEC });
}

function parseSpec(text) {
  const parsed = YAML.parseDocument(text, { prettyErrors: true });
  if (!parsed.errors.length) return parsed;
  for (const error of parsed.errors) console.error(`check-api: ${rel(SPEC)}: ${error.message}`);
  return undefined;
}

async function main() {
  const write = process.argv.includes('--write');
  const apiSchemas = await loadApiSchemas();
  const generated = generateSchemas(apiSchemas);

  let text = await readFile(SPEC, 'utf8');
  if (!parseSpec(text)) return false;
  if (write) {
    const next = await writeSchemas(text, generated);
    if (next !== text) {
      await writeFile(SPEC, next);
      text = next;
      console.log(`check-api: rewrote components.schemas in ${rel(SPEC)}`);
    }
  }

  const doc = parseSpec(text).toJS();
  const operations = listOperations(doc);
  const schemaProblems = compareSchemas(doc.components?.schemas, generated);
  const otherProblems = [
    ...(doc.openapi === '3.1.0' ? [] : [`openapi must be 3.1.0, found ${show(doc.openapi)}`]),
    ...checkRefs(doc),
    ...checkOperationIds(operations, await dataSourceMethods()),
    ...checkOperations(doc, operations),
    ...checkExamples(doc, apiSchemas),
  ];
  if (schemaProblems.length) {
    console.error(`check-api: components.schemas in ${rel(SPEC)} differs from ${rel(SCHEMAS)}:`);
    for (const problem of schemaProblems) console.error(`  - ${problem}`);
    console.error('  Those schemas are generated: run `npm run api:spec` (node scripts/check-api.mjs --write).');
  }
  if (otherProblems.length) {
    console.error(`check-api: ${rel(SPEC)} needs a hand edit:`);
    for (const problem of otherProblems) console.error(`  - ${problem}`);
  }
  if (schemaProblems.length || otherProblems.length) return false;
  const counts = `${Object.keys(generated).length} schemas, ${operations.length} operations`;
  console.log(`check-api: ${rel(SPEC)} matches the code (${counts})`);
  return true;
}

if (!(await main())) process.exitCode = 1;
