import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * JSON-lines logger for one service; authorization headers and tokens never reach the logs.
 * Logs go to stdout unless a destination is given (tests read them back).
 */
export function createLogger(service: string, level = "info", destination?: DestinationStream): Logger {
  const options = {
    name: service,
    level,
    base: { service },
    redact: {
      paths: ["req.headers.authorization", "headers.authorization", "authorization", "token", "*.password"],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
