import { authChecker } from "@careergraph/auth";
import { buildFederatedSchema } from "@careergraph/schema";
import { AnalyticsResolver } from "./analytics";
import { NoteResolver } from "./notes/note.resolver";
import { PracticeSyncResolver } from "./progress/practice-sync.resolver";
import { ProgressResolver } from "./progress/progress.resolver";
import { QuestionResolver } from "./question/question.resolver";
import { RoleReference } from "./role/role-reference";
import { RoleResolver } from "./role/role.resolver";
import { ViewerResolver } from "./viewer/viewer.resolver";

/**
 * The progress subgraph's schema. Question and Role are the roles subgraph's entities: a reference
 * is all progress needs of them (the router adds Role.questionCount for `@requires`), so
 * `__resolveReference` hands the representation on without a lookup.
 */
export function buildProgressSchema() {
  return buildFederatedSchema({
    resolvers: [
      QuestionResolver,
      RoleResolver,
      ProgressResolver,
      PracticeSyncResolver,
      NoteResolver,
      ViewerResolver,
      AnalyticsResolver,
    ],
    // Role is reached only through entity references, never from Query: it must be named to be printed.
    orphanedTypes: [RoleReference],
    authChecker,
    referenceResolvers: {
      Question: { __resolveReference: (ref: { id: string }) => ref },
      Role: { __resolveReference: (ref: { id: string; questionCount?: number }) => ref },
    },
  });
}
