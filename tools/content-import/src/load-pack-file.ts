import { readFileSync } from "node:fs";
import { checkContentPack, type ContentPackFile, type PackProblem } from "@careergraph/content";

/** Reads and checks a pack file: the pack, or every problem found in it (nothing is written then). */
export function loadPackFile(file: string): { pack: ContentPackFile } | { problems: PackProblem[] } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return { problems: [{ path: file, message: (error as Error).message }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [{ path: file, message: `is not JSON: ${(error as Error).message}` }] };
  }
  const checked = checkContentPack(value);
  return "pack" in checked ? { pack: checked.pack } : { problems: checked.problems };
}
