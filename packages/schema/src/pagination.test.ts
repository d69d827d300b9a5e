import { decodeCursor, encodeCursor, pageFromRows, pagesFromRows, pageSize } from "./pagination";

const codeAndField = (fn: () => unknown) => {
  try {
    fn();
    return "accepted";
  } catch (error) {
    const { code, field } = (error as { extensions: { code: string; field: string } }).extensions;
    return `${code} ${field}`;
  }
};

describe("page sizes", () => {
  it("take 0 to 100, the default when none is given, and refuse the rest naming `first`", () => {
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
    expect(pageSize(undefined, 4)).toBe(4);
    expect(codeAndField(() => pageSize(101))).toBe("BAD_USER_INPUT first");
    expect(codeAndField(() => pageSize(-1))).toBe("BAD_USER_INPUT first");
    expect(codeAndField(() => pageSize(1.5))).toBe("BAD_USER_INPUT first");
  });
});

describe("cursors", () => {
  it("carry the sort key of their list and decode only on that list, in its shape", () => {
    const cursor = encodeCursor("search", [0.25, "a1"]);
    expect(decodeCursor("search", cursor, ["number", "string"])).toEqual([0.25, "a1"]);
    expect(codeAndField(() => decodeCursor("role", cursor, ["string"]))).toBe("BAD_USER_INPUT after");
    expect(codeAndField(() => decodeCursor("search", cursor, ["string", "string"]))).toBe(
      "BAD_USER_INPUT after",
    );
    expect(codeAndField(() => decodeCursor("search", cursor, ["number"]))).toBe("BAD_USER_INPUT after");
  });

  it("treat no cursor and the start cursor as the start of the list", () => {
    expect(decodeCursor("role", null, ["string"])).toBeNull();
    expect(decodeCursor("role", encodeCursor("role", []), ["string"])).toBeNull();
  });

  it("refuse garbage, other encodings and oversized cursors", () => {
    for (const bad of ["", "!!!", Buffer.from("role:slug").toString("base64url"), "A".repeat(600)]) {
      expect(codeAndField(() => decodeCursor("role", bad, ["string"]))).toBe("BAD_USER_INPUT after");
    }
    expect(codeAndField(() => decodeCursor("note", "bad", ["string"], "before"))).toBe(
      "BAD_USER_INPUT before",
    );
  });
});

describe("a page from the rows of one statement", () => {
  const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];
  const keyOf = (row: { n: number }) => [row.n];

  it("keeps `first` rows and says another page follows when the extra row came back", () => {
    const page = pageFromRows(rows, { first: 2, after: null, kind: "n", total: 9, keyOf });
    expect(page.edges.map((e) => e.node.n)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor("n", [2]) });
    expect(page.totalCount).toBe(9);
    expect(
      pageFromRows(rows, { first: 3, after: null, kind: "n", total: 3, keyOf }).pageInfo.hasNextPage,
    ).toBe(false);
  });

  it("hands back the cursor it started from when empty, so that following it resumes (first: 0)", () => {
    const after = encodeCursor("n", [4]);
    expect(pageFromRows(rows.slice(0, 1), { first: 0, after, kind: "n", total: 9, keyOf }).pageInfo).toEqual({
      hasNextPage: true,
      endCursor: after,
    });
    expect(pageFromRows([], { first: 0, after: null, kind: "n", total: 0, keyOf }).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: encodeCursor("n", []),
    });
  });

  it("splits the rows of several requests by request ordinal, empty pages included", () => {
    const pages = pagesFromRows(
      [
        { first: 1, after: null },
        { first: 1, after: null },
        { first: 5, after: null },
      ],
      [
        { request: "1", total: 2, id: "a" },
        { request: "1", total: 2, id: "b" },
        { request: "2", total: 0, id: null as unknown as string },
      ],
      { kind: "x", keyOf: (node) => [node.id] },
    );
    expect(pages.map((p) => [p.edges.map((e) => e.node.id), p.pageInfo.hasNextPage, p.totalCount])).toEqual([
      [["a"], true, 2],
      [[], false, 0],
      [[], false, 0],
    ]);
  });
});
