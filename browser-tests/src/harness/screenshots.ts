import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { REPOSITORY_ROOT } from "./build-app";

export const SCREENSHOTS_DIR = join(REPOSITORY_ROOT, "docs", "screenshots");

/** Writes `docs/screenshots/<name>.png` (the docs show them; `npm run screenshots` makes them again). */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false, animations: "disabled" });
  return file;
}
