export { ContentOutbox, gatewayResponseCache } from "./content-outbox";
export type { ContentChange, ContentChangePeer } from "./content-outbox";
export { CONTENT_CHANGES_PATH, contentChangesRoute } from "./content-changes-route";
export { contentOutboxTableSql } from "./outbox-table";
export { internalKey, sign } from "@careergraph/federation";
