/** A markdown table: a header row, the alignment row, then the rows. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

export const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "—");
export const whole = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString("en-US") : "—";
