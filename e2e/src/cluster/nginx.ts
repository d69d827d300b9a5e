import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { connect } from "node:net";
import { run, startDaemon, waitUntil, type Daemon } from "./run-command";

const NGINX = "/usr/sbin/nginx";

/** One listening port of nginx and the replicas behind it. */
export interface Balancer {
  name: string;
  port: number;
  upstreams: number[];
  /**
   * What nginx tries again on the next replica. Client reads come as GET, which nginx retries
   * whenever a replica fails; POSTs (subgraph fetches, mutations) only when the replica never got
   * them (a refused connection): nginx never sends a non-idempotent request twice.
   */
  retryOn: string;
}

/** Installs Debian's nginx when this machine has none (the script's only install step). */
async function ensureNginx(): Promise<void> {
  if (existsSync(NGINX)) return;
  await run("apt-get", ["install", "-y", "-qq", "nginx-light"], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  }).catch(async () => {
    await run("apt-get", ["update", "-qq"]);
    await run("apt-get", ["install", "-y", "-qq", "nginx-light"], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  });
}

/** nginx.conf for the balancers: everything (pid, logs, temp files) under `dir`. */
function nginxConfig(dir: string, balancers: Balancer[]): string {
  const temp = (kind: string) => `${kind}_temp_path ${join(dir, "temp", kind)};`;
  const upstream = (b: Balancer) => `
  upstream ${b.name} {
${b.upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`).join("\n")}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${b.port};
    location / {
      proxy_pass http://${b.name};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream ${b.retryOn};
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;
      proxy_read_timeout 30s;
    }
  }`;
  return `daemon off;
worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 4096; }
http {
  access_log off;
  ${temp("client_body")}
  ${temp("proxy")}
  ${temp("fastcgi")}
  ${temp("uwsgi")}
  ${temp("scgi")}
${balancers.map(upstream).join("\n")}
}
`;
}

export async function startNginx(dir: string, balancers: Balancer[]): Promise<Daemon> {
  await ensureNginx();
  for (const kind of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"])
    await mkdir(join(dir, "temp", kind), { recursive: true, mode: 0o777 });
  const config = join(dir, "nginx.conf");
  await writeFile(config, nginxConfig(dir, balancers));
  await run(NGINX, ["-t", "-q", "-p", dir, "-c", config]);
  const daemon = startDaemon("nginx", NGINX, ["-p", dir, "-c", config], { logFile: join(dir, "nginx.out") });
  // a TCP connect only: a request would reach replicas not started yet and mark them failed
  await waitUntil("nginx", () => accepts(balancers[0].port), 10_000);
  return daemon;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
