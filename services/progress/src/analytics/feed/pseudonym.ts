import { createHmac } from "node:crypto";

/**
 * The feed's stand-in for a user id: HMAC-SHA256 (hex) under `ANALYTICS_PSEUDONYM_SECRET` of the
 * consumer (the caller's own user id), the period (the ISO week of the event, as its Monday) and the
 * user id. So one consumer sees one pseudonym per learner per week: it can join a learner's events
 * within a week, not across weeks, and two consumers' exports cannot be joined with each other. A new
 * secret makes every pseudonym new; without it none can be traced back to a user.
 */
export function pseudonymOf(secret: string, consumer: string, period: string, userId: string): string {
  return createHmac("sha256", secret)
    .update(JSON.stringify([consumer, period, userId]), "utf8")
    .digest("hex");
}
