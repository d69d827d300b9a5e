import { parseArgs } from "node:util";

export interface SyntheticArgs {
  learners: number;
  events: number;
  seed: number;
}

/** `--learners N --events N --seed N` (whole numbers), with a message naming a bad one. */
export function parseSyntheticArgs(argv: string[], defaults: SyntheticArgs): SyntheticArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      learners: { type: "string" },
      events: { type: "string" },
      seed: { type: "string" },
    },
  });
  const whole = (name: keyof SyntheticArgs, min: number) => {
    const raw = values[name];
    if (raw === undefined) return defaults[name];
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < min)
      throw new Error(`--${name}: expected a whole number >= ${min}, got ${raw}`);
    return value;
  };
  return { learners: whole("learners", 1), events: whole("events", 0), seed: whole("seed", 0) };
}
