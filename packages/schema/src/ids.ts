const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether an id can be a uuid at all: anything else names nothing, and must not reach a `::uuid` cast. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** Whether a string can be a slug (lowercase words joined by single hyphens, at most 100 characters). */
export function isSlug(slug: string): boolean {
  return slug.length <= 100 && SLUG.test(slug);
}
