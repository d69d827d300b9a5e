import { changedFields } from "./audit-trail";

describe("changedFields", () => {
  const fields = ["title", "sections", "status"] as const;

  it("lists every field of a created entity with no value before", () => {
    expect(
      changedFields({ before: null, after: { title: "T", sections: [], status: "DRAFT" }, fields }),
    ).toEqual([
      { field: "title", before: null, after: '"T"' },
      { field: "sections", before: null, after: "[]" },
      { field: "status", before: null, after: '"DRAFT"' },
    ]);
  });

  it("lists only the fields whose values differ, compared as JSON (lists in order)", () => {
    const before = { title: "T", sections: [{ title: "a" }, { title: "b" }], status: "DRAFT", version: 1 };
    const after = { title: "T", sections: [{ title: "b" }, { title: "a" }], status: "DRAFT", version: 2 };
    expect(changedFields({ before, after, fields })).toEqual([
      {
        field: "sections",
        before: JSON.stringify(before.sections),
        after: JSON.stringify(after.sections),
      },
    ]);
  });
});
