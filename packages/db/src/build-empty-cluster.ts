// Part of `npm run build`: writes dist/empty-cluster/ and dist/empty-cluster.tar.gz (see cluster-image.ts).
import { EMPTY_CLUSTER, writeClusterImage } from "./cluster-image";

writeClusterImage(EMPTY_CLUSTER).then(
  () => process.stdout.write(`wrote ${EMPTY_CLUSTER.dir}\n`),
  (error: unknown) => {
    process.stderr.write(`could not write the empty cluster: ${String(error)}\n`);
    process.exit(1);
  },
);
