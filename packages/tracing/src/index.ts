export { withRequestId, requestIdOf, REQUEST_ID_ATTRIBUTE } from "./request-id-baggage";
