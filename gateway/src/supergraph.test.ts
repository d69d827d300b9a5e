import "reflect-metadata";
import { composeSupergraph } from "./compose";
import { readSupergraph } from "./supergraph-file";

describe("the committed supergraph", () => {
  it("is exactly what the subgraphs compose to (run `npm run compose` after a schema change)", async () => {
    expect(readSupergraph()).toBe(await composeSupergraph());
  });

  it("names the three subgraphs and the contract's entities", () => {
    const sdl = readSupergraph();
    for (const name of ["ROLES", "GUIDES", "PROGRESS"]) expect(sdl).toContain(`${name} @join__graph(`);
    expect(sdl).toMatch(/type Role\s[^{]*@join__type\(graph: ROLES, key: "id"\)/);
    expect(sdl).toMatch(/type Question\s[^{]*@join__type\(graph: PROGRESS, key: "id"\)/);
  });

  it("declares the analysts' scopes on the aggregates and the export scope on the event feed", () => {
    const sdl = readSupergraph();
    const scopesOf = (field: string) =>
      new RegExp(`\\n  ${field}\\(.*@requiresScopes\\(scopes: (.*)\\)\\n`).exec(sdl)?.[1];
    for (const field of ["roleAnalytics", "activity", "retention", "hardestQuestions"])
      expect(scopesOf(field)).toBe('[["ANALYST"], ["ADMIN"]]');
    expect(scopesOf("practiceEvents")).toBe('[["ANALYTICS_EXPORT"], ["ADMIN"]]');
  });
});
