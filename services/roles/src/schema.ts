import { authChecker } from "@careergraph/auth";
import { buildFederatedSchema } from "@careergraph/schema";
import type { RolesContext } from "./context";
import { AuditResolver } from "./audit/audit.resolver";
import { QuestionAuthoringResolver } from "./question/question-authoring.resolver";
import { QuestionResolver } from "./question/question.resolver";
import { RoleAuthoringResolver } from "./role/role-authoring.resolver";
import { RoleResolver } from "./role/role.resolver";
import { TopicResolver } from "./topic/topic.resolver";

/** How the router names a Role: by id or by slug (both are keys). */
interface RoleRepresentation {
  id?: string;
  slug?: string;
}

/** The roles subgraph's schema; entity references resolve through the request's loaders. */
export function buildRolesSchema() {
  return buildFederatedSchema({
    resolvers: [
      RoleResolver,
      QuestionResolver,
      TopicResolver,
      RoleAuthoringResolver,
      QuestionAuthoringResolver,
      AuditResolver,
    ],
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
