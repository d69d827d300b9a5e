import type { Logger } from "@careergraph/logger";
import { isSlug, isUuid, serviceUnavailable } from "@careergraph/schema";
import { internalKey, signRequest, SIGNATURE_HEADER, type InternalKeySource } from "./internal-signature";

/** Where another subgraph answers, for a subgraph that asks it about entities. */
export interface EntitiesClientOptions {
  /** The other subgraph's GraphQL URL. */
  url: string;
  logger: Logger;
  /** The internal key, which signs the request (subgraphs answer `_entities` to signed callers only). */
  key: Buffer | undefined;
  timeoutMs?: number;
}

/** How a subgraph asks another one, by name, from its configuration: its URL, and the key that signs. */
export function entitiesClientOf(
  config: InternalKeySource & { subgraphs: Record<"roles" | "guides" | "progress", string> },
  logger: Logger,
  subgraph: "roles" | "guides" | "progress",
): EntitiesClientOptions {
  return { url: config.subgraphs[subgraph], logger, key: internalKey(config) };
}

/**
 * Which entities to ask for: their type, the key they are asked by (`id` unless said otherwise, or
 * another `@key` field such as `slug`), the fields wanted (with the key), and what errors call them.
 */
export interface EntitiesRequest {
  typename: string;
  key?: "id" | "slug";
  selection: string;
  what: string;
}

const VALID_KEY = { id: isUuid, slug: isSlug };

interface EntitiesResponse<T> {
  data?: { _entities?: (T | null)[] } | null;
  errors?: { message: string }[];
}

/**
 * Asks another subgraph for entities by key, in one `_entities` request. Results are in key order,
 * `null` for a key it does not serve (unknown, or not published). A subgraph that cannot answer is
 * SERVICE_UNAVAILABLE: the caller must not guess.
 */
export async function fetchEntities<T extends object>(
  options: EntitiesClientOptions,
  request: EntitiesRequest,
  keys: readonly string[],
  requestId?: string,
): Promise<(T | null)[]> {
  const key = request.key ?? "id";
  const asked = [...new Set(keys.filter(VALID_KEY[key]))];
  if (asked.length === 0) return keys.map(() => null);
  const body = await postEntities<T>(options, request, asked, requestId);
  const entities = body.data?._entities;
  if (body.errors?.length || !Array.isArray(entities) || entities.length !== asked.length) {
    options.logger.error(
      { requestId, errors: body.errors, url: options.url },
      "_entities answered with errors",
    );
    throw serviceUnavailable(request.what);
  }
  const byKey = new Map<string, T>();
  entities.forEach((entity, i) => {
    if (entity && (entity as Record<string, unknown>)[key] === asked[i]) byKey.set(asked[i], entity);
  });
  return keys.map((value) => byKey.get(value) ?? null);
}

async function postEntities<T>(
  options: EntitiesClientOptions,
  request: EntitiesRequest,
  keys: string[],
  requestId?: string,
): Promise<EntitiesResponse<T>> {
  const key = request.key ?? "id";
  const query = `query($r:[_Any!]!){ _entities(representations:$r){ ... on ${request.typename} { ${request.selection} } } }`;
  const body = JSON.stringify({
    query,
    variables: { r: keys.map((value) => ({ __typename: request.typename, [key]: value })) },
  });
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (requestId) headers["x-request-id"] = requestId;
  if (options.key) {
    const { pathname, search } = new URL(options.url);
    headers[SIGNATURE_HEADER] = signRequest(options.key, { method: "POST", path: pathname + search, body });
  }
  try {
    const response = await fetch(options.url, {
      method: "POST",
      headers,
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
    if (!response.ok) throw new Error(`${options.url} answered HTTP ${response.status}`);
    return (await response.json()) as EntitiesResponse<T>;
  } catch (error) {
    options.logger.error({ err: error, requestId, url: options.url }, "a subgraph did not answer _entities");
    throw serviceUnavailable(request.what);
  }
}
