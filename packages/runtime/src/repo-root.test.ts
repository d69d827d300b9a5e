import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromRepoRoot, repoRoot } from "./repo-root";

describe("paths from the environment", () => {
  const root = mkdtempSync(join(tmpdir(), "cg-root-"));
  const workspace = join(root, "services", "roles");
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "r", workspaces: ["services/*"] }));
  writeFileSync(join(workspace, "package.json"), JSON.stringify({ name: "roles" }));

  it("resolve from the repository root, whichever workspace a script runs in", () => {
    expect(repoRoot(workspace)).toBe(root);
    expect(fromRepoRoot(".data/roles", workspace)).toBe(join(root, ".data", "roles"));
    expect(fromRepoRoot(".data/roles", root)).toBe(join(root, ".data", "roles"));
  });

  it("keep absolute paths, and fall back to the folder itself outside a repository", () => {
    expect(fromRepoRoot("/var/lib/cg", workspace)).toBe("/var/lib/cg");
    const lonely = mkdtempSync(join(tmpdir(), "cg-lonely-"));
    expect(repoRoot(lonely)).toBe(lonely);
  });
});
