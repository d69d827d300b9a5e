import { startTopology } from "./topology";

/**
 * `npm run cluster`: the replicated topology on this machine until Ctrl-C (or SIGTERM), when every
 * process it started ends and every file it made is removed.
 */
async function main(): Promise<void> {
  const log = (line: string) => process.stdout.write(`cluster: ${line}\n`);
  const topology = await startTopology({ log });
  log(`ready: ${topology.url} (Ctrl-C stops and removes everything)`);
  log(`a token: node packages/auth/dist/token-cli.js with AUTH_JWT_SECRET=${topology.jwtSecret}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    log("stopping");
    void topology.stop().then(() => {
      log("stopped, files removed");
      process.exit(0);
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`cluster: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
