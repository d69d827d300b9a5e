import type { ServiceConfig } from "@careergraph/config";

/** Whether a server answers on the config's port: its embedded database must not be opened twice. */
export async function serverIsRunning(config: ServiceConfig): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${config.port}/healthz`, {
      signal: AbortSignal.timeout(1000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
