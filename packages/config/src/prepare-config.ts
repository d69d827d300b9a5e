import { resolveDataDir } from "./data-dir";
import { useDevelopmentSecret } from "./development-secret";
import type { ServiceConfig } from "./parse-config";

/**
 * What `parseConfig` leaves to the process because it touches the filesystem: the data directory
 * anchored at the repository root, and the development secret read (or made) there.
 */
export function prepareConfig(config: ServiceConfig, cwd: string = process.cwd()): ServiceConfig {
  return useDevelopmentSecret(resolveDataDir(config, cwd));
}
