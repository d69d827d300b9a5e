/**
 * The outbox table's DDL, for each subgraph's own migration: a change waits here until every
 * consumer named in `pending` has taken it (`contentOutboxRetentionSql` then keeps it, delivered,
 * for the retention).
 */
export function contentOutboxTableSql(schema: string): string[] {
  return [
    `CREATE TABLE ${schema}.content_change (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      cache_keys text[] NOT NULL,
      question_ids uuid[] NOT NULL DEFAULT '{}',
      pending text[] NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX content_change_pending_idx ON ${schema}.content_change (id) WHERE cardinality(pending) > 0`,
  ];
}

/**
 * What a subgraph's later migration adds to its outbox: when each change was delivered to every
 * consumer (delivered changes are kept for the retention, then purged by that time).
 */
export function contentOutboxRetentionSql(schema: string): string[] {
  return [
    `ALTER TABLE ${schema}.content_change ADD COLUMN delivered_at timestamptz`,
    `CREATE INDEX content_change_delivered_idx ON ${schema}.content_change (delivered_at) WHERE delivered_at IS NOT NULL`,
  ];
}

/** The outbox learns which roles a change concerns (their published state), for the peers that keep it. */
export function contentOutboxRoleIdsSql(schema: string): string[] {
  return [`ALTER TABLE ${schema}.content_change ADD COLUMN role_ids uuid[] NOT NULL DEFAULT '{}'`];
}
