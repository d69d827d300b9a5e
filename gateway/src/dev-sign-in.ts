import express, { Router } from "express";
import { signToken, USER_ROLES, type UserRole } from "@careergraph/auth";
import type { ServiceConfig } from "@careergraph/config";
import { corsMiddleware } from "./cors";

const DEV_SIGN_IN_PATH = "/dev/sign-in";
const MAX_SUBJECT_LENGTH = 200;

/**
 * `POST /dev/sign-in` with `{ sub, roles }` answers `{ token }`: a token signed with this gateway's
 * HS256 secret (the generated development secret under `npm start`), for the apps' development
 * sign-in pages. Outside production only, and only with a secret: `undefined` otherwise, and the
 * gateway then has no such route at all.
 */
export function devSignInRoute(config: ServiceConfig): Router | undefined {
  const secret = config.auth.jwtSecret;
  if (config.nodeEnv === "production" || !secret) return undefined;
  const router = Router();
  router.use(DEV_SIGN_IN_PATH, corsMiddleware(config));
  router.post(DEV_SIGN_IN_PATH, express.json({ limit: "4kb" }), (req, res, next) => {
    const problem = badRequest(req.body);
    if (problem) {
      res.status(400).json({ error: problem });
      return;
    }
    const { sub, roles } = req.body as { sub: string; roles?: UserRole[] };
    signToken(secret, {
      sub,
      roles: roles && roles.length > 0 ? roles : ["LEARNER"],
      issuer: config.auth.issuer,
      audience: config.auth.audience,
    }).then((token) => res.json({ token }), next);
  });
  return router;
}

function badRequest(body: unknown): string | undefined {
  const { sub, roles } = (body ?? {}) as Record<string, unknown>;
  if (typeof sub !== "string" || sub.length === 0 || sub.length > MAX_SUBJECT_LENGTH)
    return `sub: expected 1 to ${MAX_SUBJECT_LENGTH} characters`;
  if (roles === undefined) return undefined;
  if (!Array.isArray(roles) || !roles.every((role) => (USER_ROLES as readonly unknown[]).includes(role)))
    return `roles: expected a list of ${USER_ROLES.join(", ")}`;
  return undefined;
}
