import { createHmac } from "node:crypto";

/**
 * The feed's stand-in for a user id: HMAC-SHA256 of the id under `ANALYTICS_PSEUDONYM_SECRET`, hex.
 * Stable while the secret is, so a warehouse can join one learner's events; changing the secret
 * (rotation) makes every pseudonym new, and without the secret none can be traced back to a user.
 */
export function pseudonymOf(secret: string, userId: string): string {
  return createHmac("sha256", secret).update(userId, "utf8").digest("hex");
}
