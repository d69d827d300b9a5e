/**
 * A DataLoader batch answers in the order of its keys. These put one statement's rows back in that
 * order: one row per key (`missing` where none) or every row of each key (in row order).
 */
export function rowsInKeyOrder<K, R, D>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  missing: (key: K) => D,
): (R | D)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? missing(key));
}

export function rowsGroupedByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const byKey = new Map<K, R[]>();
  for (const row of rows) {
    const group = byKey.get(keyOf(row));
    if (group) group.push(row);
    else byKey.set(keyOf(row), [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
