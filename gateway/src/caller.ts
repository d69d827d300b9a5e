import type { RequestHandler, Response } from "express";
import type { TokenVerifier, Viewer } from "@careergraph/auth";

/**
 * Verifies the caller's token once per request. The rate limiter (which needs to know whose budget to
 * charge) and the GraphQL context (which refuses a bad token with 401) share the same answer.
 */
export function verifyCallerOnce(verifyToken: TokenVerifier): RequestHandler {
  return (req, res, next) => {
    const verified = verifyToken(req.headers.authorization);
    // awaited later by whoever needs it; a refusal must not count as unhandled meanwhile
    verified.catch(() => undefined);
    res.locals.caller = verified;
    next();
  };
}

/** The verified caller of this request (`null` when anonymous); rejects UNAUTHENTICATED for a bad token. */
export function callerOf(res: Response): Promise<Viewer | null> {
  return res.locals.caller as Promise<Viewer | null>;
}
