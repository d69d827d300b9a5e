export {
  checkSignature,
  internalKey,
  SeenNonces,
  signRequest,
  SIGNATURE_HEADER,
  SIGNATURE_WINDOW_SECONDS,
} from "./internal-signature";
export type { InternalKeySource, SignatureCheck, SignedParts } from "./internal-signature";
export { CONTENT_CHANGES_PATH, signedDeliveryRoute } from "./delivery-route";
export { entitiesClientOf, fetchEntities } from "./entities-client";
export type { EntitiesClientOptions, EntitiesRequest } from "./entities-client";
