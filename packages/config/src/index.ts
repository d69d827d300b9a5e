export { parseConfig, formatConfigErrors, DEVELOPMENT_JWT_SECRET } from "./parse-config";
export type { ServiceConfig, ConfigResult, ServiceName } from "./parse-config";
export type { OperationsConfig } from "./operations-config";
