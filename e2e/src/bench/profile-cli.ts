import { fixed, markdownTable } from "./table";
import { summarizeProfile } from "./profile-summary";

/** `node dist/bench/profile-cli.js <file.cpuprofile> <last ms>`: the summary of one saved profile. */
const [path, lastMs] = process.argv.slice(2);
const summary = summarizeProfile(path, Number(lastMs));
process.stdout.write(`busy ${fixed(summary.busyMs, 0)} of ${fixed(summary.totalMs, 0)} ms\n\n`);
process.stdout.write(
  `${markdownTable(
    ["self time by package or file", "share of busy"],
    summary.categories.map((c) => [c.name, `${fixed(100 * c.share)}%`]),
  )}\n\n`,
);
process.stdout.write(
  `${markdownTable(
    ["top functions (self)", "share of busy"],
    summary.functions.map((f) => [f.name, `${fixed(100 * f.share)}%`]),
  )}\n`,
);
