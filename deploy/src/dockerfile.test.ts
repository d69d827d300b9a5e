import { DockerfileParser, type Copy, type Instruction } from "dockerfile-ast";
import { readText, runtimeClosure, workspaces, type Workspace } from "./repository";

/**
 * No container engine runs here, so the Dockerfile is checked by reading it: against the workspace
 * graph (package.json's workspaces and their dependencies), and for the image's posture.
 */
const dockerfile = DockerfileParser.parse(readText("Dockerfile"));
const stages = dockerfile.getFROMs().map((from, index) => ({
  name: from.getBuildStage() ?? String(index),
  base: from.getImageName(),
  instructions: dockerfile
    .getInstructions()
    .filter((i) => i.getRange().start.line > from.getRange().start.line)
    .filter((i) => {
      const next = dockerfile.getFROMs()[index + 1];
      return !next || i.getRange().start.line < next.getRange().start.line;
    }),
}));
const finalStage = stages.at(-1)!;
const args = (instruction: Instruction) => instruction.getArguments().map((a) => a.getValue());

/** Where each COPY of a stage takes files from (`--from` stage, or the build context) and what. */
function copies(instructions: Instruction[]) {
  return instructions
    .filter((i): i is Copy => i.getKeyword() === "COPY")
    .map((copy) => ({
      from:
        copy
          .getFlags()
          .find((flag) => flag.getName() === "from")
          ?.getValue() ?? null,
      sources: args(copy).slice(0, -1),
    }));
}

/** Whether a copied path (`packages`, `/app/packages`, `packages/db/package.json`) brings `file`. */
const brings = (sources: string[], file: string) =>
  sources.some((source) => {
    const path = source.replace(/^\/app\//, "").replace(/\/$/, "");
    return path === "." || file === path || file.startsWith(`${path}/`);
  });

const all = workspaces();
const servers = [
  "@careergraph/gateway",
  "@careergraph/roles",
  "@careergraph/guides",
  "@careergraph/progress",
];

describe("the Dockerfile, against the workspace graph", () => {
  const build = stages[0];
  const install = build.instructions.findIndex(
    (i) => i.getKeyword() === "RUN" && /\bnpm ci\b/.test(args(i).join(" ")),
  );
  const beforeInstall = copies(build.instructions.slice(0, install)).filter((c) => c.from === null);
  const contextSources = beforeInstall.flatMap((c) => c.sources);

  it("installs with npm ci from the lock file", () => {
    expect(install).toBeGreaterThan(0);
    expect(brings(contextSources, "package.json")).toBe(true);
    expect(brings(contextSources, "package-lock.json")).toBe(true);
  });

  it.each(all.map((w) => [w.folder, w] as [string, Workspace]))(
    "copies workspace %s before npm ci (the lock file names every workspace)",
    (folder) => {
      expect(brings(contextSources, `${folder}/package.json`)).toBe(true);
    },
  );

  it("puts every workspace the servers need at run time in the image, and no dev-only one", () => {
    const needed = runtimeClosure(all, servers).map((w) => w.folder);
    const intoImage = copies(finalStage.instructions)
      .filter((c) => c.from !== null)
      .flatMap((c) => c.sources);
    const missing = needed.filter((folder) => !brings(intoImage, `${folder}/package.json`));
    expect(missing).toEqual([]);
    // folders that hold no runtime workspace (e2e, tools, deploy) stay out
    const top = (folder: string) => folder.split("/")[0];
    const runtimeTops = new Set(needed.map(top));
    const devOnly = all.filter((w) => !runtimeTops.has(top(w.folder)));
    expect(devOnly.length).toBeGreaterThan(0);
    expect(devOnly.filter((w) => brings(intoImage, `${w.folder}/package.json`)).map((w) => w.folder)).toEqual(
      [],
    );
    expect(servers.every((name) => all.some((w) => w.name === name))).toBe(true);
  });
});

describe("the image", () => {
  const keyword = (k: string) => finalStage.instructions.filter((i) => i.getKeyword() === k);

  it("is multi-stage: built in one stage, run from a fresh base image", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages.map((s) => s.name)).not.toContain(finalStage.base);
  });

  it("keeps production dependencies only", () => {
    const prune = stages.flatMap((s) => s.instructions).filter((i) => i.getKeyword() === "RUN");
    expect(prune.some((i) => /npm (prune|ci) .*--omit=dev/.test(args(i).join(" ")))).toBe(true);
    expect(keyword("ENV").map((i) => args(i).join(" "))).toContain("NODE_ENV=production");
  });

  it("runs as a user other than root", () => {
    const users = keyword("USER").map((i) => args(i)[0]);
    expect(users.length).toBeGreaterThan(0);
    expect(["root", "0"]).not.toContain(users.at(-1));
  });

  it("has a health check on /healthz, which every server answers", () => {
    const [healthcheck] = keyword("HEALTHCHECK");
    expect(healthcheck).toBeDefined();
    expect(args(healthcheck).join(" ")).toContain("/healthz");
  });
});
