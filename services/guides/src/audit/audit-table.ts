/** Where the guides subgraph keeps its audit trail (the table of the shared audit entry). */
export const AUDIT_TABLE = "guides.audit_entry";
