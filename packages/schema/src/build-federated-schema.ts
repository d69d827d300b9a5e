import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { GraphQLDateTime } from "graphql-scalars";
import gql from "graphql-tag";
import type { GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@cost", "@listSize", "@requiresScopes", "@authenticated"])`;

/** `__resolveReference` (and any other hand-written resolvers) per type name. */
export type ReferenceResolvers = Record<string, Record<string, unknown>>;

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions["resolvers"];
  orphanedTypes?: BuildSchemaOptions["orphanedTypes"];
  authChecker?: BuildSchemaOptions["authChecker"];
  referenceResolvers?: ReferenceResolvers;
}

/**
 * Builds the subgraph's schema code first with type-graphql, prints it with its federation
 * directives, and hands that SDL to `buildSubgraphSchema` with the resolvers type-graphql made
 * plus the reference resolvers, which type-graphql cannot express.
 */
export async function buildFederatedSchema(
  options: FederatedSchemaOptions,
): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const codeFirst = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: options.authChecker,
    authMode: "error",
    validate: false,
    skipCheck: true,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  });
  const sdl = [FEDERATION_LINK, printSchemaWithDirectives(codeFirst)].join("\n\n");
  const resolvers = mergeResolverMaps(
    createResolversMap(codeFirst) as ReferenceResolvers,
    options.referenceResolvers ?? {},
  );
  const schema = buildSubgraphSchema({
    typeDefs: gql(sdl),
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
  return { schema, sdl };
}

function mergeResolverMaps(base: ReferenceResolvers, extra: ReferenceResolvers): ReferenceResolvers {
  const merged: ReferenceResolvers = { ...base };
  for (const [typeName, fields] of Object.entries(extra))
    merged[typeName] = { ...(base[typeName] ?? {}), ...fields };
  return merged;
}
