import { rowsGroupedByKey, rowsInKeyOrder } from "./batch-rows";

describe("putting a statement's rows back in key order", () => {
  const rows = [
    { id: "b", n: 1 },
    { id: "a", n: 2 },
    { id: "b", n: 3 },
  ];

  it("gives one row per key, in key order, and the stand-in for a key with none", () => {
    expect(
      rowsInKeyOrder(
        ["a", "z", "a"],
        rows.slice(0, 2),
        (r) => r.id,
        () => null,
      ),
    ).toEqual([rows[1], null, rows[1]]);
    expect(
      rowsInKeyOrder(
        ["z"],
        rows,
        (r) => r.id,
        (key) => ({ id: key, n: 0 }),
      ),
    ).toEqual([{ id: "z", n: 0 }]);
  });

  it("groups every row of a key in row order, with an empty list for a key with none", () => {
    expect(rowsGroupedByKey(["b", "z", "a"], rows, (r) => r.id)).toEqual([[rows[0], rows[2]], [], [rows[1]]]);
  });
});
