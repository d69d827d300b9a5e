import "reflect-metadata";
import { runMigrate } from "@careergraph/service";
import { guidesSubgraph } from "./definition";

runMigrate(guidesSubgraph);
