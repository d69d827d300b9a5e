/**
 * The DDL of a subgraph's audit table, as its migration creates it: one row per change, the changed
 * fields' values before and after, newest first by time. A later change of the table is a migration
 * of its own, never an edit here (migrations that shipped must stay as they ran).
 */
export function auditEntryTableSql(schema: string): string[] {
  return [
    `CREATE TABLE ${schema}.audit_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      actor text NOT NULL,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      changes jsonb NOT NULL DEFAULT '[]',
      request_id text,
      -- milliseconds: the trail's cursors carry the time as an ISO string
      created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
    )`,
    `CREATE INDEX audit_entry_created_idx ON ${schema}.audit_entry (created_at DESC, id DESC)`,
    `CREATE INDEX audit_entry_entity_created_idx ON ${schema}.audit_entry (entity_id, created_at DESC, id DESC)`,
  ];
}
