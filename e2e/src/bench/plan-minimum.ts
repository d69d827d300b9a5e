import { readFileSync } from "node:fs";
import { join } from "node:path";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { QueryPlanner, type PlanNode, type QueryPlan } from "@apollo/query-planner";
import { parse } from "graphql";

let planner: { supergraph: Supergraph; planner: QueryPlanner } | undefined;

function queryPlanner() {
  if (!planner) {
    const sdl = readFileSync(
      join(__dirname, "..", "..", "..", "gateway", "supergraph.graphql"),
      "utf8",
    ).replace(
      /(@link\(url: "https:\/\/specs\.apollo\.dev\/requiresScopes\/v[\d.]+"), for: SECURITY\)/,
      "$1)",
    );
    const supergraph = Supergraph.build(sdl);
    planner = { supergraph, planner: new QueryPlanner(supergraph) };
  }
  return planner;
}

function fetches(node: PlanNode | undefined): number {
  if (!node) return 0;
  switch (node.kind) {
    case "Fetch":
      return 1;
    case "Sequence":
    case "Parallel":
      return node.nodes.reduce((sum, child) => sum + fetches(child), 0);
    case "Flatten":
      return fetches(node.node);
    case "Defer":
      return fetches(node.primary.node) + node.deferred.reduce((sum, d) => sum + fetches(d.node), 0);
    case "Condition":
      return Math.max(fetches(node.ifClause), fetches(node.elseClause));
    default:
      return 0;
  }
}

/** The subgraph requests of the operation's query plan: the fewest a gateway can send for it. */
export function planMinimum(query: string): number {
  const { supergraph, planner: qp } = queryPlanner();
  const operation = operationFromDocument(supergraph.schema, parse(query));
  const plan: QueryPlan = qp.buildQueryPlan(operation);
  return fetches(plan.node as PlanNode | undefined);
}
