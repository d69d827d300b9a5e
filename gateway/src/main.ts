import "reflect-metadata";
import { runMain } from "@careergraph/runtime";
import { startGateway } from "./start-gateway";

runMain("gateway", async (config, logger) => {
  const running = await startGateway(config, logger);
  process.stdout.write(`\ncareergraph is up: ${running.url}\n\n`);
  return running;
});
