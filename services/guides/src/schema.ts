import { authChecker } from "@careergraph/auth";
import { buildFederatedSchema } from "@careergraph/schema";
import { GuideAuditResolver } from "./audit/guide-audit.resolver";
import { GuideAuthoringResolver } from "./authoring/guide-authoring.resolver";
import type { GuidesContext } from "./context";
import { LearningPathResolver, findPath } from "./learning-path/learning-path.resolver";
import { RelatedGuideListResolver } from "./related/related-guide-list.resolver";
import { RoleGuidesResolver } from "./role/role-guides.resolver";
import { roleReference } from "./role/role-reference";

/** The guides subgraph's schema. A Role reference needs no lookup here: its id is all guides keys on. */
export function buildGuidesSchema() {
  return buildFederatedSchema({
    resolvers: [
      RoleGuidesResolver,
      RelatedGuideListResolver,
      LearningPathResolver,
      GuideAuthoringResolver,
      GuideAuditResolver,
    ],
    authChecker,
    referenceResolvers: {
      Role: { __resolveReference: (ref: { id: string }) => roleReference(ref.id) },
      LearningPath: {
        __resolveReference: async (ref: { slug: string }, { loaders }: GuidesContext) =>
          findPath(await loaders.learningPaths.load("all"), ref.slug),
      },
    },
  });
}
