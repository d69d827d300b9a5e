import { Column, Entity, PrimaryColumn } from "typeorm";

/** One user's writes of one kind in the current minute: one row per user and kind, reused each minute. */
@Entity({ name: "write_rate", schema: "progress" })
export class WriteRate {
  @PrimaryColumn("text", { name: "user_id" })
  userId: string;

  @PrimaryColumn("text")
  kind: WriteKind;

  /** The start of the minute the count is for. */
  @Column("timestamptz", { name: "window_start" })
  windowStart: Date;

  @Column("integer")
  writes: number;
}

/** What is counted: recordPractice calls, and note adds, updates and deletes. */
export type WriteKind = "practice" | "notes";
