import { decodeJwt } from "jose";
import { parseArgs } from "node:util";
import { readConfig } from "@careergraph/runtime";
import { signToken } from "./sign-token";
import { USER_ROLES, type UserRole } from "./viewer";

/** `npm run token -- --sub user-1 --roles LEARNER,EDITOR [--expires 12h]` prints a signed token. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sub: { type: "string" },
      roles: { type: "string", default: "LEARNER" },
      expires: { type: "string", default: "12h" },
    },
  });
  const roles = (values.roles ?? "")
    .split(",")
    .map((role) => role.trim().toUpperCase())
    .filter(Boolean);
  const unknown = roles.filter((role) => !USER_ROLES.includes(role as UserRole));
  if (!values.sub || unknown.length > 0) {
    process.stderr.write(
      `usage: npm run token -- --sub <user id> --roles ${USER_ROLES.join(",")} [--expires 12h]\n`,
    );
    if (unknown.length > 0) process.stderr.write(`unknown roles: ${unknown.join(", ")}\n`);
    process.exit(2);
  }
  const { jwtSecret, issuer, audience, maxTokenAgeSeconds } = readConfig("gateway").auth;
  if (!jwtSecret) {
    process.stderr.write(
      "AUTH_JWT_SECRET is not set: tokens for a JWKS setup come from your identity provider\n",
    );
    process.exit(1);
  }
  const token = await signToken(jwtSecret, {
    sub: values.sub,
    roles: roles as UserRole[],
    expiresIn: values.expires,
    issuer,
    audience,
  });
  const { exp = 0, iat = 0 } = decodeJwt(token);
  if (exp - iat > maxTokenAgeSeconds) {
    process.stderr.write(`--expires ${values.expires} is longer than AUTH_MAX_TOKEN_AGE allows\n`);
    process.exit(2);
  }
  process.stdout.write(token + "\n");
}

void main();
