import { badInput } from "./errors";

export const MAX_PAGE_SIZE = 100;

/** Checks a `first` argument: a whole number from 0 to 100. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0) throw badInput("first", "must be a whole number from 0 to 100");
  if (size > MAX_PAGE_SIZE) throw badInput("first", `must be at most ${MAX_PAGE_SIZE}`);
  return size;
}

/**
 * Cursors are opaque to clients: base64url of a kind tag and an offset key. The kind stops a cursor of
 * one list from being replayed on another.
 */
export function encodeCursor(kind: string, key: string | number): string {
  return Buffer.from(`${kind}:${key}`, "utf8").toString("base64url");
}

/** Decodes an `after` argument into its key; a malformed cursor is the client's mistake. */
export function decodeCursor(
  kind: string,
  cursor: string | null | undefined,
  argument = "after",
): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const prefix = `${kind}:`;
  if (!decoded.startsWith(prefix) || decoded.length === prefix.length) {
    throw badInput(argument, "is not a cursor from this list");
  }
  return decoded.slice(prefix.length);
}

/** Decodes a cursor whose key is a non-negative whole number (a position or an offset). */
export function decodeNumericCursor(
  kind: string,
  cursor: string | null | undefined,
  argument = "after",
): number | null {
  const key = decodeCursor(kind, cursor, argument);
  if (key === null) return null;
  const value = Number(key);
  if (!Number.isSafeInteger(value) || value < 0) throw badInput(argument, "is not a cursor from this list");
  return value;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Keyset pagination over a list already in key order: the page starts after the item whose key is
 * `after`, so items added or removed between two calls cause no gaps or repeats.
 */
export function pageAfterKey<T, K extends string | number>(
  items: readonly T[],
  options: { first: number; after: K | null; keyOf: (item: T) => K; cursorKind: string },
): Page<T> {
  const { first, after, keyOf, cursorKind } = options;
  const start = after === null ? 0 : firstIndexAfter(items, after, keyOf);
  const slice = items.slice(start, start + first);
  const edges = slice.map((node) => ({ cursor: encodeCursor(cursorKind, keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: start + first < items.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: items.length,
  };
}

function firstIndexAfter<T, K extends string | number>(
  items: readonly T[],
  after: K,
  keyOf: (item: T) => K,
): number {
  const index = items.findIndex((item) => keyOf(item) > after);
  return index === -1 ? items.length : index;
}
