export {
  adminAppOf,
  createHttpApp,
  listen,
  listenWithAdmin,
  closeServer,
  startDraining,
} from "./http-server";
export type { HttpAppOptions, ListeningServer } from "./http-server";
export { metricsPlugin } from "./metrics.plugin";
export { checkReadiness } from "./readiness";
export type { ReadinessCheck, ReadinessReport } from "./readiness";
export { requestIdFrom, REQUEST_ID_HEADER } from "./request-id";
export { createErrorFormatter } from "./format-error";
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
export type { OperationLimits, ShapeGuard } from "./operation-limits";
export { operationLimitsPlugin } from "./limits.plugin";
export type { OperationLimitsPluginOptions } from "./limits.plugin";
export { jsonBody, sendError, BODY_LIMIT_BYTES, MAX_BATCH_OPERATIONS } from "./json-body";
export { graphqlPost } from "./graphql-post";
export { graphqlOverHttpPlugin } from "./graphql-http.plugin";
export { graphqlRequestOf, readGraphQLRequest } from "./graphql-request";
export type { GraphQLRequestParts } from "./graphql-request";
export type { CallerCheck } from "./caller-check";
export { requestDigest } from "./request-digest";
export { documentStore } from "./document-store";
