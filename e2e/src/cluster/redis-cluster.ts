import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { run, startDaemon, waitUntil, type Daemon } from "./run-command";

export interface LocalRedisCluster {
  /** `127.0.0.1:port` of every node, for `REDIS_CLUSTER_NODES`. */
  nodes: string[];
  /** The port of the master that holds the hash slot of `key` now. */
  masterOf(key: string): Promise<number>;
  /** Keys matching `pattern` on every live master. */
  countKeys(pattern: string): Promise<number>;
  /** Kills a node (SIGKILL) and answers when it died. */
  kill(port: number): Promise<void>;
  /** Resolves once every slot is served again (`cluster_state:ok` on a live node). */
  waitHealthy(timeoutMs: number, fromPort: number): Promise<void>;
  /** Resolves with the new master's port once a master other than `formerPort` serves `key`'s slot. */
  waitForNewMaster(key: string, formerPort: number, timeoutMs: number): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A Redis Cluster of local `redis-server` processes: `masters` masters with one replica each, made
 * with `redis-cli --cluster create`. Every node runs `noeviction` with a `maxmemory` ceiling (the
 * platform keeps its content generation and rate-limit counters in it: see docs/scale-out.md) and
 * keeps nothing on disk. A master is declared failed after `nodeTimeoutMs` without an answer.
 */
export async function startRedisCluster(options: {
  dir: string;
  ports: number[];
  nodeTimeoutMs: number;
}): Promise<LocalRedisCluster> {
  const daemons = new Map<number, Daemon>();
  for (const port of options.ports) {
    const dir = join(options.dir, String(port));
    await mkdir(dir, { recursive: true });
    daemons.set(
      port,
      startDaemon(
        `redis-${port}`,
        "redis-server",
        [
          "--port",
          String(port),
          "--bind",
          "127.0.0.1",
          "--dir",
          dir,
          "--cluster-enabled",
          "yes",
          "--cluster-config-file",
          join(dir, "nodes.conf"),
          "--cluster-node-timeout",
          String(options.nodeTimeoutMs),
          "--save",
          "",
          "--appendonly",
          "no",
          "--maxmemory",
          "128mb",
          "--maxmemory-policy",
          "noeviction",
        ],
        { logFile: join(dir, "redis.log") },
      ),
    );
  }
  const cli = (port: number, ...args: string[]) =>
    run("redis-cli", ["-h", "127.0.0.1", "-p", String(port), ...args]);
  for (const port of options.ports)
    await waitUntil(`redis ${port}`, async () => (await cli(port, "ping")).trim() === "PONG", 10_000);
  const create = () =>
    run("redis-cli", [
      "--cluster",
      "create",
      ...options.ports.map((port) => `127.0.0.1:${port}`),
      "--cluster-replicas",
      "1",
      "--cluster-yes",
    ]);
  // on a loaded machine a CLUSTER MEET can fail: start over from empty nodes, twice at most
  for (let attempt = 1; ; attempt++) {
    try {
      await create();
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      for (const port of options.ports) {
        await cli(port, "flushall").catch(() => undefined);
        await cli(port, "cluster", "reset", "hard");
      }
    }
  }
  const waitHealthy = async (timeoutMs: number, fromPort: number) =>
    waitUntil(
      "every hash slot served",
      async () => (await cli(fromPort, "cluster", "info")).includes("cluster_state:ok"),
      timeoutMs,
    );
  for (const port of options.ports) await waitHealthy(20_000, port);

  const cluster: LocalRedisCluster = {
    nodes: options.ports.map((port) => `127.0.0.1:${port}`),
    async masterOf(key) {
      const live = options.ports.find((port) => isRunning(daemons.get(port)!))!;
      const slot = Number((await cli(live, "cluster", "keyslot", key)).trim());
      const nodes = await cli(live, "cluster", "nodes");
      for (const line of nodes.split("\n")) {
        const [, address, flags, , , , , state, ...ranges] = line.split(" ");
        if (!flags?.includes("master") || flags.includes("fail") || state !== "connected") continue;
        for (const range of ranges) {
          const [from, to = from] = range.split("-").map(Number);
          if (slot >= from && slot <= to) return Number(address.split(":")[1].split("@")[0]);
        }
      }
      throw new Error(`no master serves slot ${slot}`);
    },
    async waitForNewMaster(key, formerPort, timeoutMs) {
      let master = formerPort;
      await waitUntil(
        `a new master for ${key}`,
        async () => {
          master = await cluster.masterOf(key);
          return master !== formerPort;
        },
        timeoutMs,
      );
      return master;
    },
    async countKeys(pattern) {
      let count = 0;
      for (const port of options.ports.filter((p) => isRunning(daemons.get(p)!))) {
        if (!(await cli(port, "role")).startsWith("master")) continue;
        count += (await cli(port, "--scan", "--pattern", pattern)).split("\n").filter(Boolean).length;
      }
      return count;
    },
    kill: (port) => daemons.get(port)!.kill(),
    waitHealthy,
    async stop() {
      await Promise.all([...daemons.values()].map((daemon) => daemon.kill()));
    },
  };
  return cluster;
}

const isRunning = (daemon: Daemon) => daemon.child.exitCode === null && daemon.child.signalCode === null;
