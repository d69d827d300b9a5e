// `npm run codegen`: the API schema from the committed supergraph, then GraphQL Code Generator's client
// preset over every app's documents (typed documents, persisted-document hashes), then one manifest of
// every operation the apps send (sha256 of the text -> text). `--check` writes nothing and exits 1 when
// a committed file differs from what this makes now (the drift test runs it).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Supergraph } from "@apollo/federation-internals";
import { generate } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";
import { printSchema } from "graphql";
import { format, resolveConfig } from "prettier";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repo = resolve(root, "../..");
const check = process.argv.includes("--check");

/** The apps whose documents are generated here; each gets `src/generated/<app>/` and a subpath export. */
const APPS = ["web", "studio"];

const sha256 = (text) => createHash("sha256").update(text).digest("hex");

const SCHEMA_FILE = join(root, "schema.graphql");
const MANIFEST_FILE = join(root, "persisted-operations.json");

function apiSchema() {
  // the API schema is what clients may ask for: no join/link machinery, no @inaccessible parts
  const supergraph = Supergraph.build(readFileSync(join(repo, "gateway/supergraph.graphql"), "utf8"), {
    supportedFeatures: null,
  });
  return printSchema(supergraph.apiSchema().toGraphQLJSSchema()) + "\n";
}

function codegenConfig(schema) {
  return {
    cwd: root,
    schema: [{ [SCHEMA_FILE]: {} }],
    silent: true,
    ignoreNoDocuments: true,
    generates: Object.fromEntries(
      APPS.map((app) => [
        `src/generated/${app}/`,
        {
          schema,
          documents: [`../../apps/${app}/src/**/*.{ts,tsx}`, `!../../apps/${app}/src/**/*.test.{ts,tsx}`],
          preset: "client",
          presetConfig: {
            fragmentMasking: { unmaskFunctionName: "getFragmentData" },
            // plain hex, as Apollo's persisted-query protocol and the gateway's allowlist key them
            persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: sha256 },
          },
          // the server runs the manifest's text: it must ask for what Apollo's cache needs (__typename)
          documentTransforms: [addTypenameSelectionDocumentTransform],
          config: {
            useTypeImports: true,
            enumsAsTypes: true,
            scalars: { DateTime: "string", Date: "string" },
            avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
          },
        },
      ]),
    ),
  };
}

async function pretty(file, text) {
  if (!/\.(ts|json)$/.test(file)) return text;
  const options = (await resolveConfig(join(repo, "package.json"))) ?? {};
  return format(text, { ...options, filepath: file });
}

async function outputs() {
  const schemaText = apiSchema();
  const files = new Map([[SCHEMA_FILE, schemaText]]);
  const generated = await generate(codegenConfig(schemaText), false);
  const manifest = {};
  for (const { filename, content } of generated) {
    const file = resolve(root, filename);
    files.set(file, await pretty(file, content));
    if (file.endsWith("persisted-documents.json")) Object.assign(manifest, JSON.parse(content));
  }
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => (a < b ? -1 : 1)));
  files.set(MANIFEST_FILE, JSON.stringify(sorted, null, 2) + "\n");
  return files;
}

const files = await outputs();
const drifted = [...files].filter(([file, text]) => !existsSync(file) || readFileSync(file, "utf8") !== text);
if (check) {
  for (const [file] of drifted) process.stderr.write(`out of date: ${relative(repo, file)}\n`);
  if (drifted.length > 0) process.stderr.write("run `npm run codegen` and commit what it writes\n");
  process.exit(drifted.length > 0 ? 1 : 0);
}
for (const [file, text] of drifted) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
process.stdout.write(`codegen: ${files.size} files, ${drifted.length} changed\n`);
