// Part of `npm run build`: writes dist/empty-cluster.tar.gz (see empty-cluster.ts).
import { EMPTY_CLUSTER_FILE, writeEmptyClusterImage } from "./empty-cluster";

writeEmptyClusterImage().then(
  () => process.stdout.write(`wrote ${EMPTY_CLUSTER_FILE}\n`),
  (error: unknown) => {
    process.stderr.write(`could not write the empty cluster image: ${String(error)}\n`);
    process.exit(1);
  },
);
