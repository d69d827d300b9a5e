import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readConfig } from "@careergraph/runtime";
import { manifestPath, parseManifest, registerOperations } from "./persisted-queries";

/** `npm run queries:register -- FILE`: adds a client build's persisted-query manifest to the allowlist. */
function main(): void {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: npm run queries:register -- <persisted-query-manifest.json>\n");
    process.exit(2);
  }
  const target = manifestPath(readConfig("gateway"));
  try {
    // npm runs scripts at the repository root; the file is named relative to where the user stands
    const operations = parseManifest(
      JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? ".", file), "utf8")),
    );
    const total = registerOperations(target, operations);
    process.stdout.write(`registered ${operations.length} operations in ${target} (${total} in all)\n`);
  } catch (error) {
    process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

main();
