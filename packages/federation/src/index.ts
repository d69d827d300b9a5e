import "reflect-metadata";
export * from "./errors";
export * from "./pagination";
export { buildFederatedSchema } from "./build-federated-schema";
export type { FederatedSchemaOptions, ReferenceResolvers } from "./build-federated-schema";
export { createSubgraphServer, PUBLIC_MAX_AGE_SECONDS } from "./subgraph-server";
export type { SubgraphServer, SubgraphServerOptions } from "./subgraph-server";
export { createHttpApp, listen, closeServer, startDraining } from "./http-server";
export { metricsPlugin } from "./metrics.plugin";
export { checkReadiness } from "./readiness";
export type { ReadinessCheck, ReadinessReport } from "./readiness";
export { requestIdFrom, REQUEST_ID_HEADER } from "./request-id";
export { createErrorFormatter } from "./format-error";
export { PageInfo } from "./page-info";
export { isUuid, isSlug } from "./ids";
export { connectionType } from "./connection";
export { checkedText, characters } from "./text";
export { fetchEntitiesById } from "./entities-client";
export type { EntitiesClientOptions, EntitiesRequest } from "./entities-client";
export {
  operationCost,
  readCostDirectives,
  DEFAULT_LIST_SIZE,
  MUTATION_FIELD_WEIGHT,
} from "./operation-cost";
export type { CostDirectives, ListSize, OperationCostInput } from "./operation-cost";
export {
  checkOperationShape,
  checkPageSizes,
  operationShapeGuard,
  operationShapeMiddleware,
} from "./operation-limits";
export type { OperationLimits } from "./operation-limits";
export { operationLimitsPlugin } from "./limits.plugin";
export type { OperationLimitsPluginOptions } from "./limits.plugin";
export { jsonBody, BODY_LIMIT_BYTES, MAX_BATCH_OPERATIONS } from "./json-body";
export { graphqlOverHttpPlugin } from "./graphql-http.plugin";
export { PrivateData } from "./private-data";
export {
  CONTENT_CHANGES_PATH,
  hasValidSignature,
  internalKey,
  sign,
  SIGNATURE_HEADER,
  signedDeliveryRoute,
} from "./internal-signature";
export type { InternalKeySource } from "./internal-signature";
