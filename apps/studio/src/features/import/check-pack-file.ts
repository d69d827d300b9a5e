import { checkContentPack, type ContentPackFile, type PackProblem } from "@careergraph/content";

/**
 * A pack file's text, checked as `npm run content:import` checks it (the same `checkContentPack`
 * from packages/content, run here in the browser): the pack, or every problem with its place.
 */
export function checkPackText(
  name: string,
  text: string,
): { pack: ContentPackFile; problems: [] } | { problems: PackProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [{ path: name, message: `is not JSON: ${(error as Error).message}` }] };
  }
  return checkContentPack(value);
}
