/** Where the roles subgraph keeps its audit trail (the table of the shared audit entry). */
export const AUDIT_TABLE = "roles.audit_entry";
