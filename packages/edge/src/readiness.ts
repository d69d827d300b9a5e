/** A dependency check for `/readyz`: resolves "ok" or "degraded", rejects when the dependency is down. */
export type ReadinessCheck = () => Promise<"ok" | "degraded">;

export interface ReadinessReport {
  status: "ok" | "degraded" | "down";
  checks: Record<string, "ok" | "degraded" | "down">;
}

/**
 * Runs every check, each bounded by `timeoutMs`. A `required` check that fails makes the server
 * not ready ("down"); an optional one only degrades it (the cache, say: slower, not broken).
 */
export async function checkReadiness(
  checks: Record<string, { check: ReadinessCheck; required: boolean }>,
  timeoutMs = 2000,
): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, { check, required }]) => {
      const outcome = await withTimeout(check(), timeoutMs).catch(() => "down" as const);
      return [name, outcome, required] as const;
    }),
  );
  const down = entries.some(([, outcome, required]) => outcome === "down" && required);
  const degraded = entries.some(([, outcome]) => outcome !== "ok");
  return {
    status: down ? "down" : degraded ? "degraded" : "ok",
    checks: Object.fromEntries(entries.map(([name, outcome]) => [name, outcome])),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
