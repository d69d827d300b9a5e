/** One aggregate on screen, as the CSV export writes it. */
export interface CsvRow {
  section: string;
  item: string;
  measure: string;
  /** The figure; null when the API held it back. */
  value: number | null;
}

const HEADER = ["section", "item", "measure", "value", "held_back"];

function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 text: a held-back figure has an empty value and `held_back` = yes, never a 0. */
export function toCsv(rows: CsvRow[]): string {
  const lines = rows.map((row) =>
    [
      row.section,
      row.item,
      row.measure,
      row.value === null ? "" : String(row.value),
      row.value === null ? "yes" : "no",
    ]
      .map(cell)
      .join(","),
  );
  return [HEADER.join(","), ...lines].join("\r\n") + "\r\n";
}

/** Saves `text` as a file the browser downloads. */
export function download(fileName: string, text: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
