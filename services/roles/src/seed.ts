import "reflect-metadata";
import { runSeed } from "@careergraph/service";
import { rolesSubgraph } from "./definition";

runSeed(rolesSubgraph);
