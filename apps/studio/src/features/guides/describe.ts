/** A guide's field value in words, for the conflict dialog: lists one item a line. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return value || "(empty)";
  if (Array.isArray(value)) {
    if (value.length === 0) return "(none)";
    return value
      .map((item, i) => {
        if (typeof item === "string") return `${i + 1}. ${item}`;
        const parts = Object.values(item as Record<string, unknown>).map(String);
        return `${i + 1}. ${parts.join(" — ")}`;
      })
      .join("\n");
  }
  return JSON.stringify(value);
}
