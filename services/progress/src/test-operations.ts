import type { GraphQLResult, ProgressStack } from "./test-progress-stack";

/** Typed GraphQL operations the tests share, each over HTTP against the progress subgraph. */

export interface ProgressShape {
  status: string;
  attempts: number;
  lastRating: string | null;
  lastPracticedAt: string | null;
  nextReviewAt: string | null;
}

export interface NoteShape {
  id: string;
  body: string;
  highlight: string | null;
  createdAt: string;
  updatedAt: string;
  question: { id: string };
}

export interface RoleProgressShape {
  practicedCount: number;
  masteredCount: number;
  dueCount: number;
  readiness: number;
}

const PROGRESS_FIELDS = "status attempts lastRating lastPracticedAt nextReviewAt";
const NOTE_FIELDS = "id body highlight createdAt updatedAt question { id }";

export function recordPractice(
  stack: ProgressStack,
  token: string | undefined,
  input: { questionId: string; rating: string; idempotencyKey: string },
): Promise<
  GraphQLResult<{
    recordPractice: { question: { id: string; myProgress: ProgressShape }; progress: ProgressShape };
  }>
> {
  return stack.request(
    `mutation($input: RecordPracticeInput!) {
       recordPractice(input: $input) { question { id myProgress { ${PROGRESS_FIELDS} } } progress { ${PROGRESS_FIELDS} } }
     }`,
    { input },
    token,
  );
}

/** Question.myProgress through `_entities`, as the gateway asks for it. */
export async function questionProgress(
  stack: ProgressStack,
  token: string | undefined,
  questionIds: string[],
) {
  const result = await stack.request<{
    _entities: { id: string; myProgress: (ProgressShape & { notes: NoteShape[] }) | null }[];
  }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Question { id myProgress { ${PROGRESS_FIELDS} notes { ${NOTE_FIELDS} } } } } }`,
    { r: questionIds.map((id) => ({ __typename: "Question", id })) },
    token,
  );
  return result;
}

/** Role.myProgress through `_entities`, with the questionCount the router provides for `@requires`. */
export function roleProgress(
  stack: ProgressStack,
  token: string | undefined,
  roles: { id: string; questionCount: number }[],
) {
  return stack.request<{ _entities: { id: string; myProgress: RoleProgressShape | null }[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Role { id myProgress { practicedCount masteredCount dueCount readiness } } } }`,
    { r: roles.map((role) => ({ __typename: "Role", ...role })) },
    token,
  );
}

export function addNote(
  stack: ProgressStack,
  token: string | undefined,
  input: { questionId: string; body: string; highlight?: string | null },
) {
  return stack.request<{ addNote: NoteShape }>(
    `mutation($input: AddNoteInput!) { addNote(input: $input) { ${NOTE_FIELDS} } }`,
    { input },
    token,
  );
}

export function updateNote(
  stack: ProgressStack,
  token: string | undefined,
  input: { id: string; body?: string | null; highlight?: string | null },
) {
  return stack.request<{ updateNote: NoteShape }>(
    `mutation($input: UpdateNoteInput!) { updateNote(input: $input) { ${NOTE_FIELDS} } }`,
    { input },
    token,
  );
}

export function deleteNote(stack: ProgressStack, token: string | undefined, id: string) {
  return stack.request<{ deleteNote: boolean }>(`mutation($id: ID!) { deleteNote(id: $id) }`, { id }, token);
}

export function viewerNotes(
  stack: ProgressStack,
  token: string | undefined,
  first?: number,
  after?: string | null,
) {
  return stack.request<{
    viewer: {
      notes: {
        edges: { cursor: string; node: NoteShape }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        totalCount: number;
      };
    } | null;
  }>(
    `query($first: Int, $after: String) {
       viewer { notes(first: $first, after: $after) { edges { cursor node { ${NOTE_FIELDS} } } pageInfo { hasNextPage endCursor } totalCount } }
     }`,
    { first, after },
    token,
  );
}

/** The error codes of a response, in order. */
export const codes = (result: GraphQLResult<unknown>) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

/** How many rows each progress table holds for a user: "nothing was written" checks. */
export async function rowCounts(stack: ProgressStack, userId: string) {
  const [row] = await stack.sql<{ progress: number; events: number; requests: number; notes: number }>(
    `SELECT (SELECT count(*)::int FROM progress.question_progress WHERE user_id = $1) AS progress,
            (SELECT count(*)::int FROM progress.practice_event WHERE user_id = $1) AS events,
            (SELECT count(*)::int FROM progress.practice_request WHERE user_id = $1) AS requests,
            (SELECT count(*)::int FROM progress.note WHERE user_id = $1) AS notes`,
    [userId],
  );
  return row;
}
