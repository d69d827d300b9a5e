// Part of `npm run build`: writes dist/prepared-cluster/ and its tarball (see writePreparedCluster).
import "reflect-metadata";
import { runWritePreparedCluster } from "@careergraph/service";
import { guidesSubgraph } from "./definition";

runWritePreparedCluster(guidesSubgraph);
