import "reflect-metadata";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { sqlTable } from "./sql-table";

@Entity({ name: "sample_row", schema: "sample" })
class SampleRow {
  @PrimaryColumn("text", { name: "user_id" })
  userId: string;

  @Column("integer")
  learners: number;
}

describe("sqlTable", () => {
  it("names an entity's table and columns from its decorators", () => {
    const table = sqlTable(SampleRow);
    expect(table.name).toBe("sample.sample_row");
    expect(table.col).toEqual({ userId: "user_id", learners: "learners" });
    expect(table.columns()).toBe("user_id, learners");
    expect(table.columns("learners")).toBe("learners");
    expect(table.select("s")).toBe(`s.user_id AS "userId", s.learners AS "learners"`);
  });

  it("refuses a class that is not an entity", () => {
    class Plain {}
    expect(() => sqlTable(Plain)).toThrow("Plain is not an @Entity");
  });
});
