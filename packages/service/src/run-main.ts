import { formatConfigErrors, parseConfig, type ServiceConfig, type ServiceName } from "@careergraph/config";
import { createLogger, type Logger } from "@careergraph/logger";

/**
 * The one place a process reads its environment: parses it (exit 1 with every problem listed),
 * starts the service, and stops it cleanly on SIGINT or SIGTERM.
 */
export function runMain(
  name: ServiceName,
  start: (config: ServiceConfig, logger: Logger) => Promise<{ stop(): Promise<void> }>,
): void {
  const parsed = parseConfig(process.env, name);
  if (!parsed.ok) {
    process.stderr.write(formatConfigErrors(name, parsed.errors) + "\n");
    process.exit(1);
  }
  const logger = createLogger(name, parsed.config.logLevel);
  start(parsed.config, logger).then(
    (running) => {
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, "shutting down");
        // the drain is bounded; this only catches a stop that hangs after it
        const force = setTimeout(
          () => process.exit(1),
          parsed.config.operations.shutdownDrainTimeoutMs + 10_000,
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
