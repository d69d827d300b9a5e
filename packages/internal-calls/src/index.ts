export {
  CONTENT_CHANGES_PATH,
  hasValidSignature,
  internalKey,
  sign,
  SIGNATURE_HEADER,
  signedDeliveryRoute,
} from "./internal-signature";
export type { InternalKeySource } from "./internal-signature";
export { fetchEntities } from "./entities-client";
export type { EntitiesClientOptions, EntitiesRequest } from "./entities-client";
