import { answeringServers } from "./probe";

/** Prints the servers that answer, comma-separated: what `describeWith` runs in a child process. */
answeringServers(process.env.PG_SERVER_URL!, process.env.REDIS_URL!).then(
  (servers) => process.stdout.write(servers.join(",")),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
