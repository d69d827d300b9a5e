import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { PersistedQueryOptions } from "@apollo/server";
import { InMemoryLRUCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { RequestHandler } from "express";
import { parse } from "graphql";
import type { Cache } from "@careergraph/cache";
import type { ServiceConfig } from "@careergraph/config";
import { graphqlRequestOf, sendError } from "@careergraph/edge";
import { keyValueCache } from "./key-value-cache";

/** One registered operation, as Apollo's persisted-query manifest lists it. */
export interface PersistedOperation {
  id: string;
  name?: string;
  type?: string;
  body: string;
}

/** The registered operations, by id and by exact text. */
export interface PersistedQueryManifest {
  byId: Map<string, string>;
  bodies: Set<string>;
}

const MANIFEST_FORMAT = "apollo-persisted-query-manifest";

/** Where `npm run queries:register` keeps the manifest and the gateway reads it at start. */
export function manifestPath(config: ServiceConfig): string {
  return join(config.dataDir, "persisted-queries.json");
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Reads either manifest a client build writes: Apollo's `{ format: "apollo-persisted-query-manifest",
 * version: 1, operations: [{ id, name, type, body }] }` or GraphQL Code Generator's
 * `persisted-documents.json` (`{ "<hash>": "<body>" }`). Every body must parse.
 */
export function parseManifest(json: unknown): PersistedOperation[] {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new Error("expected an object: an Apollo persisted-query manifest or a persisted-documents map");
  const record = json as Record<string, unknown>;
  const operations: PersistedOperation[] =
    record.format === MANIFEST_FORMAT
      ? apolloOperations(record)
      : Object.entries(record).map(([id, body]) => {
          if (typeof body !== "string") throw new Error(`${id}: expected the operation's text`);
          return { id, body };
        });
  for (const operation of operations) {
    try {
      parse(operation.body);
    } catch (error) {
      throw new Error(`${operation.id}: the body does not parse: ${(error as Error).message}`);
    }
  }
  return operations;
}

function apolloOperations(record: Record<string, unknown>): PersistedOperation[] {
  if (record.version !== 1) throw new Error(`version: expected 1 (got ${JSON.stringify(record.version)})`);
  if (!Array.isArray(record.operations)) throw new Error("operations: expected a list");
  return record.operations.map((entry: unknown, index) => {
    const { id, name, type, body } = (entry ?? {}) as Record<string, unknown>;
    if (typeof id !== "string" || typeof body !== "string")
      throw new Error(`operations[${index}]: expected an id and a body`);
    return {
      id,
      body,
      ...(typeof name === "string" ? { name } : {}),
      ...(typeof type === "string" ? { type } : {}),
    };
  });
}

/** The registered operations; none when nothing was registered (allowlist mode then refuses all). */
export function readManifestFile(file: string): PersistedOperation[] {
  try {
    return parseManifest(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * Adds operations to the registered manifest (older app versions keep working), written to a
 * temporary file and renamed into place so that a starting gateway never reads half a file.
 */
export function registerOperations(file: string, added: PersistedOperation[]): number {
  const byId = new Map(readManifestFile(file).map((operation) => [operation.id, operation]));
  for (const operation of added) byId.set(operation.id, operation);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  const manifest = { format: MANIFEST_FORMAT, version: 1, operations: [...byId.values()] };
  writeFileSync(temporary, JSON.stringify(manifest, null, 2) + "\n");
  renameSync(temporary, file);
  return byId.size;
}

export function toManifest(operations: PersistedOperation[]): PersistedQueryManifest {
  const byId = new Map<string, string>();
  for (const operation of operations) {
    byId.set(operation.id, operation.body);
    byId.set(sha256(operation.body), operation.body);
  }
  return { byId, bodies: new Set(operations.map((operation) => operation.body)) };
}

/**
 * Apollo's persisted-query store: with `apq`, the known operations (`manifest`) and the hashes
 * clients register as they go, in the shared Redis when there is one (every replica knows them);
 * with `only`, the manifest, read-only.
 */
export function persistedQueryOptions(
  mode: ServiceConfig["persistedQueries"],
  cache: Cache | undefined,
  manifest: PersistedQueryManifest | undefined,
): PersistedQueryOptions | false {
  if (mode === "off") return false;
  if (mode === "only" && manifest) return { cache: manifestCache(manifest), ttl: null };
  const registered = cache ? keyValueCache(cache, 86_400) : new InMemoryLRUCache<string>();
  return { cache: manifest ? withManifest(manifest, registered) : registered, ttl: 86_400 };
}

/** The manifest's operations first, then what clients registered. */
function withManifest(manifest: PersistedQueryManifest, registered: KeyValueCache): KeyValueCache {
  return {
    get: async (key) => manifest.byId.get(key.replace(/^apq:/, "")) ?? registered.get(key),
    set: (key, value, options) => registered.set(key, value, options),
    delete: (key) => registered.delete(key),
  };
}

function manifestCache(manifest: PersistedQueryManifest): KeyValueCache {
  return {
    get: async (key) => manifest.byId.get(key.replace(/^apq:/, "")),
    set: async () => undefined,
    delete: async () => false,
  };
}

/**
 * Allowlist mode: an operation sent as text runs only when it is registered (exactly, or by its
 * sha256); one sent by `documentId` (GraphQL Code Generator's persisted documents) is looked up.
 * Hash-only requests go on to Apollo, which finds them in the manifest or says PERSISTED_QUERY_NOT_FOUND.
 */
export function persistedQueryAllowlist(manifest: PersistedQueryManifest): RequestHandler {
  return (req, res, next) => {
    const params = graphqlRequestOf(req, res) as Record<string, unknown> | null | undefined;
    if (params === null) return;
    if (req.method === "POST" && params && typeof params.documentId === "string") {
      const body = manifest.byId.get(params.documentId);
      if (body !== undefined) {
        params.query = body;
        delete params.documentId;
      }
    }
    const query = params?.query;
    if (typeof query !== "string" || manifest.bodies.has(query) || manifest.byId.has(sha256(query)))
      return next();
    res
      .status(400)
      .type("application/json")
      .send(
        JSON.stringify({
          errors: [
            {
              message: "this server runs registered operations only, and this one is not registered",
              extensions: { code: "PERSISTED_QUERY_NOT_ALLOWED" },
            },
          ],
        }),
      );
  };
}

/**
 * Refuses to register (automatic persisted queries: a text sent with its hash) an operation over
 * `maxBytes`: what the store keeps per registration is bounded, and so is the store.
 */
export function persistedQuerySizeCap(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    const request = graphqlRequestOf(req, res);
    if (request === null) return;
    const registers = request?.extensions?.persistedQuery !== undefined && typeof request.query === "string";
    if (!registers || Buffer.byteLength(request.query!) <= maxBytes) return next();
    sendError(
      res,
      413,
      "PERSISTED_QUERY_TOO_LARGE",
      `a persisted operation may be at most ${maxBytes} bytes (PERSISTED_QUERY_MAX_BYTES)`,
    );
  };
}
