import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { WatchedProcess, freeStackPorts, localGraphqlUrl } from "../child-process";
import { freePort } from "@careergraph/test-servers";

const ROOT = join(__dirname, "..", "..", "..");

/** One server process of a benchmark stack. */
export interface Server {
  name: string;
  url: string;
  process: WatchedProcess;
}

/** The three subgraphs and a gateway in front of them. */
export interface Deployment {
  gateway: Server;
  subgraphs: Server[];
}

/** Waits until a server's /readyz answers 200. */
async function waitReady(server: Server, timeoutMs = 120_000): Promise<void> {
  const url = server.url.replace(/\/graphql$/, "/readyz");
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void server.process.exited.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${server.name} not ready:\n${server.process.lines.slice(-20).join("\n")}`);
}

async function spawnServer(
  name: string,
  script: string,
  env: Record<string, string | undefined>,
  nodeArgs: string[] = [],
  root = ROOT,
  port?: number,
): Promise<Server> {
  port ??= await freePort();
  const child = new WatchedProcess(
    process.execPath,
    [...nodeArgs, join(root, script)],
    { ...process.env, ...env, PORT: String(port), LOG_LEVEL: "warn" },
    root,
  );
  return { name, url: localGraphqlUrl(port), process: child };
}

/** Extra node flags per process name, e.g. `--cpu-prof` for the profile run. */
export type NodeArgs = (process: string) => string[];

/**
 * careergraph's three subgraphs and its gateway as separate processes, as `npm start` runs them;
 * `root` is the built checkout to run (another commit's, for `bench:compare`).
 */
export async function startCareergraph(
  label: string,
  env: Record<string, string | undefined>,
  nodeArgs: NodeArgs = () => [],
  root = ROOT,
): Promise<Deployment> {
  // chosen first: the subgraphs ask and tell one another (roles tells guides and progress of
  // changes, both ask roles), and without Redis they tell the gateway of content changes
  const ports = await freeStackPorts();
  const stackEnv = {
    GATEWAY_URL: localGraphqlUrl(ports.gateway),
    ROLES_URL: localGraphqlUrl(ports.roles),
    GUIDES_URL: localGraphqlUrl(ports.guides),
    PROGRESS_URL: localGraphqlUrl(ports.progress),
    ...env,
  };
  const spawn = (name: "roles" | "guides" | "progress", script: string) =>
    spawnServer(`${label} ${name}`, script, stackEnv, nodeArgs(name), root, ports[name]);
  const roles = await spawn("roles", "services/roles/dist/main.js");
  const guides = await spawn("guides", "services/guides/dist/main.js");
  await Promise.all([waitReady(roles), waitReady(guides)]);
  const progress = await spawn("progress", "services/progress/dist/main.js");
  await waitReady(progress);
  const subgraphs = [roles, guides, progress];
  const gateway = await startGateway(
    `${label} gateway`,
    "gateway/dist/main.js",
    subgraphs,
    stackEnv,
    nodeArgs("gateway"),
    root,
    ports.gateway,
  );
  return { gateway, subgraphs };
}

/** A gateway process (careergraph's, plain @apollo/gateway or Hive Gateway) over running subgraphs. */
export async function startGateway(
  name: string,
  script: string,
  subgraphs: Server[],
  env: Record<string, string | undefined>,
  nodeArgs: string[] = [],
  root = ROOT,
  port?: number,
): Promise<Server> {
  const [roles, guides, progress] = subgraphs;
  const gateway = await spawnServer(
    name,
    script,
    { ...env, ROLES_URL: roles.url, GUIDES_URL: guides.url, PROGRESS_URL: progress.url },
    nodeArgs,
    root,
    port,
  );
  await waitReady(gateway);
  return gateway;
}

export async function stopServers(servers: Server[]): Promise<void> {
  for (const server of servers) server.process.signal("SIGTERM");
  await Promise.all(
    servers.map((server) =>
      Promise.race([server.process.exited, sleep(15_000).then(() => server.process.signal("SIGKILL"))]),
    ),
  );
}
