import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from "jose";
import { signToken } from "./sign-token";
import { createTokenVerifier } from "./token-verifier";

const SECRET = "a-test-secret-of-some-length";
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return "verified";
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
}

describe("HS256 with a shared secret", () => {
  const verify = createTokenVerifier({ jwtSecret: SECRET, issuer: "careergraph", audience: "api" });

  it("gives the caller's id and roles, LEARNER when the token names none", async () => {
    const token = await signToken(SECRET, {
      sub: "user-1",
      roles: ["EDITOR", "ANALYST"],
      issuer: "careergraph",
      audience: "api",
    });
    expect(await verify(`Bearer ${token}`)).toEqual({ id: "user-1", roles: ["EDITOR", "ANALYST"] });
    const plain = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("user-2")
      .setIssuer("careergraph")
      .setAudience("api")
      .setExpirationTime(inAnHour())
      .sign(new TextEncoder().encode(SECRET));
    expect(await verify(`Bearer ${plain}`)).toEqual({ id: "user-2", roles: ["LEARNER"] });
  });

  it("refuses a token it verified before once the token has expired", async () => {
    let clock = Date.now();
    const verifyPlain = createTokenVerifier({ jwtSecret: SECRET, now: () => clock });
    const expiresIn2s = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("user-3")
      .setExpirationTime(Math.floor(clock / 1000) + 2)
      .sign(new TextEncoder().encode(SECRET));
    expect(await verifyPlain(`Bearer ${expiresIn2s}`)).toEqual({ id: "user-3", roles: ["LEARNER"] });
    expect(await verifyPlain(`Bearer ${expiresIn2s}`)).toEqual({ id: "user-3", roles: ["LEARNER"] });
    // within jose's 5 s clock tolerance past exp it still passes; past it, it does not
    clock += 6_000;
    expect(await verifyPlain(`Bearer ${expiresIn2s}`)).toEqual({ id: "user-3", roles: ["LEARNER"] });
    clock += 2_000;
    expect(await codeOf(verifyPlain(`Bearer ${expiresIn2s}`))).toBe("UNAUTHENTICATED");
  });

  it("treats no header as anonymous", async () => {
    expect(await verify(undefined)).toBeNull();
  });

  it("refuses a wrong issuer or audience, a token without a subject and a header that is not Bearer", async () => {
    const wrongIssuer = await signToken(SECRET, {
      sub: "u",
      roles: ["LEARNER"],
      issuer: "elsewhere",
      audience: "api",
    });
    const wrongAudience = await signToken(SECRET, {
      sub: "u",
      roles: ["LEARNER"],
      issuer: "careergraph",
      audience: "other",
    });
    const noSubject = await new SignJWT({ roles: ["ADMIN"] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("careergraph")
      .setAudience("api")
      .setExpirationTime(inAnHour())
      .sign(new TextEncoder().encode(SECRET));
    for (const header of [
      `Bearer ${wrongIssuer}`,
      `Bearer ${wrongAudience}`,
      `Bearer ${noSubject}`,
      `Basic dXNlcjpwYXNz`,
    ]) {
      expect(await codeOf(verify(header))).toBe("UNAUTHENTICATED");
    }
  });
});

describe("token lifetime", () => {
  const verify = createTokenVerifier({ jwtSecret: SECRET, maxTokenAgeSeconds: 3600 });
  const now = () => Math.floor(Date.now() / 1000);
  const signed = (claims: { iat?: number; exp?: number }) => {
    let jwt = new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("u");
    if (claims.iat !== undefined) jwt = jwt.setIssuedAt(claims.iat);
    if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
    return jwt.sign(new TextEncoder().encode(SECRET));
  };
  const outcome = async (claims: { iat?: number; exp?: number }) => {
    try {
      await verify(`Bearer ${await signed(claims)}`);
      return "verified";
    } catch (error) {
      return (error as Error).message;
    }
  };

  it("refuses a token without exp", async () => {
    expect(await outcome({ iat: now() })).toBe("Unauthenticated: the token has no expiry (exp)");
  });

  it("accepts a lifetime up to the limit and refuses one just over it", async () => {
    const iat = now() - 10;
    expect(await outcome({ iat, exp: iat + 3600 })).toBe("verified");
    expect(await outcome({ iat, exp: iat + 3601 })).toMatch(/lives longer than the 3600 s allowed/);
  });

  it("without iat, bounds what is left of the token's life", async () => {
    expect(await outcome({ exp: now() + 3500 })).toBe("verified");
    expect(await outcome({ exp: now() + 3700 })).toMatch(/lives longer/);
  });

  it("does not let an iat in the future shorten the lifetime it measures", async () => {
    expect(await outcome({ iat: now() + 3000, exp: now() + 3700 })).toMatch(/lives longer/);
  });
});

describe("RS256 and ES256 with keys from a JWKS URL", () => {
  let server: Server;
  let jwksUrl: string;
  const keys: { alg: string; kid: string; privateKey: KeyLike }[] = [];

  beforeAll(async () => {
    const published: JWK[] = [];
    for (const alg of ["RS256", "ES256"]) {
      const { publicKey, privateKey } = await generateKeyPair(alg);
      const kid = `${alg.toLowerCase()}-key`;
      keys.push({ alg, kid, privateKey });
      published.push({ ...(await exportJWK(publicKey)), kid, alg, use: "sig" });
    }
    server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (key: { alg: string; kid: string; privateKey: KeyLike }, sub = "jwks-user") =>
    new SignJWT({ roles: ["ANALYST"] })
      .setProtectedHeader({ alg: key.alg, kid: key.kid })
      .setSubject(sub)
      .setExpirationTime(inAnHour())
      .sign(key.privateKey);

  it("verifies tokens signed by either published key", async () => {
    const verify = createTokenVerifier({ jwksUrl });
    for (const key of keys)
      expect(await verify(`Bearer ${await sign(key)}`)).toEqual({ id: "jwks-user", roles: ["ANALYST"] });
  });

  it("refuses a token signed by a key the JWKS does not publish, and HS256 tokens", async () => {
    const verify = createTokenVerifier({ jwksUrl });
    const { privateKey } = await generateKeyPair("RS256");
    const stranger = await sign({ alg: "RS256", kid: "rs256-key", privateKey });
    expect(await codeOf(verify(`Bearer ${stranger}`))).toBe("UNAUTHENTICATED");
    expect(await codeOf(verify(`Bearer ${await signToken(SECRET, { sub: "u", roles: ["LEARNER"] })}`))).toBe(
      "UNAUTHENTICATED",
    );
  });
});
