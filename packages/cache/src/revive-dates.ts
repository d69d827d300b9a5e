const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** JSON.parse that turns ISO timestamps under keys ending in "At" back into Dates. */
export function parseWithDates<T>(text: string): T {
  return JSON.parse(text, (key, value: unknown) =>
    key.endsWith("At") && typeof value === "string" && ISO_DATE.test(value) ? new Date(value) : value,
  ) as T;
}
