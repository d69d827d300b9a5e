import { signToken } from "@careergraph/auth";
import { CONNECTIONS } from "./load";
import { learnerId } from "./seed-catalog";

/** What every benchmarked careergraph process gets: the signing secret, rate limits out of the way. */
export function benchEnv(secret: string): Record<string, string> {
  return {
    AUTH_JWT_SECRET: secret,
    RATE_LIMIT_ANONYMOUS_POINTS: "1000000000",
    RATE_LIMIT_LEARNER_POINTS: "1000000000",
    MIGRATE_ON_START: "false",
  };
}

/** One token per connection, each for its own synthetic learner (real traffic is many users). */
export function learnerTokens(secret: string): Promise<string[]> {
  return Promise.all(
    Array.from({ length: CONNECTIONS }, (_, i) =>
      signToken(secret, { sub: learnerId(i), roles: ["LEARNER"] }),
    ),
  );
}

/** Runs a benchmark script's `main` and exits with its outcome (the stack trace on failure). */
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
