import { SignJWT } from "jose";
import type { UserRole } from "./viewer";

export interface TokenClaims {
  sub: string;
  roles: UserRole[];
  /** A jose duration such as "1h" or "30d". */
  expiresIn?: string;
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 token: for development (`npm run token`) and tests. */
export function signToken(secret: string, claims: TokenClaims): Promise<string> {
  let jwt = new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? "12h");
  if (claims.issuer) jwt = jwt.setIssuer(claims.issuer);
  if (claims.audience) jwt = jwt.setAudience(claims.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
