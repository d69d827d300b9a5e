// Part of `npm run build`: writes dist/empty-cluster/ and dist/empty-cluster.tar.gz (see empty-cluster.ts).
import { EMPTY_CLUSTER_DIR, writeEmptyCluster } from "./empty-cluster";

writeEmptyCluster().then(
  () => process.stdout.write(`wrote ${EMPTY_CLUSTER_DIR}\n`),
  (error: unknown) => {
    process.stderr.write(`could not write the empty cluster: ${String(error)}\n`);
    process.exit(1);
  },
);
