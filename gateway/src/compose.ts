import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { buildGuidesSchema } from "@careergraph/guides";
import { buildProgressSchema } from "@careergraph/progress";
import { buildRolesSchema } from "@careergraph/roles";
import type { SubgraphName } from "./subgraphs";

/** Where the supergraph file says each subgraph lives; the gateway overrides them from its config. */
const DEFAULT_URLS: Record<SubgraphName, string> = {
  roles: "http://127.0.0.1:4001/graphql",
  guides: "http://127.0.0.1:4002/graphql",
  progress: "http://127.0.0.1:4003/graphql",
};

/** Composes the supergraph from each subgraph's SDL, as its code prints it. */
export async function composeSupergraph(): Promise<string> {
  const builders: Record<SubgraphName, () => Promise<{ sdl: string }>> = {
    roles: buildRolesSchema,
    guides: buildGuidesSchema,
    progress: buildProgressSchema,
  };
  const services = await Promise.all(
    Object.entries(builders).map(async ([name, build]) => ({
      name,
      url: DEFAULT_URLS[name as SubgraphName],
      typeDefs: parse((await build()).sdl),
    })),
  );
  const result = composeServices(services);
  if (result.errors)
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  return result.supergraphSdl;
}
