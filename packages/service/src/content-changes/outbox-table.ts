/**
 * The outbox table's DDL, for each subgraph's own migration: a change waits here until every
 * consumer named in `pending` has taken it, then it is deleted.
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

/** The outbox learns which roles a change concerns (their published state), for the peers that keep it. */
export function contentOutboxRoleIdsSql(schema: string): string[] {
  return [`ALTER TABLE ${schema}.content_change ADD COLUMN role_ids uuid[] NOT NULL DEFAULT '{}'`];
}
