import type { Logger } from "@careergraph/logger";
import { isUuid, serviceUnavailable } from "@careergraph/schema";

/** Where another subgraph answers, for a subgraph that asks it about entities. */
export interface EntitiesClientOptions {
  /** The other subgraph's GraphQL URL. */
  url: string;
  logger: Logger;
  timeoutMs?: number;
}

/** Which entities to ask for: their type, the fields wanted (with `id`), and what errors call them. */
export interface EntitiesRequest {
  typename: string;
  selection: string;
  what: string;
}

interface EntitiesResponse<T> {
  data?: { _entities?: (T | null)[] } | null;
  errors?: { message: string }[];
}

/**
 * Asks another subgraph for entities by id, in one `_entities` request. Results are in id order,
 * `null` for an id it does not serve (unknown, or not published). A subgraph that cannot answer is
 * SERVICE_UNAVAILABLE: the caller must not guess.
 */
export async function fetchEntitiesById<T extends { id: string }>(
  options: EntitiesClientOptions,
  request: EntitiesRequest,
  ids: readonly string[],
  requestId?: string,
): Promise<(T | null)[]> {
  const asked = [...new Set(ids.filter(isUuid))];
  if (asked.length === 0) return ids.map(() => null);
  const body = await postEntities<T>(options, request, asked, requestId);
  const entities = body.data?._entities;
  if (body.errors?.length || !Array.isArray(entities) || entities.length !== asked.length) {
    options.logger.error(
      { requestId, errors: body.errors, url: options.url },
      "_entities answered with errors",
    );
    throw serviceUnavailable(request.what);
  }
  const byId = new Map<string, T>();
  entities.forEach((entity, i) => {
    if (entity && entity.id === asked[i]) byId.set(entity.id, entity);
  });
  return ids.map((id) => byId.get(id) ?? null);
}

async function postEntities<T>(
  options: EntitiesClientOptions,
  request: EntitiesRequest,
  ids: string[],
  requestId?: string,
): Promise<EntitiesResponse<T>> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (requestId) headers["x-request-id"] = requestId;
  const query = `query($r:[_Any!]!){ _entities(representations:$r){ ... on ${request.typename} { ${request.selection} } } }`;
  try {
    const response = await fetch(options.url, {
      method: "POST",
      headers,
      body: JSON.stringify({
        query,
        variables: { r: ids.map((id) => ({ __typename: request.typename, id })) },
      }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
    if (!response.ok) throw new Error(`${options.url} answered HTTP ${response.status}`);
    return (await response.json()) as EntitiesResponse<T>;
  } catch (error) {
    options.logger.error({ err: error, requestId, url: options.url }, "a subgraph did not answer _entities");
    throw serviceUnavailable(request.what);
  }
}
