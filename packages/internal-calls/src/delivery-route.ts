import express, { type Request, type Response, type Router } from "express";
import {
  checkSignature,
  internalKey,
  SeenNonces,
  SIGNATURE_HEADER,
  type InternalKeySource,
} from "./internal-signature";

/** The path, under a server's address, where content changes are delivered. */
export const CONTENT_CHANGES_PATH = "/internal/content-changes";

/**
 * `POST /internal/content-changes`, taken only when signed with the internal key, within the window,
 * and never twice (each nonce once): `handle` gets the body of such a delivery; anything else is 401
 * and `handle` never runs, so a captured delivery cannot be replayed.
 */
export function signedDeliveryRoute(
  config: InternalKeySource,
  handle: (body: Buffer, req: Request, res: Response) => Promise<void>,
  now: () => number = Date.now,
): Router {
  const router = express.Router();
  const key = internalKey(config);
  const seen = new SeenNonces();
  router.post(
    CONTENT_CHANGES_PATH,
    express.raw({ type: "application/json", limit: "1mb" }),
    async (req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const parts = { method: req.method, path: req.originalUrl, body };
      const check = key ? checkSignature(key, parts, req.header(SIGNATURE_HEADER), now()) : undefined;
      if (!check?.valid || !seen.remember(check.nonce, check.time, now())) {
        const reason = check && !check.valid ? check.reason : "already delivered, or no internal key";
        res.status(401).json({ error: `a content change must be signed with the internal key: ${reason}` });
        return;
      }
      await handle(body, req, res);
    },
  );
  return router;
}
