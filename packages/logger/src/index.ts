import pino, { type Logger } from "pino";

export type { Logger };

/** JSON-lines logger for one service; authorization headers and tokens never reach the logs. */
export function createLogger(service: string, level = "info"): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: {
      paths: ["req.headers.authorization", "headers.authorization", "authorization", "token", "*.password"],
      censor: "[redacted]",
    },
  });
}
