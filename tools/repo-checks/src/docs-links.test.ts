import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brokenLinks, REPOSITORY_ROOT } from "./links";

const DOCUMENTS = [
  "README.md",
  ...readdirSync(join(REPOSITORY_ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

describe("the README and docs/*.md", () => {
  it.each(DOCUMENTS)("%s: every relative link resolves", (file) => {
    expect(brokenLinks(REPOSITORY_ROOT, file)).toEqual([]);
  });
});

describe("the link check", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "repo-checks-"));
    mkdirSync(join(root, "docs"));
    mkdirSync(join(root, "src"));
    writeFileSync(join(root, "src", "a.ts"), "");
    writeFileSync(
      join(root, "docs", "guide.md"),
      [
        "# Guide",
        "## The `npm test` command",
        "## Caching, in short",
        "## Caching, in short",
        "## Café au lait",
      ].join("\n\n"),
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const check = (markdown: string) => {
    writeFileSync(join(root, "README.md"), markdown);
    return brokenLinks(root, "README.md");
  };

  it("accepts files, folders, headings by GitHub's anchors, images and outside links", () => {
    expect(
      check(
        [
          "[a](src/a.ts) [src](src/) [root](/docs/guide.md) [self](#top)",
          "[t](docs/guide.md#the-npm-test-command) [c](docs/guide.md#caching-in-short)",
          "[c1](docs/guide.md#caching-in-short-1) [café](docs/guide.md#café-au-lait)",
          "![logo](src/a.ts) [web](https://example.com/nowhere) [mail](mailto:a@example.com)",
          "",
          "## Top",
          "",
          "`[not a link](missing.md)`",
          "",
          "```",
          "[not a link either](missing.md)",
          "```",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("names each broken link with its line and why", () => {
    expect(
      check(
        [
          "[gone](docs/gone.md)",
          "![gone](img/logo.png)",
          "[anchor](docs/guide.md#no-such-part) [here](#nowhere)",
          "[outside](../elsewhere.md)",
          "[ref]",
          "",
          "| what | where |",
          "| ---- | ----- |",
          "| ok   | [a](src/a.ts) |",
          "| gone | [b](src/b.ts) |",
          "",
          "[ref]: src/b.ts",
        ].join("\n"),
      ),
    ).toEqual([
      "README.md:1: docs/gone.md (no such file or folder)",
      "README.md:2: img/logo.png (no such file or folder)",
      "README.md:3: docs/guide.md#no-such-part (no such heading)",
      "README.md:3: #nowhere (no such heading)",
      "README.md:4: ../elsewhere.md (outside the repository)",
      "README.md:5: src/b.ts (no such file or folder)",
      "README.md:10: src/b.ts (no such file or folder)",
    ]);
  });
});
