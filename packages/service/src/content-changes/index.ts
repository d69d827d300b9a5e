export { ContentOutbox, gatewayResponseCache } from "./content-outbox";
export type { ContentChange, ContentChangePeer } from "./content-outbox";
export { contentChangesRoute } from "./content-changes-route";
export type { ChangedIds } from "./content-changes-route";
export { contentOutboxRetentionSql, contentOutboxRoleIdsSql, contentOutboxTableSql } from "./outbox-table";
