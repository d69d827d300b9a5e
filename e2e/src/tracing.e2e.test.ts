import { waitFor } from "@careergraph/test-servers";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { postGraphQL } from "@careergraph/testing";
import { freeStackPorts, localGraphqlUrl, WatchedProcess } from "./child-process";

const REPO = join(__dirname, "..", "..");

interface ExportedSpan {
  service: string;
  traceId: string;
  name: string;
  attributes: Record<string, unknown>;
}

/** An OTLP/HTTP (JSON) collector: keeps every span it is sent, with its service's name. */
async function startCollector(): Promise<{ url: string; spans: ExportedSpan[]; server: Server }> {
  const spans: ExportedSpan[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
      // only traces, as JSON (the SDK may also send other signals)
      if (req.url !== "/v1/traces" || !String(req.headers["content-type"]).includes("json")) return;
      const raw = Buffer.concat(chunks);
      const body = (req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
      type Value = { stringValue?: string; intValue?: string };
      type Attribute = { key: string; value: Value };
      const payload = JSON.parse(body) as {
        resourceSpans: {
          resource: { attributes: Attribute[] };
          scopeSpans: { spans: { traceId: string; name: string; attributes: Attribute[] }[] }[];
        }[];
      };
      const flat = (attributes: Attribute[]) =>
        Object.fromEntries(attributes.map((a) => [a.key, a.value.stringValue ?? a.value.intValue]));
      for (const resource of payload.resourceSpans) {
        const service = String(flat(resource.resource.attributes)["service.name"]);
        for (const scope of resource.scopeSpans)
          for (const span of scope.spans)
            spans.push({
              service,
              traceId: span.traceId,
              name: span.name,
              attributes: flat(span.attributes),
            });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, server };
}

describe("OpenTelemetry tracing", () => {
  it("is not even loaded when OTEL_EXPORTER_OTLP_ENDPOINT is unset", () => {
    const loaded = execFileSync(
      process.execPath,
      [
        "-e",
        `require("@careergraph/tracing/register"); require("@careergraph/service");
         process.stdout.write(String(Object.keys(require.cache).filter((k) => k.includes("@opentelemetry/sdk-node")).length))`,
      ],
      { cwd: REPO, env: { ...process.env, NODE_OPTIONS: undefined, OTEL_EXPORTER_OTLP_ENDPOINT: undefined } },
    ).toString();
    expect(loaded).toBe("0");
  });

  it("follows a request from the gateway through the subgraphs to PostgreSQL, with its request id on every span", async () => {
    const collector = await startCollector();
    const dataDir = mkdtempSync(join(tmpdir(), "careergraph-trace-"));
    const ports = await freeStackPorts();
    const url = localGraphqlUrl;
    const stack = new WatchedProcess(
      process.execPath,
      ["scripts/start.mjs", "--no-build"],
      {
        ...process.env,
        NODE_OPTIONS: undefined,
        DATABASE_URL: undefined,
        REDIS_URL: undefined,
        NODE_ENV: "development",
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        PORT: String(ports.gateway),
        ROLES_URL: url(ports.roles),
        GUIDES_URL: url(ports.guides),
        PROGRESS_URL: url(ports.progress),
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_BSP_SCHEDULE_DELAY: "100",
      },
      REPO,
    );
    try {
      await stack.waitFor(/careergraph is up/);
      const requestId = "trace-me-0001";
      const answer = await postGraphQL(
        url(ports.gateway),
        `{ role(slug: "devops-engineer") { title questionCount guide { headline } } }`,
        {},
        { headers: { "x-request-id": requestId } },
      );
      expect(answer.body.errors).toBeUndefined();
      const ofRequest = () =>
        collector.spans.filter((span) => span.attributes["careergraph.request_id"] === requestId);
      const services = () => new Set(ofRequest().map((span) => span.service));
      await waitFor("spans of the gateway, roles and guides", () =>
        ["careergraph-gateway", "careergraph-roles", "careergraph-guides"].every((name) =>
          services().has(name),
        ),
      );
      await waitFor("a database span from roles", () =>
        ofRequest().some(
          (span) =>
            span.service === "careergraph-roles" &&
            (span.attributes["db.system.name"] ?? span.attributes["db.system"]) === "postgresql",
        ),
      );
      // one trace: the subgraphs' spans continue the gateway's
      expect(new Set(ofRequest().map((span) => span.traceId)).size).toBe(1);
      expect(
        ofRequest().some((span) => span.service === "careergraph-gateway" && span.name.startsWith("POST")),
      ).toBe(true);
    } finally {
      stack.signal("SIGTERM");
      await stack.exited;
      collector.server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
