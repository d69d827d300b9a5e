import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  startTime: number;
  endTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function's self time is counted: a package, a careergraph file, or a V8/Node category. */
function categoryOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === "(idle)") return "(idle)";
  if (functionName === "(garbage collector)") return "(garbage collector)";
  if (functionName === "(program)") return "(program)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const ours = /\/(packages|services|gateway)\/([^/]+\/)?(?:dist|src)\/(.+)$/.exec(url);
  if (ours) return `careergraph ${ours[1] === "gateway" ? "gateway" : ours[2]?.replace("/", "")}`;
  if (url.startsWith("node:")) return url.replace(/^node:internal\//, "node:");
  if (!url) return `native: ${functionName || "(anonymous)"}`;
  return url;
}

export interface ProfileSummary {
  totalMs: number;
  busyMs: number;
  categories: { name: string; ms: number; share: number }[];
  functions: { name: string; ms: number; share: number }[];
}

/**
 * Self time per category and per function of a `--cpu-prof` file, as shares of the busy time, over the
 * profile's last `lastMs` (the load; not the start-up before it).
 */
export function summarizeProfile(path: string, lastMs: number, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  const from = profile.endTime - lastMs * 1000;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= from) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    total += us;
    const category = categoryOf(node);
    if (category === "(idle)") {
      idle += us;
      continue;
    }
    categories.set(category, (categories.get(category) ?? 0) + us);
    const where = node.callFrame.url
      .replace(/^.*node_modules\//, "")
      .replace(/^.*\/(packages|services|gateway)\//, "$1/");
    const name = `${node.callFrame.functionName || "(anonymous)"} ${where}:${node.callFrame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const busy = total - idle;
  const rank = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / busy }));
  return {
    totalMs: total / 1000,
    busyMs: busy / 1000,
    categories: rank(categories),
    functions: rank(functions),
  };
}
