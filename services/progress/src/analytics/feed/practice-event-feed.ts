import { Field, ID, ObjectType } from "type-graphql";
import { badInput, decodeCursor, encodeCursor, PageInfo, pageSize } from "@careergraph/schema";
import { sqlTable, type Database } from "@careergraph/db";
import { PracticeRating, ProgressStatus } from "../../progress/enums";
import { PracticeEvent } from "../../progress/practice-event.entity";
import { QuestionReference } from "../../question/question-reference";
import { RoleReference } from "../../role/role-reference";
import { weekOf, utcDay } from "../dates";
import { pseudonymOf } from "./pseudonym";

const CURSOR_KIND = "practice-event";

@ObjectType({ description: "One practice, for warehouses: a pseudonymous learner, never a note." })
export class PracticeEventNode {
  @Field(() => ID, { description: "The event's own random id (not the user's)." })
  id: string;

  @Field(() => String, {
    description:
      "A pseudonym of the learner for the caller and the event's ISO week (UTC): the same for one learner's events of one week in one caller's feed, unlinkable across weeks and callers.",
  })
  learner: string;

  @Field(() => QuestionReference)
  question: QuestionReference;

  @Field(() => RoleReference)
  role: RoleReference;

  @Field(() => PracticeRating)
  rating: PracticeRating;

  @Field(() => ProgressStatus)
  statusAfter: ProgressStatus;

  @Field(() => Date, { description: "The start of the UTC hour the practice fell in (coarsened)." })
  practicedAt: Date;
}

@ObjectType()
export class PracticeEventEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => PracticeEventNode)
  node: PracticeEventNode;
}

@ObjectType({ description: "Practice events in feed order; no total (counting a log would scan it)." })
export class PracticeEventConnection {
  @Field(() => [PracticeEventEdge])
  edges: PracticeEventEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

const events = sqlTable(PracticeEvent);

type EventRow = Pick<PracticeEvent, "id" | "userId" | "questionId" | "roleId" | "rating" | "statusAfter"> & {
  /** Coarsened in SQL: the exact time never leaves the database. */
  hour: Date;
  txId: string;
  seq: string;
};

/**
 * The practice log for warehouses (`ANALYTICS_EXPORT`), in a stable order with resumable cursors.
 * Each event carries the hour it fell in, never its exact time, and a pseudonym keyed to the caller
 * and the event's week (pseudonym.ts), never the user id. Events are ordered by
 * their writing transaction's id, then their sequence, and an event is served only once every
 * transaction older than its own has ended (its id is below the snapshot's xmin). Anything that
 * commits later therefore sorts after every cursor already handed out: a reader that resumes from its
 * last cursor neither misses nor repeats an event, however writers interleave.
 */
export class PracticeEventFeed {
  constructor(
    private readonly db: Database,
    private readonly pseudonymSecret: string,
  ) {}

  /** A page of the feed as `consumer` (the caller's user id) sees it. */
  async page(
    consumer: string,
    after: string | null | undefined,
    first: number | null | undefined,
  ): Promise<PracticeEventConnection> {
    const size = pageSize(first, 100);
    const position = decodePosition(after);
    const rows: EventRow[] =
      size === 0
        ? []
        : await this.db.dataSource.query(
            // tx_id and seq are the feed's position (the analytics migration adds them), not the entity's
            `SELECT ${events.select("e", "id", "userId", "questionId", "roleId", "rating", "statusAfter")},
               date_trunc('hour', e.${events.col.practicedAt}, 'UTC') AS hour, tx_id::text AS "txId", seq::text AS seq
             FROM ${events.name} e
             WHERE (tx_id, seq) > ($1::xid8, $2::bigint) AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
             ORDER BY tx_id, seq LIMIT $3`,
            [position.txId, position.seq, size + 1],
          );
    const edges = rows.slice(0, size).map((row) => ({
      cursor: encodeCursor(CURSOR_KIND, [row.txId, row.seq]),
      node: {
        id: row.id,
        learner: pseudonymOf(this.pseudonymSecret, consumer, weekOf(utcDay(row.hour)), row.userId),
        question: { id: row.questionId },
        role: { id: row.roleId } as RoleReference,
        rating: row.rating,
        statusAfter: row.statusAfter,
        practicedAt: row.hour,
      },
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? after ?? null },
    };
  }
}

/** A feed cursor is the (transaction id, sequence) of the last event seen, as decimal strings. */
function decodePosition(after: string | null | undefined): { txId: string; seq: string } {
  const key = decodeCursor(CURSOR_KIND, after, ["string", "string"]);
  if (key === null) return { txId: "0", seq: "0" };
  const [txId, seq] = key;
  if (!/^\d{1,20}$/.test(txId) || !/^\d{1,19}$/.test(seq))
    throw badInput("after", "is not a cursor from this list");
  return { txId, seq };
}
