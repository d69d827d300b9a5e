import { createHash } from "node:crypto";
import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";
import { unauthenticated } from "@careergraph/schema";
import { USER_ROLES, type UserRole, type Viewer } from "./viewer";

export interface AuthOptions {
  jwtSecret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** The longest lifetime (`exp` - `iat`, or what is left of it without `iat`) a token may have. */
  maxTokenAgeSeconds?: number;
  /** The clock tokens are judged by, in milliseconds; the system clock by default (tests move their own). */
  now?: () => number;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer | null>;

/**
 * Verifies `Authorization: Bearer <JWT>`: HS256 with the shared secret, or RS256/ES256 with keys from
 * the JWKS URL; `exp` is required, its lifetime bounded by `maxTokenAgeSeconds`; `nbf` always,
 * `iss` and `aud` when configured. No header means anonymous
 * (`null`); any other failure is UNAUTHENTICATED. Unsigned (`alg: none`) tokens never verify.
 */
export function createTokenVerifier(options: AuthOptions): TokenVerifier {
  const jwks: JWTVerifyGetKey | null = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : null;
  const secret = options.jwtSecret ? new TextEncoder().encode(options.jwtSecret) : null;
  const now = options.now ?? Date.now;
  const checks = () => ({
    issuer: options.issuer,
    audience: options.audience,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    requiredClaims: ["exp"],
    currentDate: new Date(now()),
  });

  const verified = new VerifiedTokens(now);

  return async (authorization) => {
    if (authorization === undefined || authorization === "") return null;
    // the scheme is case-insensitive (RFC 9110)
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated("the Authorization header must be 'Bearer <token>'");
    const token = match[1];
    const known = verified.get(token);
    if (known) return known;
    try {
      const { payload } = jwks
        ? await jwtVerify(token, jwks, { ...checks(), algorithms: ["RS256", "ES256"] })
        : secret
          ? await jwtVerify(token, secret, { ...checks(), algorithms: ["HS256"] })
          : (() => {
              throw unauthenticated("no token verification is configured");
            })();
      checkLifetime(payload, options.maxTokenAgeSeconds, now());
      const viewer = viewerFromClaims(payload);
      verified.add(token, viewer, payload.exp!);
      return viewer;
    } catch (error) {
      throw unauthenticated(describeFailure(error));
    }
  };
}

/** How far a token's times may be off this clock (other machines' clocks drift). */
const CLOCK_TOLERANCE_SECONDS = 5;
/** How long a verified token is answered from memory before its signature is checked again. */
const REVERIFY_AFTER_MS = 30_000;
const MAX_VERIFIED_TOKENS = 10_000;

/**
 * Tokens this process verified a moment ago, with their viewer: every page of a signed-in learner
 * carries the same token to the gateway and to each subgraph, and the signature check (HMAC or RSA,
 * plus jose's claim parsing) was a visible share of each process's CPU per page. An entry lives until
 * the token's own `exp` or `REVERIFY_AFTER_MS`, whichever is first, so an expired token is refused as
 * before and a key removed from the JWKS stops being accepted within that time. Only successful
 * verifications are kept; failures are checked (and described) every time.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { viewer: Viewer; untilMs: number }>();

  constructor(private readonly now: () => number) {}

  get(token: string): Viewer | undefined {
    const entry = this.entries.get(digestOf(token));
    if (!entry) return undefined;
    if (this.now() < entry.untilMs) return entry.viewer;
    this.entries.delete(digestOf(token));
    return undefined;
  }

  add(token: string, viewer: Viewer, expSeconds: number): void {
    if (this.entries.size >= MAX_VERIFIED_TOKENS) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(digestOf(token), {
      viewer,
      untilMs: Math.min(expSeconds * 1000, this.now() + REVERIFY_AFTER_MS),
    });
  }
}

/** Tokens are kept by digest: an entry costs the same whatever the size of its token. */
function digestOf(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A long-lived token is a standing credential: refuse one that lives longer than allowed. */
function checkLifetime(payload: JWTPayload, maxSeconds: number | undefined, nowMs: number): void {
  if (maxSeconds === undefined || payload.exp === undefined) return;
  const now = Math.floor(nowMs / 1000);
  const issuedAt =
    typeof payload.iat === "number" && payload.iat <= now + CLOCK_TOLERANCE_SECONDS ? payload.iat : now;
  if (payload.exp - issuedAt > maxSeconds)
    throw unauthenticated(`the token lives longer than the ${maxSeconds} s allowed`);
}

function viewerFromClaims(payload: JWTPayload): Viewer {
  if (typeof payload.sub !== "string" || payload.sub.length === 0 || payload.sub.length > 200) {
    throw unauthenticated("the token has no subject");
  }
  const claimed: unknown = payload.roles;
  const roles = Array.isArray(claimed)
    ? claimed.filter((role): role is UserRole => USER_ROLES.includes(role as UserRole))
    : [];
  return { id: payload.sub, roles: roles.length > 0 ? roles : ["LEARNER"] };
}

function describeFailure(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "the token has expired";
  if (
    error instanceof joseErrors.JWTClaimValidationFailed &&
    error.claim === "exp" &&
    error.reason === "missing"
  )
    return "the token has no expiry (exp)";
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return "the token's signature is not valid";
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return "the token's algorithm is not accepted";
  if (error instanceof Error && "extensions" in error) return error.message.replace(/^Unauthenticated: /, "");
  return "the token is malformed";
}
