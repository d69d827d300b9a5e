import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseConfig, type ServiceConfig } from "./parse-config";
import { prepareConfig } from "./prepare-config";

function parsed(
  env: Record<string, string>,
  service: "gateway" | "roles" | "progress" = "roles",
): ServiceConfig {
  const result = parseConfig(env, service);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.config;
}

/** A checkout in a temporary folder: a root package.json with workspaces and one workspace below it. */
function checkout(): { root: string; workspace: string } {
  const root = mkdtempSync(join(tmpdir(), "careergraph-config-"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ workspaces: ["services/*"] }));
  const workspace = join(root, "services", "roles");
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(workspace, "package.json"), JSON.stringify({ name: "roles" }));
  return { root, workspace };
}

describe("prepareConfig", () => {
  it("anchors a relative DATA_DIR at the repository root, from any workspace", () => {
    const { root, workspace } = checkout();
    const fromWorkspace = prepareConfig(parsed({ AUTH_JWT_SECRET: "x".repeat(16) }), workspace);
    const fromRoot = prepareConfig(parsed({ AUTH_JWT_SECRET: "x".repeat(16) }), root);
    expect(fromWorkspace.dataDir).toBe(join(root, ".data"));
    expect(fromWorkspace.database.dataDir).toBe(join(root, ".data", "roles"));
    expect(fromRoot.database.dataDir).toBe(join(root, ".data", "roles"));
    const absolute = prepareConfig(
      parsed({ DATA_DIR: "/srv/cg", AUTH_JWT_SECRET: "x".repeat(16) }),
      workspace,
    );
    expect(absolute.database.dataDir).toBe("/srv/cg/roles");
  });

  it("makes one development secret, readable by its owner only, and every later start reads it", () => {
    const { root, workspace } = checkout();
    const first = prepareConfig(parsed({}), workspace);
    const file = join(root, ".data", "dev-jwt-secret");
    expect(first.auth.developmentSecret).toBe(true);
    expect(first.auth.jwtSecret).toBe(readFileSync(file, "utf8").trim());
    expect(first.auth.jwtSecret!.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(prepareConfig(parsed({}, "gateway"), root).auth.jwtSecret).toBe(first.auth.jwtSecret);
    expect(readdirSync(join(root, ".data"))).toEqual(["dev-jwt-secret"]);
  });

  it("makes a development pseudonym key for progress on first use, kept beside the token secret", () => {
    const { root, workspace } = checkout();
    const first = prepareConfig(parsed({}, "progress"), workspace);
    const file = join(root, ".data", "dev-pseudonym-secret");
    expect(first.analytics.pseudonymSecret).toBe(readFileSync(file, "utf8").trim());
    expect(first.analytics.pseudonymSecret!.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.analytics.pseudonymSecret).not.toBe(first.auth.jwtSecret);
    expect(prepareConfig(parsed({}, "progress"), root).analytics.pseudonymSecret).toBe(
      first.analytics.pseudonymSecret,
    );
    expect(readdirSync(join(root, ".data")).sort()).toEqual(["dev-jwt-secret", "dev-pseudonym-secret"]);
  });

  it("uses a configured pseudonym key instead (rotating it is setting another), and no other service makes one", () => {
    const { root } = checkout();
    const env = { AUTH_JWT_SECRET: "x".repeat(16) };
    const configured = prepareConfig(
      parsed({ ...env, ANALYTICS_PSEUDONYM_SECRET: "a-rotated-pseudonym-key" }, "progress"),
      root,
    );
    expect(configured.analytics.pseudonymSecret).toBe("a-rotated-pseudonym-key");
    expect(prepareConfig(parsed(env, "gateway"), root).analytics.pseudonymSecret).toBeUndefined();
    expect(() => readdirSync(join(root, ".data"))).toThrow();
  });

  it("leaves a configured secret or JWKS alone and writes nothing", () => {
    const { root } = checkout();
    const withSecret = prepareConfig(parsed({ AUTH_JWT_SECRET: "a-configured-secret" }), root);
    const withJwks = prepareConfig(parsed({ AUTH_JWKS_URL: "http://127.0.0.1:9/jwks.json" }), root);
    expect(withSecret.auth).toMatchObject({ jwtSecret: "a-configured-secret", developmentSecret: false });
    expect(withJwks.auth).toMatchObject({ jwtSecret: undefined, developmentSecret: false });
    expect(() => readdirSync(join(root, ".data"))).toThrow();
  });

  it("gives four processes starting at once the same secret", async () => {
    const { root } = checkout();
    const script = `
      const { parseConfig, prepareConfig } = require(${JSON.stringify(join(__dirname, "..", "dist", "index.js"))});
      const result = parseConfig({}, "roles");
      process.stdout.write(prepareConfig(result.config, process.argv[1]).auth.jwtSecret);
    `;
    const run = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ["-e", script, root]);
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.on("error", reject);
        child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
      });
    const secrets = await Promise.all([run(), run(), run(), run()]);
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]).toBe(readFileSync(join(root, ".data", "dev-jwt-secret"), "utf8").trim());
    expect(readdirSync(join(root, ".data"))).toEqual(["dev-jwt-secret"]);
  });
});
