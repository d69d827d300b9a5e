import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DocumentNode } from "graphql";

const DOCUMENT_STORE_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Apollo Server's cache of parsed operations, bounded by what it really holds: a parsed document keeps
 * its whole source text (comments included) through its locations, which Apollo's own store does not
 * count, so that unique large texts could fill memory past its bound. Keys are sha256 digests.
 */
export function documentStore(): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({
    maxSize: DOCUMENT_STORE_MAX_BYTES,
    sizeCalculation: (document) =>
      Buffer.byteLength(JSON.stringify(document)) + (document.loc?.source.body.length ?? 0),
  });
}
