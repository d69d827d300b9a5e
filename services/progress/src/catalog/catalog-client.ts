import { fetchEntities, type EntitiesClientOptions } from "@careergraph/internal-calls";

/** What progress needs to know about a question: that it is published, and its role. */
export interface CatalogQuestion {
  id: string;
  roleId: string;
}

export type CatalogClientOptions = EntitiesClientOptions;

/**
 * Asks the roles subgraph which of these questions are published, in one `_entities` request.
 * Results are in id order, `null` for a question that does not exist or is not published.
 */
export async function fetchCatalogQuestions(
  options: CatalogClientOptions,
  ids: readonly string[],
  requestId?: string,
): Promise<(CatalogQuestion | null)[]> {
  const questions = await fetchEntities<{ id: string; role: { id: string } }>(
    options,
    { typename: "Question", selection: "id role { id }", what: "the question catalog" },
    ids,
    requestId,
  );
  return questions.map((q) => q && { id: q.id, roleId: q.role.id });
}
