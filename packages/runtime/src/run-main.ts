import { join } from "node:path";
import {
  DEVELOPMENT_SECRET_FILE,
  formatConfigErrors,
  parseConfig,
  prepareConfig,
  type ServiceConfig,
  type ServiceName,
} from "@careergraph/config";
import { createLogger, type Logger } from "@careergraph/logger";
import { collectProcessMetrics } from "@careergraph/metrics";

/**
 * Parses this process's environment for one service (exit 1 with every problem listed), then
 * prepares it (the data folder from the repository's root, the development secret): what every
 * server and command-line tool starts from.
 */
export function readConfig(name: ServiceName): ServiceConfig {
  const parsed = parseConfig(process.env, name);
  if (!parsed.ok) {
    process.stderr.write(formatConfigErrors(name, parsed.errors) + "\n");
    process.exit(1);
  }
  return prepareConfig(parsed.config);
}

/**
 * Runs a server: reads its configuration (`readConfig`), turns on the process's own metrics, starts
 * it, and stops it cleanly on SIGINT or SIGTERM.
 */
export function runMain(
  name: ServiceName,
  start: (config: ServiceConfig, logger: Logger) => Promise<{ stop(): Promise<void> }>,
): void {
  const config = readConfig(name);
  const logger = createLogger(name, config.logLevel);
  warnInDevelopment(config, logger);
  collectProcessMetrics();
  start(config, logger).then(
    (running) => {
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, "shutting down");
        // the drain is bounded; this only catches a stop that hangs after it
        const force = setTimeout(
          () => process.exit(1),
          config.operations.shutdownDrainTimeoutMs + 10_000,
        ).unref();
        running.stop().then(
          () => {
            clearTimeout(force);
            logger.info("stopped");
            process.exit(0);
          },
          (error: unknown) => {
            logger.error({ err: error }, "unclean shutdown");
            process.exit(1);
          },
        );
      };
      process.on("SIGINT", () => shutdown("SIGINT"));
      process.on("SIGTERM", () => shutdown("SIGTERM"));
    },
    (error: unknown) => {
      logger.fatal({ err: error }, `${name} failed to start`);
      process.exit(1);
    },
  );
}

/**
 * Runs a one-shot command (migrate, seed): reads its configuration, runs `task`, and exits 0; or
 * logs `${name}: ${what} failed` and exits 1.
 */
export function runOnce(
  name: ServiceName,
  what: string,
  task: (config: ServiceConfig, logger: Logger) => Promise<void>,
): void {
  const config = readConfig(name);
  const logger = createLogger(name, config.logLevel);
  task(config, logger).then(
    () => process.exit(0),
    (error: unknown) => {
      logger.fatal({ err: error }, `${name}: ${what} failed`);
      process.exit(1);
    },
  );
}

function warnInDevelopment(config: ServiceConfig, logger: Logger): void {
  if (config.nodeEnv === "production") return;
  logger.warn(
    { nodeEnv: config.nodeEnv, host: config.host, developmentSecret: config.auth.developmentSecret },
    config.auth.developmentSecret
      ? `development mode: tokens are signed with the generated secret in ${join(config.dataDir, DEVELOPMENT_SECRET_FILE)}; set NODE_ENV=production and AUTH_JWT_SECRET or AUTH_JWKS_URL to deploy`
      : "development mode: set NODE_ENV=production to deploy",
  );
}
