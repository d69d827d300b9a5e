import { createHmac, timingSafeEqual } from "node:crypto";
import express, { type Request, type Response, type Router } from "express";

/** The path, under a server's address, where content changes are delivered. */
export const CONTENT_CHANGES_PATH = "/internal/content-changes";

/** The header that carries a content-change delivery's signature. */
export const SIGNATURE_HEADER = "x-careergraph-signature";

/** The parts of a server's configuration that the internal key comes from. */
export interface InternalKeySource {
  internalApiSecret?: string;
  auth: { jwtSecret?: string };
}

/**
 * The key that signs deliveries between careergraph's servers (content changes): `INTERNAL_API_SECRET`,
 * or one derived from the token secret (never the token secret itself, so a signature can never pass
 * for a token). `undefined` when neither is configured: nothing can be delivered or accepted.
 */
export function internalKey(config: InternalKeySource): Buffer | undefined {
  if (config.internalApiSecret) return Buffer.from(config.internalApiSecret);
  if (!config.auth.jwtSecret) return undefined;
  return createHmac("sha256", config.auth.jwtSecret).update("careergraph internal api").digest();
}

export function sign(key: Buffer, body: string): string {
  return `sha256=${createHmac("sha256", key).update(body).digest("hex")}`;
}

export function hasValidSignature(key: Buffer, body: Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(sign(key, body.toString("utf8")));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * `POST /internal/content-changes` with the raw body checked against its signature: `handle` gets
 * the body of a delivery signed with the internal key; anything else is 401 and `handle` never runs.
 */
export function signedDeliveryRoute(
  config: InternalKeySource,
  handle: (body: Buffer, req: Request, res: Response) => Promise<void>,
): Router {
  const router = express.Router();
  const key = internalKey(config);
  router.post(
    CONTENT_CHANGES_PATH,
    express.raw({ type: "application/json", limit: "1mb" }),
    async (req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!key || !hasValidSignature(key, body, req.header(SIGNATURE_HEADER))) {
        res.status(401).json({ error: "a content change must be signed with the internal key" });
        return;
      }
      await handle(body, req, res);
    },
  );
  return router;
}
