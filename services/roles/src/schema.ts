import { authChecker } from "@careergraph/auth";
import { buildFederatedSchema } from "@careergraph/federation";
import type { RolesContext } from "./context";
import { QuestionResolver } from "./question/question.resolver";
import { RoleResolver } from "./role/role.resolver";

/** How the router names a Role: by id or by slug (both are keys). */
interface RoleRepresentation {
  id?: string;
  slug?: string;
}

/** The roles subgraph's schema; entity references resolve through the request's loaders. */
export function buildRolesSchema() {
  return buildFederatedSchema({
    resolvers: [RoleResolver, QuestionResolver],
    authChecker,
    referenceResolvers: {
      Role: {
        __resolveReference: (ref: RoleRepresentation, { loaders }: RolesContext) =>
          ref.id ? loaders.roleById.load(ref.id) : ref.slug ? loaders.roleBySlug.load(ref.slug) : null,
      },
      Question: {
        __resolveReference: (ref: { id: string }, { loaders }: RolesContext) =>
          loaders.questionById.load(ref.id),
      },
    },
  });
}
