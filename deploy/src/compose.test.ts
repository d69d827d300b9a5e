import Ajv from "ajv";
import addFormats from "ajv-formats";
import { CONFIG_VARIABLES } from "@careergraph/config";
import { readYaml } from "./manifests";
import { readText } from "./repository";

/**
 * docker-compose.yml is never run here (no container engine): it is validated against the Compose
 * specification's JSON schema (deploy/schemas/compose-spec.json) and checked for the replicated
 * shape of `npm run cluster`.
 */
interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, string>;
  deploy?: { replicas?: number };
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  volumes?: string[];
  entrypoint?: string[] | string;
}

const compose = readYaml<{ services: Record<string, ComposeService> }>(readText("docker-compose.yml"));
const services = compose.services;
const SERVERS = ["gateway", "roles", "guides", "progress"];

describe("docker-compose.yml", () => {
  it("is valid against the Compose specification's schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    // the schema names draft-07 by an address Ajv does not know it by; its rules are draft-07's
    const { $schema: _draft, ...schema } = JSON.parse(readText("deploy/schemas/compose-spec.json")) as Record<
      string,
      unknown
    >;
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("has the replicated shape: 2 of each server, nginx in front, a read replica, a Redis Cluster of 6", () => {
    for (const server of SERVERS) expect(services[server].deploy?.replicas).toBe(2);
    expect(services.nginx.ports).toEqual(["4000:4000"]);
    expect(services.nginx.depends_on).toHaveProperty("gateway");
    for (const server of SERVERS) expect(services[server].ports).toBeUndefined();
    expect(services["postgres-replica"].entrypoint ?? []).toBeDefined();
    const redisNodes = Object.keys(services).filter((name) => /^redis-\d$/.test(name));
    expect(redisNodes).toHaveLength(6);
    for (const node of redisNodes) {
      const command = services[node].command as string[];
      expect(command).toEqual(
        expect.arrayContaining(["--cluster-enabled", "--maxmemory-policy", "noeviction"]),
      );
    }
  });

  it("sets only variables the config parser reads, and points the servers at the replicated stores", () => {
    for (const server of [...SERVERS, "migrate"]) {
      const environment = services[server].environment ?? {};
      expect(Object.keys(environment).filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
      expect(environment.DATABASE_READ_URLS).toContain("postgres-replica");
      expect(environment.REDIS_CLUSTER_NODES.split(",")).toHaveLength(6);
      expect(environment.MIGRATE_ON_START).toBe("false");
    }
    expect(services.gateway.environment!.PORT).toBe("4000");
    expect(services.roles.environment!.PORT).toBe("4001");
    expect(services.guides.environment!.PORT).toBe("4002");
    expect(services.progress.environment!.PORT).toBe("4003");
  });

  it("checks every server's readiness on /readyz and runs migrations once, before the servers", () => {
    for (const server of SERVERS) {
      expect(services[server].healthcheck?.test?.join(" ")).toContain("/readyz");
      expect(services[server].depends_on?.migrate).toEqual({ condition: "service_completed_successfully" });
    }
    expect(String(services.migrate.command)).toContain("migrate.js");
  });
});
