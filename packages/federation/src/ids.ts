const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id can be a uuid at all: anything else names nothing, and must not reach a `::uuid` cast. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
