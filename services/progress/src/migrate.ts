import "reflect-metadata";
import { runMigrate } from "@careergraph/service";
import { progressSubgraph } from "./definition";

runMigrate(progressSubgraph);
