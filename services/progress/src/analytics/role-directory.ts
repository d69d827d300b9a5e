import { serviceUnavailable } from "@careergraph/schema";
import type { Logger } from "@careergraph/logger";

/** What analytics needs of a role it knows only by slug: its id and published question count. */
export interface RoleSummary {
  id: string;
  questionCount: number;
}

const ROLE_BY_SLUG = `query($r:[_Any!]!){ _entities(representations:$r){ ... on Role { id slug questionCount } } }`;

interface RoleEntitiesResponse {
  data?: { _entities?: ({ id: string; slug: string; questionCount: number } | null)[] } | null;
  errors?: { message: string }[];
}

/**
 * Progress stores no slugs: it asks the roles subgraph, which keys Role by slug too, with one
 * `_entities` request. `null` for a slug roles does not publish; SERVICE_UNAVAILABLE when roles
 * cannot answer, because a guess would be wrong figures.
 */
export async function fetchRoleBySlug(
  options: { url: string; logger: Logger; timeoutMs?: number },
  slug: string,
  requestId?: string,
): Promise<RoleSummary | null> {
  let body: RoleEntitiesResponse;
  try {
    const response = await fetch(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(requestId ? { "x-request-id": requestId } : {}),
      },
      body: JSON.stringify({ query: ROLE_BY_SLUG, variables: { r: [{ __typename: "Role", slug }] } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
    if (!response.ok) throw new Error(`roles subgraph answered HTTP ${response.status}`);
    body = (await response.json()) as RoleEntitiesResponse;
  } catch (error) {
    options.logger.error({ err: error, requestId, url: options.url }, "the roles subgraph did not answer");
    throw serviceUnavailable("the role catalog");
  }
  const entity = body.data?._entities?.[0];
  if (body.errors?.length || entity === undefined) {
    options.logger.error(
      { requestId, errors: body.errors },
      "the roles subgraph answered _entities with errors",
    );
    throw serviceUnavailable("the role catalog");
  }
  return entity && entity.slug === slug ? { id: entity.id, questionCount: entity.questionCount } : null;
}
