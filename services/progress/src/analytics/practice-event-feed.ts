import { Field, ID, ObjectType } from "type-graphql";
import { badInput, decodeCursor, encodeCursor, PageInfo, pageSize } from "@careergraph/schema";
import type { Database } from "@careergraph/db";
import { PracticeRating, ProgressStatus } from "../progress/enums";
import { QuestionReference } from "../question/question-reference";
import { RoleReference } from "../role/role-reference";
import { pseudonymOf } from "./pseudonym";

const CURSOR_KIND = "practice-event";

@ObjectType({ description: "One practice, for warehouses: a pseudonymous learner, never a note." })
export class PracticeEventNode {
  @Field(() => ID, { description: "The event's own random id (not the user's)." })
  id: string;

  @Field(() => String, {
    description:
      "HMAC-SHA256 of the user id under the deployment's pseudonym secret: stable until it rotates.",
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

  @Field(() => Date)
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

interface EventRow {
  id: string;
  txId: string;
  seq: string;
  userId: string;
  questionId: string;
  roleId: string;
  rating: PracticeRating;
  statusAfter: ProgressStatus;
  practicedAt: Date;
}

/**
 * The practice log for warehouses, in a stable order with resumable cursors. Events are ordered by
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

  async page(
    after: string | null | undefined,
    first: number | null | undefined,
  ): Promise<PracticeEventConnection> {
    const size = pageSize(first, 100);
    const position = decodePosition(after);
    const rows: EventRow[] =
      size === 0
        ? []
        : await this.db.dataSource.query(
            `SELECT id, tx_id::text AS "txId", seq::text AS seq, user_id AS "userId", question_id AS "questionId",
               role_id AS "roleId", rating, status_after AS "statusAfter", practiced_at AS "practicedAt"
             FROM progress.practice_event
             WHERE (tx_id, seq) > ($1::xid8, $2::bigint) AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
             ORDER BY tx_id, seq LIMIT $3`,
            [position.txId, position.seq, size + 1],
          );
    const edges = rows.slice(0, size).map((row) => ({
      cursor: encodeCursor(CURSOR_KIND, [row.txId, row.seq]),
      node: {
        id: row.id,
        learner: pseudonymOf(this.pseudonymSecret, row.userId),
        question: { id: row.questionId },
        role: { id: row.roleId } as RoleReference,
        rating: row.rating,
        statusAfter: row.statusAfter,
        practicedAt: row.practicedAt,
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
