import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const root = join(__dirname, "..");

describe("the generated client", () => {
  it("is exactly what `npm run codegen` makes from the committed supergraph and the apps' documents", () => {
    const result = spawnSync(process.execPath, [join(root, "scripts", "codegen.mjs"), "--check"], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("keys every operation of the manifest by the sha256 of its text", () => {
    const manifest = JSON.parse(readFileSync(join(root, "persisted-operations.json"), "utf8")) as Record<
      string,
      string
    >;
    expect(Object.keys(manifest).length).toBeGreaterThan(0);
    for (const [hash, text] of Object.entries(manifest))
      expect(createHash("sha256").update(text).digest("hex")).toBe(hash);
  });
});
