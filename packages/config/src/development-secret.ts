import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ServiceConfig } from "./parse-config";

/** The file, under the data directory, that holds the generated development secret. */
export const DEVELOPMENT_SECRET_FILE = "dev-jwt-secret";
/** The file, under the data directory, that holds the generated development pseudonym key of progress. */
export const DEVELOPMENT_PSEUDONYM_SECRET_FILE = "dev-pseudonym-secret";

/**
 * Outside production (`parseConfig` requires both secrets there), fills in what the environment left
 * unset with random secrets made on first use and kept under the data directory: without
 * AUTH_JWT_SECRET or AUTH_JWKS_URL, tokens are signed and verified with `<dataDir>/dev-jwt-secret`
 * (every server and `npm run token` read the same file); without ANALYTICS_PSEUDONYM_SECRET, progress
 * keys the feed's pseudonyms with `<dataDir>/dev-pseudonym-secret`. Call it after `resolveDataDir`.
 */
export function useDevelopmentSecret(config: ServiceConfig): ServiceConfig {
  if (config.nodeEnv === "production") return config;
  return withDevelopmentPseudonymSecret(withDevelopmentJwtSecret(config));
}

function withDevelopmentJwtSecret(config: ServiceConfig): ServiceConfig {
  if (config.auth.jwtSecret || config.auth.jwksUrl) return config;
  const jwtSecret = readOrCreateSecret(join(config.dataDir, DEVELOPMENT_SECRET_FILE));
  return { ...config, auth: { ...config.auth, jwtSecret, developmentSecret: true } };
}

function withDevelopmentPseudonymSecret(config: ServiceConfig): ServiceConfig {
  if (config.service !== "progress" || config.analytics.pseudonymSecret) return config;
  const pseudonymSecret = readOrCreateSecret(join(config.dataDir, DEVELOPMENT_PSEUDONYM_SECRET_FILE));
  return { ...config, analytics: { pseudonymSecret } };
}

/**
 * The four servers start at once: each writes its candidate to a private temporary file and links it
 * into place, which fails for all but the first; everyone then reads the winner.
 */
function readOrCreateSecret(file: string): string {
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(join(file, ".."), { recursive: true, mode: 0o700 });
  const candidate = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(candidate, randomBytes(32).toString("base64url") + "\n", { mode: 0o600, flag: "wx" });
  try {
    linkSync(candidate, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(candidate);
  }
  const secret = readSecret(file);
  if (!secret) throw new Error(`${file} holds no development secret: delete it and start again`);
  return secret;
}

function readSecret(file: string): string | undefined {
  try {
    const secret = readFileSync(file, "utf8").trim();
    return secret.length >= 16 ? secret : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
