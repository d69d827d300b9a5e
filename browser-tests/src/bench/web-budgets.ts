import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { buildApp } from "../harness/build-app";
import { CHROMIUM_PATH } from "../harness/chromium";
import { startPlatform } from "../harness/platform";

/**
 * `npm run bench` (and `npm run bench:web` alone): the web app's budgets, reported, never asserted.
 * - the initial JavaScript, gzipped: what `index.html` loads before the first render (its module
 *   script and the chunks it preloads), from a production build;
 * - the time to the seed page's first render in headless Chromium (a new profile each run, so a
 *   first visit: no HTTP cache, no service worker) against a warm gateway: from navigation start
 *   until the page shows its title and all 16 questions. BENCH_WEB_RUNS (7) runs; median and worst.
 */
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 7);
const out = (text: string) => process.stdout.write(`${text}\n`);

function initialJavaScript(dist: string): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g),
  ].map((match) => match[1]);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

async function firstRenders(): Promise<number[]> {
  const platform = await startPlatform("web", { mode: "production" });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-quic",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  try {
    // warm: one visit first (the same request, Accept header and all, as the measured ones send)
    const times: number[] = [];
    for (let run = -1; run < RUNS; run++) {
      const context = await browser.newContext({ serviceWorkers: "block" });
      const page = await context.newPage();
      await page.goto(platform.url("/roles/backend-developer"), { waitUntil: "commit" });
      await page.waitForFunction(
        () =>
          document.querySelector("h1")?.textContent === "Backend Developer" &&
          document.querySelectorAll('ol[aria-label="Questions"] > li').length === 16,
        undefined,
        { polling: "raf" },
      );
      const at = await page.evaluate(() => performance.now());
      if (run >= 0) times.push(at);
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
    await platform.stop();
  }
}

async function main(): Promise<void> {
  const dist = buildApp("web", "production");
  const js = initialJavaScript(dist);
  rmSync(dist, { recursive: true, force: true });
  out("\n## Web app budgets\n");
  out("| budget | value |\n| --- | ---: |");
  out(
    `| initial JavaScript, gzipped (${js.files.join(", ")}) | ${(js.gzip / 1024).toFixed(1)} KiB (${(js.raw / 1024).toFixed(1)} KiB raw) |`,
  );
  try {
    const times = (await firstRenders()).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    out(
      `| seed page's first render, headless Chromium, first visit, warm gateway (median of ${times.length}) | ${median.toFixed(0)} ms |`,
    );
    out(`| the same, slowest of ${times.length} | ${times[times.length - 1].toFixed(0)} ms |`);
  } catch (error) {
    out(
      `| seed page's first render | not measured: ${error instanceof Error ? error.message.split("\n")[0] : String(error)} |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
