/**
 * Hive Gateway 2.15's response cache (@graphql-mesh/plugin-response-cache, CommonJS build) reads
 * `require("cache-control-parser").default`, which cache-control-parser 2.2.0 does not export: every
 * subgraph answer with a Cache-Control header then fails. Give the module the default it expects,
 * before Hive loads it.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- patches the CommonJS module object Hive will receive
const parser = require("cache-control-parser") as Record<string, unknown>;
if (!parser.default) parser.default = parser;
