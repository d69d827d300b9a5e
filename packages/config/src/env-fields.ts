import { z } from "zod";

/** A whole number from `min` to `max`; the message names what is expected. */
export const int = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: `expected ${what}` })
    .int({ error: `expected ${what}` })
    .min(min, { error: `expected ${what}` })
    .max(max, { error: `expected ${what}` });

/** A URL with one of the given protocols (`"http:"`). */
export const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: `expected a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}` },
  );

export const boolean = () => z.enum(["true", "false"], { error: "expected true or false" });
