import "reflect-metadata";
import { runMigrate } from "@careergraph/service";
import { rolesSubgraph } from "./definition";

runMigrate(rolesSubgraph);
