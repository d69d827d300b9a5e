import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parseConfig } from "@careergraph/config";
import { DEFAULT_LIST_SIZE } from "@careergraph/edge";
import { readYaml } from "./manifests";
import { readText } from "./repository";

/**
 * Apollo Router cannot be installed here (no binary download), so router.yaml is checked offline:
 * against the configuration schema Router 2.13.1 generates for itself (deploy/schemas, vendored),
 * which refuses unknown keys at every level, and against the gateway's own settings.
 */
type RouterConfig = {
  limits: { max_depth: number; max_aliases: number; parser_max_tokens: number };
  demand_control: {
    enabled: boolean;
    mode: string;
    strategy: { static_estimated: { list_size: number; max: number } };
  };
  authorization: { directives: { enabled: boolean } };
  authentication: { router: { jwt: { jwks: { url: string }[] } } };
  persisted_queries: { enabled: boolean; safelist: { enabled: boolean }; local_manifests: string[] };
  apq: { enabled: boolean };
  headers: { all: { request: { propagate?: { named: string } }[] } };
  override_subgraph_url: Record<string, string>;
  supergraph: { path: string; introspection: boolean };
};

const router = readYaml<RouterConfig>(readText("deploy/apollo-router/router.yaml"));
const defaults = parseConfig({}, "gateway");
if (!defaults.ok) throw new Error(defaults.errors.join("; "));
const gateway = defaults.config;

describe("deploy/apollo-router/router.yaml", () => {
  it("is a valid Apollo Router 2.13 configuration", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    // Router's own formats (uint, double, …) are number widths; the schema's types already bound them
    ajv.addFormat("uint", true).addFormat("uint32", true).addFormat("uint64", true).addFormat("double", true);
    const { $schema: _draft, ...schema } = JSON.parse(
      readText("deploy/schemas/apollo-router-2.13.1.config.schema.json"),
    ) as Record<string, unknown>;
    const validate = ajv.compile(schema);
    validate(router);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("enforces the gateway's limits: cost (demand control), depth, aliases, tokens", () => {
    expect(router.demand_control).toMatchObject({ enabled: true, mode: "enforce" });
    expect(router.demand_control.strategy.static_estimated).toEqual({
      list_size: DEFAULT_LIST_SIZE,
      max: gateway.limits.maxCost,
    });
    expect(router.limits).toEqual({
      max_depth: gateway.limits.maxDepth,
      max_aliases: gateway.limits.maxAliases,
      parser_max_tokens: gateway.limits.maxTokens,
    });
  });

  it("authenticates JWTs, authorizes @requiresScopes and serves only the safelist", () => {
    expect(router.authentication.router.jwt.jwks.length).toBeGreaterThan(0);
    expect(router.authorization.directives.enabled).toBe(true);
    expect(router.persisted_queries).toMatchObject({ enabled: true, safelist: { enabled: true } });
    expect(router.apq.enabled).toBe(false);
    expect(router.supergraph).toMatchObject({ path: "/graphql", introspection: false });
    expect(router.headers.all.request.map((r) => r.propagate?.named)).toEqual([
      "authorization",
      "x-request-id",
    ]);
  });

  it("serves the supergraph the gateway serves, whose directives it applies", () => {
    const supergraph = readText("gateway/supergraph.graphql");
    expect(supergraph).toContain('@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY)');
    expect(supergraph).toContain('@link(url: "https://specs.apollo.dev/cost/v0.1"');
    const graphs = [...supergraph.matchAll(/^\s+(\w+) @join__graph\(name: "(\w+)"/gm)]
      .map((m) => m[2])
      .sort();
    expect(Object.keys(router.override_subgraph_url).sort()).toEqual(graphs);
  });
});
