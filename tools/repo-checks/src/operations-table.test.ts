import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_VARIABLES } from "@careergraph/config";
import { REPOSITORY_ROOT } from "./links";
import { tableUnderHeading } from "./markdown";

const OPERATIONS = readFileSync(join(REPOSITORY_ROOT, "docs", "operations.md"), "utf8");

/** The variables a table's first column names, one `NAME` in backticks per row. */
function variablesOf(heading: string): string[] {
  const rows = tableUnderHeading(OPERATIONS, heading);
  if (!rows) throw new Error(`docs/operations.md has no table under "${heading}"`);
  return rows.flatMap(([first]) => [...first.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]));
}

const table = variablesOf("Configuration");

describe("docs/operations.md's configuration table", () => {
  it("has one row per variable, each naming one", () => {
    const rows = tableUnderHeading(OPERATIONS, "Configuration")!;
    expect(rows.filter(([first]) => !/^`[A-Z][A-Z0-9_]*`$/.test(first.trim()))).toEqual([]);
    expect(table.filter((name, i) => table.indexOf(name) !== i)).toEqual([]);
  });

  it("lists every variable the config parser reads", () => {
    expect(CONFIG_VARIABLES.filter((name) => !table.includes(name))).toEqual([]);
  });

  it("lists only variables the config parser reads", () => {
    expect(table.filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
  });

  it("keeps the variables read elsewhere out of it, in their own table", () => {
    const elsewhere = variablesOf("Read outside the parser");
    expect(elsewhere).toContain("OTEL_SERVICE_NAME");
    expect(elsewhere.filter((name) => CONFIG_VARIABLES.includes(name))).toEqual([]);
  });
});
