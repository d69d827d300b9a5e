import "reflect-metadata";
import { runSeed } from "@careergraph/service";
import { guidesSubgraph } from "./definition";

runSeed(guidesSubgraph);
