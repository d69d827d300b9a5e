import { badInput } from "./errors";
import { isUuid } from "./ids";

export const MAX_PAGE_SIZE = 100;

/** Checks a `first` argument: a whole number from 0 to 100. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0) throw badInput("first", "must be a whole number from 0 to 100");
  if (size > MAX_PAGE_SIZE) throw badInput("first", `must be at most ${MAX_PAGE_SIZE}`);
  return size;
}

/** The parts of a sort key, in order: what each part of a cursor's key must be. */
export type KeyShape = readonly ("string" | "number")[];
type KeyOf<S extends KeyShape> = { [I in keyof S]: S[I] extends "number" ? number : string };

/**
 * Cursors are opaque to clients: base64url of a kind tag and the sort key of the last item seen. The
 * kind stops a cursor of one list from being replayed on another. A cursor with an empty key stands
 * for the start of the list (what a page of `first: 0` hands back, so that a client can resume).
 */
export function encodeCursor(kind: string, key: readonly (string | number)[]): string {
  return Buffer.from(`${kind}:${JSON.stringify(key)}`, "utf8").toString("base64url");
}

/**
 * Decodes an `after` argument into the sort key it carries, checked against the list's key shape;
 * `null` means the start of the list. A malformed cursor is the client's mistake.
 */
export function decodeCursor<const S extends KeyShape>(
  kind: string,
  cursor: string | null | undefined,
  shape: S,
  argument = "after",
): KeyOf<S> | null {
  if (cursor === null || cursor === undefined) return null;
  const key = parseKey(kind, cursor);
  if (key === undefined) throw badInput(argument, "is not a cursor from this list");
  if (key.length === 0) return null;
  const fits =
    key.length === shape.length &&
    key.every((part, i) => typeof part === shape[i] && (typeof part !== "number" || Number.isFinite(part)));
  if (!fits) throw badInput(argument, "is not a cursor from this list");
  return key as KeyOf<S>;
}

function parseKey(kind: string, cursor: string): unknown[] | undefined {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) return undefined;
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const prefix = `${kind}:`;
  if (!decoded.startsWith(prefix)) return undefined;
  try {
    const key: unknown = JSON.parse(decoded.slice(prefix.length));
    return Array.isArray(key) ? key : undefined;
  } catch {
    return undefined;
  }
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface PageRequest {
  first: number;
  /** The `after` argument as the client sent it (already decoded once, so known to be valid). */
  after: string | null;
}

/**
 * A page from the rows of one keyset statement that asked for `first + 1` rows after the cursor, and
 * the total it counted. The extra row only tells whether another page follows. An empty page (say
 * `first: 0`) hands back the cursor it started from, so that following `endCursor` resumes there.
 */
export function pageFromRows<T>(
  rows: readonly T[],
  request: PageRequest & { kind: string; total: number; keyOf: (row: T) => (string | number)[] },
): Page<T> {
  const edges = rows
    .slice(0, request.first)
    .map((node) => ({ cursor: encodeCursor(request.kind, request.keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      endCursor: edges.at(-1)?.cursor ?? request.after ?? encodeCursor(request.kind, []),
    },
    totalCount: request.total,
  };
}

/**
 * A row of one statement that answered several page requests at once (`unnest(…) WITH ORDINALITY AS
 * k(…, request)` joined LATERAL to each page): the request's ordinal as text ("1", "2", …), that
 * request's total, and the node's columns, all null (`id` too) when the page is empty.
 */
export type PagedRow<T> = T & { request: string; total: number };

/** Splits such rows into one page per request, in request order. */
export function pagesFromRows<T extends { id: string }, R extends PageRequest>(
  requests: readonly R[],
  rows: readonly PagedRow<T>[],
  options: { kind: string; keyOf: (node: T) => (string | number)[] },
): Page<T>[] {
  const byRequest = new Map<string, { total: number; nodes: T[] }>();
  for (const { request, total, ...node } of rows) {
    let group = byRequest.get(request);
    if (!group) byRequest.set(request, (group = { total, nodes: [] }));
    if (node.id !== null) group.nodes.push(node as unknown as T);
  }
  return requests.map((request, i) => {
    const group = byRequest.get(String(i + 1));
    return pageFromRows(group?.nodes ?? [], {
      ...request,
      kind: options.kind,
      total: group?.total ?? 0,
      keyOf: options.keyOf,
    });
  });
}

/** The answer for a page request that cannot match anything (a malformed filter, say). */
export function emptyPage<T>(): Page<T> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}

/** The key of a newest-first list's cursor, (created_at, id): an ISO time and a uuid, or the start. */
export function decodeTimeIdCursor(
  kind: string,
  after: string | null | undefined,
): { afterCreatedAt: string | null; afterId: string | null } {
  const [afterCreatedAt, afterId] = decodeCursor(kind, after, ["string", "string"]) ?? [null, null];
  if (afterId !== null && (!isUuid(afterId) || Number.isNaN(Date.parse(afterCreatedAt ?? ""))))
    throw badInput("after", "is not a cursor from this list");
  return { afterCreatedAt, afterId };
}
