export { parseConfig, formatConfigErrors, isLoopbackHost, CONFIG_VARIABLES } from "./parse-config";
export type { ServiceConfig, ConfigResult, ServiceName } from "./parse-config";
export { findRepositoryRoot, resolveDataDir } from "./data-dir";
export {
  useDevelopmentSecret,
  DEVELOPMENT_SECRET_FILE,
  DEVELOPMENT_PSEUDONYM_SECRET_FILE,
} from "./development-secret";
export { prepareConfig } from "./prepare-config";
export type { OperationsConfig } from "./operations-config";
