import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { composeSupergraph } from "./compose";
import { SUPERGRAPH_PATH } from "./supergraph-file";

composeSupergraph().then(
  (sdl) => {
    writeFileSync(SUPERGRAPH_PATH, sdl);
    process.stdout.write(`wrote ${SUPERGRAPH_PATH}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
