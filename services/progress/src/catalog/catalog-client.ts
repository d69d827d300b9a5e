import { serviceUnavailable, isUuid } from "@careergraph/federation";
import type { Logger } from "@careergraph/logger";

/** What progress needs to know about a question: that it is published, and its role. */
export interface CatalogQuestion {
  id: string;
  roleId: string;
}

export interface CatalogClientOptions {
  /** The roles subgraph's GraphQL URL. */
  url: string;
  logger: Logger;
  timeoutMs?: number;
}

const ENTITIES_QUERY = `query($r:[_Any!]!){ _entities(representations:$r){ ... on Question { id role { id } } } }`;

interface EntitiesResponse {
  data?: { _entities?: ({ id: string; role: { id: string } } | null)[] } | null;
  errors?: { message: string }[];
}

/**
 * Asks the roles subgraph which of these questions are published, in one `_entities` request.
 * Results are in id order, `null` for a question that does not exist or is not published. A roles
 * subgraph that cannot answer is SERVICE_UNAVAILABLE: the caller must not guess.
 */
export async function fetchCatalogQuestions(
  options: CatalogClientOptions,
  ids: readonly string[],
  requestId?: string,
): Promise<(CatalogQuestion | null)[]> {
  const asked = [...new Set(ids.filter(isUuid))];
  if (asked.length === 0) return ids.map(() => null);
  const body = await postEntities(options, asked, requestId);
  const entities = body.data?._entities;
  if (body.errors?.length || !Array.isArray(entities) || entities.length !== asked.length) {
    options.logger.error(
      { requestId, errors: body.errors },
      "the roles subgraph answered _entities with errors",
    );
    throw serviceUnavailable("the question catalog");
  }
  const byId = new Map<string, CatalogQuestion>();
  entities.forEach((entity, i) => {
    if (entity && entity.id === asked[i]) byId.set(entity.id, { id: entity.id, roleId: entity.role.id });
  });
  return ids.map((id) => byId.get(id) ?? null);
}

async function postEntities(
  options: CatalogClientOptions,
  ids: string[],
  requestId?: string,
): Promise<EntitiesResponse> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (requestId) headers["x-request-id"] = requestId;
  try {
    const response = await fetch(options.url, {
      method: "POST",
      headers,
      body: JSON.stringify({
        query: ENTITIES_QUERY,
        variables: { r: ids.map((id) => ({ __typename: "Question", id })) },
      }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
    if (!response.ok) throw new Error(`roles subgraph answered HTTP ${response.status}`);
    return (await response.json()) as EntitiesResponse;
  } catch (error) {
    options.logger.error({ err: error, requestId, url: options.url }, "the roles subgraph did not answer");
    throw serviceUnavailable("the question catalog");
  }
}
