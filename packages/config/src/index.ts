export {
  parseConfig,
  formatConfigErrors,
  DEVELOPMENT_JWT_SECRET,
  DEVELOPMENT_PSEUDONYM_SECRET,
} from "./parse-config";
export type { ServiceConfig, ConfigResult, ServiceName } from "./parse-config";
