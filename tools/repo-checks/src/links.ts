import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { headingAnchors, markdownLinks } from "./markdown";

/** The repository's root folder, from this package's source or build. */
export const REPOSITORY_ROOT = resolve(__dirname, "..", "..", "..");

/** A target with a scheme (`https:`, `mailto:`) or `//host` leaves the repository. */
const EXTERNAL = /^([a-z][a-z\d+.-]*:|\/\/)/i;

/**
 * Every relative link or image in `file` (a markdown file, relative to `root`) that does not resolve,
 * as `file:line: target (why)`: its file or folder must exist inside the repository, and an anchor
 * into a markdown file must match one of its headings.
 */
export function brokenLinks(root: string, file: string): string[] {
  const source = join(root, file);
  const problems: string[] = [];
  for (const { target, line } of markdownLinks(readFileSync(source, "utf8"))) {
    if (EXTERNAL.test(target)) continue;
    const problem = whyBroken(root, source, target);
    if (problem) problems.push(`${file}:${line}: ${target} (${problem})`);
  }
  return problems;
}

function whyBroken(root: string, source: string, target: string): string | undefined {
  const hash = target.indexOf("#");
  const path = decodeURIComponent((hash === -1 ? target : target.slice(0, hash)).split("?")[0]);
  const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
  const resolved =
    path === "" ? source : path.startsWith("/") ? join(root, path) : resolve(dirname(source), path);
  const inside = relative(root, resolved);
  if (inside === ".." || inside.startsWith(`..${sep}`)) return "outside the repository";
  if (!existsSync(resolved)) return "no such file or folder";
  if (anchor === undefined || !resolved.endsWith(".md") || statSync(resolved).isDirectory()) return undefined;
  return headingAnchors(readFileSync(resolved, "utf8")).has(anchor) ? undefined : "no such heading";
}
