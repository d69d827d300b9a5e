import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The header that carries an internal call's signature: `t=<unix seconds>,n=<nonce>,s=<HMAC>`. */
export const SIGNATURE_HEADER = "x-careergraph-signature";

/** How far a signature's time may be from the receiver's clock, either way. */
export const SIGNATURE_WINDOW_SECONDS = 300;

/** The parts of a server's configuration that the internal key comes from. */
export interface InternalKeySource {
  internalApiSecret?: string;
  auth: { jwtSecret?: string };
}

/**
 * The key that signs calls between careergraph's servers: `INTERNAL_API_SECRET`, or one derived from
 * the token secret (never the token secret itself, so a signature can never pass for a token).
 * `undefined` when neither is configured: nothing can be signed or accepted as signed.
 */
export function internalKey(config: InternalKeySource): Buffer | undefined {
  if (config.internalApiSecret) return Buffer.from(config.internalApiSecret);
  if (!config.auth.jwtSecret) return undefined;
  return createHmac("sha256", config.auth.jwtSecret).update("careergraph internal api").digest();
}

/** What a signature covers: the method, the path with its query string, and the body. */
export interface SignedParts {
  method: string;
  path: string;
  body: Buffer | string;
}

/**
 * The signature of a call: an HMAC-SHA256, with the internal key, over the method, the path, the
 * body's sha256, the time and a fresh nonce. `now` is in milliseconds.
 */
export function signRequest(
  key: Buffer,
  parts: SignedParts,
  now = Date.now(),
  nonce = randomBytes(12).toString("base64url"),
): string {
  const time = Math.floor(now / 1000);
  return `t=${time},n=${nonce},s=${mac(key, parts, time, nonce)}`;
}

export type SignatureCheck = { valid: true; nonce: string; time: number } | { valid: false; reason: string };

/** Whether `header` signs exactly these parts with this key, at a time within the window of `now`. */
export function checkSignature(
  key: Buffer,
  parts: SignedParts,
  header: string | undefined,
  now = Date.now(),
): SignatureCheck {
  const fields = /^t=(\d{1,12}),n=([\w-]{8,64}),s=([\w-]{43})$/.exec(header ?? "");
  if (!fields) return { valid: false, reason: "no signature" };
  const [, timeText, nonce, given] = fields;
  const time = Number(timeText);
  if (Math.abs(now / 1000 - time) > SIGNATURE_WINDOW_SECONDS)
    return { valid: false, reason: "the signature's time is outside the window" };
  const expected = Buffer.from(mac(key, parts, time, nonce));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    return { valid: false, reason: "the signature does not match" };
  return { valid: true, nonce, time };
}

function mac(key: Buffer, { method, path, body }: SignedParts, time: number, nonce: string): string {
  const digest = createHash("sha256").update(body).digest("base64url");
  return createHmac("sha256", key)
    .update(`${method.toUpperCase()}\n${path}\n${digest}\n${time}\n${nonce}`)
    .digest("base64url");
}

/**
 * Nonces of signatures accepted within the window: a call seen once is refused when it comes again.
 * Bounded: a nonce is forgotten once its signature's time has left the window, when it could no
 * longer pass anyway.
 */
export class SeenNonces {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly maxNonces = 100_000) {}

  /** Records a nonce; false when it was seen already, or when too many are held to tell. */
  remember(nonce: string, time: number, now = Date.now()): boolean {
    this.forgetExpired(now);
    if (this.expiries.has(nonce) || this.expiries.size >= this.maxNonces) return false;
    this.expiries.set(nonce, (time + SIGNATURE_WINDOW_SECONDS) * 1000);
    return true;
  }

  private forgetExpired(now: number): void {
    for (const [nonce, expiry] of this.expiries) if (expiry < now) this.expiries.delete(nonce);
  }
}
