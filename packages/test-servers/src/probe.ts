import { accessSync, constants } from "node:fs";
import { createConnection } from "node:net";
import { delimiter, join } from "node:path";
import { Client } from "pg";
import type { TestServer } from "./test-servers";

/** The servers that answer now: PostgreSQL and Redis at these URLs, and redis-server on PATH. */
export async function answeringServers(postgresUrl: string, redisUrl: string): Promise<TestServer[]> {
  const [postgres, redis] = await Promise.all([postgresAnswers(postgresUrl), redisAnswers(redisUrl)]);
  const available: TestServer[] = [];
  if (postgres) available.push("postgres");
  if (redis) available.push("redis");
  if (onPath("redis-server")) available.push("redis-server");
  return available;
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (reply) => done(/^(\+PONG|-NOAUTH)/.test(reply.toString())));
  });
}

function onPath(program: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
