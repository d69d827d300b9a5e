import type { AddressInfo } from "node:net";
import { CONFIG_VARIABLES, parseConfig, type ServiceName } from "@careergraph/config";
import { createHttpApp } from "@careergraph/edge";
import { createLogger } from "@careergraph/logger";
import { schemaErrors } from "./kubernetes-schemas";
import { hasKubectl, kustomize, type KubeObject } from "./manifests";

/**
 * deploy/kubernetes, rendered by kustomize (kubectl's) and checked offline: every object against its
 * Kubernetes API schema (kubernetes-models), then against the code: the variables the config parser
 * reads, the ports the servers listen on, the probe paths they answer.
 */
const SERVERS: ServiceName[] = ["gateway", "roles", "guides", "progress"];
const SUBGRAPHS = SERVERS.filter((s) => s !== "gateway");
const FOLDERS = ["deploy/kubernetes/base", "deploy/kubernetes/overlays/production"];

const describeRendered = hasKubectl() || process.env.CI === "true" ? describe : describe.skip;
if (!hasKubectl())
  process.stderr.write(
    `${process.env.CI === "true" ? "failing" : "not run"}: deploy/src/kubernetes.test.ts needs kubectl (its kustomize renders the manifests); with it on PATH: npx jest deploy/src/kubernetes.test.ts\n`,
  );

type Container = {
  name: string;
  command: string[];
  ports?: { name: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string } }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
};

const containerOf = (object: KubeObject): Container => object.spec.template.spec.containers[0] as Container;

describeRendered.each(FOLDERS)("%s", (folder) => {
  let objects: KubeObject[];
  beforeAll(() => {
    objects = kustomize(folder);
  });
  const find = (kind: string, name: string) =>
    objects.find((o) => o.kind === kind && o.metadata.name === name);
  const configMap = () => objects.find((o) => o.kind === "ConfigMap")!;

  it("renders, and every object is valid against its Kubernetes API schema", () => {
    expect(objects.length).toBeGreaterThan(15);
    expect(objects.flatMap(schemaErrors)).toEqual([]);
  });

  it.each(SERVERS)(
    "runs %s as a Deployment behind a Service, on the port the config parser gives it",
    (server) => {
      const deployment = find("Deployment", server)!;
      const service = find("Service", server)!;
      expect(deployment).toBeDefined();
      expect(service).toBeDefined();
      const container = containerOf(deployment);
      const config = parseConfig(
        {
          NODE_ENV: "production",
          AUTH_JWT_SECRET: "x".repeat(32),
          ANALYTICS_PSEUDONYM_SECRET: "y".repeat(32),
        },
        server,
      );
      if (!config.ok) throw new Error(config.errors.join("; "));
      const port = container.env!.find((e) => e.name === "PORT")?.value;
      expect(Number(port)).toBe(config.config.port);
      expect(container.ports).toEqual([
        { name: "http", containerPort: config.config.port },
        { name: "admin", containerPort: config.config.adminPort },
      ]);
      expect(deployment.spec.template.metadata.annotations["prometheus.io/port"]).toBe(
        String(config.config.adminPort),
      );
      expect(service.spec.ports[0].targetPort).toBe("http");
      expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
      expect(container.command.join(" ")).toBe(
        `node ${server === "gateway" ? "gateway" : `services/${server}`}/dist/main.js`,
      );
    },
  );

  it.each(SERVERS)("probes %s where it answers: /readyz for readiness, /healthz for liveness", (server) => {
    const container = containerOf(find("Deployment", server)!);
    expect(container.readinessProbe?.httpGet).toEqual({ path: "/readyz", port: "http" });
    expect(container.livenessProbe?.httpGet).toEqual({ path: "/healthz", port: "http" });
    expect(container.resources?.requests?.cpu).toBeDefined();
    expect(container.resources?.requests?.memory).toBeDefined();
    expect(container.resources?.limits?.memory).toBeDefined();
  });

  it("gives every variable the config parser reads, and none it does not read", () => {
    const configured = Object.keys(configMap().data ?? {});
    const unknown = configured.filter((name) => !CONFIG_VARIABLES.includes(name));
    expect(unknown).toEqual([]);
    for (const server of SERVERS) {
      const container = containerOf(find("Deployment", server)!);
      expect(container.envFrom).toEqual([{ configMapRef: { name: configMap().metadata.name } }]);
      const own = (container.env ?? []).map((e) => e.name);
      expect(own.filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
      const given = new Set([...configured, ...own]);
      const missing = CONFIG_VARIABLES.filter((name) => !given.has(name));
      // a secret a server does not use is not handed to it (DATABASE_URL to the gateway, the pseudonym key)
      const notNeeded: Record<ServiceName, string[]> = {
        gateway: ["DATABASE_URL", "DATABASE_READ_URLS", "ANALYTICS_PSEUDONYM_SECRET"],
        roles: ["ANALYTICS_PSEUDONYM_SECRET"],
        guides: ["ANALYTICS_PSEUDONYM_SECRET"],
        progress: [],
      };
      expect(missing.sort()).toEqual(notNeeded[server].sort());
    }
  });

  it("keeps secrets in the Secret: the keys, the pseudonym key and the database URLs come by secretKeyRef", () => {
    const secrets = [
      "AUTH_JWT_SECRET",
      "INTERNAL_API_SECRET",
      "ANALYTICS_PSEUDONYM_SECRET",
      "DATABASE_URL",
      "DATABASE_READ_URLS",
    ];
    expect(Object.keys(configMap().data ?? {}).filter((name) => secrets.includes(name))).toEqual([]);
    const progress = containerOf(find("Deployment", "progress")!);
    for (const name of secrets)
      expect(progress.env!.find((e) => e.name === name)?.valueFrom?.secretKeyRef?.key).toBe(name);
  });

  it("points the gateway at the subgraphs' Services, and never migrates in a server", () => {
    const data = configMap().data!;
    for (const subgraph of SUBGRAPHS) {
      const url = new URL(data[`${subgraph.toUpperCase()}_URL`]);
      expect(url.hostname).toBe(subgraph);
      expect(find("Service", subgraph)!.spec.ports[0].port).toBe(Number(url.port || 80));
    }
    expect(data.MIGRATE_ON_START).toBe("false");
    expect(data.NODE_ENV).toBe("production");
  });

  it("runs every subgraph's migrations in a Job, before the rollout", () => {
    const job = find("Job", "migrate")!;
    const command = containerOf(job).command.join(" ");
    for (const subgraph of SUBGRAPHS) expect(command).toContain(`node services/${subgraph}/dist/migrate.js`);
    expect(job.metadata).toMatchObject({ annotations: { "argocd.argoproj.io/hook": "PreSync" } });
  });

  it.each(SERVERS)("keeps %s available through disruptions and scales it on CPU", (server) => {
    const budget = objects.find((o) => o.kind === "PodDisruptionBudget" && o.metadata.name === server)!;
    expect(budget.spec.selector.matchLabels).toEqual(find("Deployment", server)!.spec.selector.matchLabels);
    const autoscaler = objects.find(
      (o) => o.kind === "HorizontalPodAutoscaler" && o.metadata.name === server,
    )!;
    expect(autoscaler.spec.scaleTargetRef).toEqual({
      apiVersion: "apps/v1",
      kind: "Deployment",
      name: server,
    });
    expect(autoscaler.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it("lets only the gateway (and the few subgraph-to-subgraph calls) reach the subgraphs", () => {
    const policies = objects.filter((o) => o.kind === "NetworkPolicy");
    const subgraphPolicy = policies.find(
      (p) => p.spec.podSelector.matchLabels?.["app.kubernetes.io/component"] === "subgraph",
    )!;
    expect(subgraphPolicy.spec.policyTypes).toEqual(["Ingress"]);
    expect(subgraphPolicy.spec.ingress[0]).toEqual({
      from: [{ podSelector: { matchLabels: { "app.kubernetes.io/component": "gateway" } } }],
      ports: [{ port: "http" }],
    });
    // beyond the gateway, only the metrics port, and only from the monitoring namespace
    expect((subgraphPolicy.spec.ingress as unknown[]).slice(1)).toEqual([
      {
        from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } } }],
        ports: [{ port: "admin" }],
      },
    ]);
    for (const subgraph of SUBGRAPHS)
      expect(find("Deployment", subgraph)!.spec.template.metadata.labels["app.kubernetes.io/component"]).toBe(
        "subgraph",
      );
    // no policy opens a subgraph to everyone
    const rules = policies.flatMap((p) => p.spec.ingress as { from?: unknown[] }[]);
    expect(rules.every((rule) => (rule.from ?? []).length > 0)).toBe(true);
  });
});

describe("the probe paths, as the servers answer them", () => {
  it("answers /healthz, /readyz and /metrics from the HTTP app every server is built on", async () => {
    const app = createHttpApp({ logger: createLogger("deploy-test", "silent"), readiness: {} });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      for (const path of ["/healthz", "/readyz", "/metrics"])
        expect((await fetch(`http://127.0.0.1:${port}${path}`)).status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
