import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { clientOperationHashes, persistedGetUrl } from "@careergraph/e2e";
import {
  buildApp,
  launchChromium,
  screenshot,
  seriousViolations,
  startPlatform,
  type Browser,
  type Platform,
} from "./index";

const SEED = "/roles/backend-developer";
const LEARNER = "browser-learner";

let platform: Platform;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  platform = await startPlatform("web");
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** The practice events the server holds for the learner, per idempotency key. */
async function eventsOnServer(): Promise<Map<string, number>> {
  const rows = await platform.stack.progress.deps.db.dataSource.query<{ key: string; n: number }[]>(
    `SELECT idempotency_key AS key, count(*)::int AS n FROM progress.practice_event WHERE user_id = $1 GROUP BY 1`,
    [LEARNER],
  );
  return new Map(rows.map((row) => [row.key, row.n]));
}

const questions = () => page.getByRole("list", { name: "Questions" }).locator(":scope > li");
const question = (position: number) => questions().nth(position - 1);
const statusOf = (item: Locator) => item.locator("[data-status]");

async function expectAccessible() {
  expect(await seriousViolations(page)).toEqual([]);
}

describe("the web app in Chromium, against the platform", () => {
  it("shows the seed page: the title as h1, 16 questions, every section", async () => {
    await page.goto(platform.url(SEED));
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Backend Developer");
    await questions().first().waitFor();
    expect(await questions().count()).toBe(16);
    await expect(question(1).getByRole("heading").textContent()).resolves.toBe(
      "How do you design a RESTful API that is consistent, versioned, and well-documented?",
    );
    for (const name of [
      "How to Prepare for a Backend Developer Interview",
      "Common Backend Developer Interview Mistakes",
      "What Interviewers Are Really Testing",
      "Smart Questions to Ask in the Interview",
      "Frequently Asked Questions",
      "Related Interview Guides",
      "Backend Developer Career Guide",
      "Learning Paths",
    ])
      expect(await page.getByRole("heading", { name, exact: true }).count()).toBe(1);
    const related = page.getByRole("region", { name: "Related Interview Guides" }).getByRole("listitem");
    expect(await related.allTextContents()).toEqual([
      "Software Engineer Interview Questions18 questions with tips",
      "Full-Stack Developer Interview Questions15 questions with tips",
      "DevOps Engineer Interview Questions16 questions with tips",
      "Data Engineer Interview Questions16 questions with tips",
    ]);
    // each answer tip opens
    const tip = question(1).locator("details.answer-tip");
    expect(await tip.getByText(/resource naming/).isVisible()).toBe(false);
    await tip.getByText("Answer tip").click();
    expect(await tip.getByText(/resource naming/).isVisible()).toBe(true);
    await screenshot(page, "role-page");
    await expectAccessible();
  });

  it("lists, searches and filters the catalog, page by page", async () => {
    await page.goto(platform.url("/"));
    const roles = page.getByRole("region", { name: "Roles" }).locator("ul.cards > li");
    await roles.first().waitFor();
    // the content pack's five roles: four, then one
    expect(await roles.count()).toBe(4);
    await page.getByRole("radio", { name: "Caching" }).check();
    await page.waitForURL(/topic=caching/);
    const withCaching = await roles.count();
    expect(withCaching).toBeGreaterThan(0);
    expect(withCaching).toBeLessThan(4);
    await page.getByRole("radio", { name: "Any" }).check();
    await page.getByRole("button", { name: "Next page" }).click();
    await page.waitForURL(/after=/);
    await page.getByRole("button", { name: "First page" }).waitFor();
    expect(await roles.count()).toBe(1);
    await page.getByRole("searchbox", { name: "Search questions" }).fill("cache");
    await page.getByRole("button", { name: "Search" }).click();
    const status = page.getByRole("region", { name: "Matching questions" }).getByRole("status");
    await status.getByText(/questions match “cache”/).waitFor();
    await page.getByRole("radio", { name: "Technical" }).check();
    await page.waitForURL(/type=TECHNICAL/);
    await status.getByText(/questions match/).waitFor();
    await screenshot(page, "catalog");
    await expectAccessible();
  });

  it("signs in on /dev/sign-in with a token the gateway mints", async () => {
    await page.goto(platform.url("/dev/sign-in"));
    await page.getByRole("textbox", { name: "User id" }).fill(LEARNER);
    await screenshot(page, "dev-sign-in");
    await expectAccessible();
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(await page.getByText(LEARNER, { exact: true }).count()).toBe(1);
  });

  it("updates a question's status and the role's readiness from the practice's payload, without a reload", async () => {
    await page.goto(platform.url(SEED));
    await statusOf(question(1)).waitFor();
    expect(await statusOf(question(1)).textContent()).toBe("Not started");
    const readiness = page.getByTestId("readiness");
    expect(await readiness.textContent()).toBe("0%");
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = "same page"));
    for (const name of ["Again", "Hard", "Good", "Easy"])
      expect(await question(1).getByRole("button", { name, exact: true }).count()).toBe(1);
    await question(1).getByRole("button", { name: "Easy", exact: true }).click();
    await statusOf(question(1)).getByText("Reviewing").waitFor();
    await question(1).getByText("Practised 1 time", { exact: false }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("same page");
    expect([...(await eventsOnServer()).values()]).toEqual([1]);
    await screenshot(page, "practice");
    await expectAccessible();
  });

  it("keeps an opened guide offline, queues 3 practices, and syncs each exactly once back online", async () => {
    // the service worker controls the page from its second load on
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await statusOf(question(1)).getByText("Reviewing").waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await browser.context.setOffline(true);
    await page.reload();
    await questions().first().waitFor();
    expect(await questions().count()).toBe(16);
    await page
      .getByRole("status")
      .getByText(/You are offline/)
      .waitFor();

    const before = await eventsOnServer();
    for (const [position, rating] of [
      [2, "Good"],
      [3, "Hard"],
      [4, "Again"],
    ] as const) {
      await question(position).getByRole("button", { name: rating, exact: true }).click();
      await question(position).getByText("1 practice saved offline, waiting to sync").waitFor();
    }
    expect(await eventsOnServer()).toEqual(before);
    const queued = await page.evaluate(
      (user) =>
        JSON.parse(localStorage.getItem(`careergraph.practice-queue.v1.${user}`) ?? "[]") as unknown[],
      LEARNER,
    );
    expect(queued).toHaveLength(3);
    await screenshot(page, "offline");

    await browser.context.setOffline(false);
    await page.getByRole("status").getByText("Synced 3 practices.").waitFor();
    for (const position of [2, 3, 4]) await statusOf(question(position)).getByText("Learning").waitFor();
    const after = await eventsOnServer();
    expect(after.size).toBe(before.size + 3);
    expect([...after.values()].every((count) => count === 1)).toBe(true);
    expect(
      await page.evaluate((user) => localStorage.getItem(`careergraph.practice-queue.v1.${user}`), LEARNER),
    ).toBe("[]");

    // going offline and back again sends nothing twice
    await browser.context.setOffline(true);
    await browser.context.setOffline(false);
    await page.reload();
    await statusOf(question(4)).getByText("Learning").waitFor();
    expect(await eventsOnServer()).toEqual(after);
  });

  it("keeps notes, and shows the review queue and the streak", async () => {
    const notes = question(1).locator("details.notes");
    await notes.getByText(/^Notes/).click();
    await notes.getByRole("textbox", { name: "New note" }).fill("Start from the resources, then the verbs.");
    await notes.getByRole("button", { name: "Add note" }).click();
    await notes.getByText("Notes (1)").waitFor();

    await page.getByRole("link", { name: "Notes" }).click();
    await page
      .getByRole("list", { name: "Notes" })
      .getByText("Start from the resources, then the verbs.")
      .waitFor();
    await screenshot(page, "notes");
    await expectAccessible();

    await page.getByRole("link", { name: "Review" }).click();
    await page.getByRole("heading", { level: 1, name: "Review" }).waitFor();
    await page.getByText("Streak:").waitFor();
    expect(await page.getByLabel("Streak: 1 day").count()).toBe(1);
    await screenshot(page, "review");
    await expectAccessible();
  });

  it("calls the gateway from the app's origin, and CORS lets the answer through", async () => {
    const gatewayUrl = platform.stack.gatewayUrl;
    expect(new URL(gatewayUrl).origin).not.toBe(platform.app.origin);
    const hash = clientOperationHashes().get("CatalogRoles")!;
    const url = persistedGetUrl(gatewayUrl, hash, "CatalogRoles", { first: 2 });
    const result = await page.evaluate(async (address) => {
      // a custom header: the browser sends a preflight first
      const response = await fetch(address, { headers: { "apollo-require-preflight": "true" } });
      const body = (await response.json()) as { data: { roles: { edges: unknown[] } } };
      return { origin: location.origin, status: response.status, roles: body.data.roles.edges.length };
    }, url);
    expect(result).toEqual({ origin: platform.app.origin, status: 200, roles: 2 });
  });

  it("logged no error to the console", () => {
    expect(browser.consoleErrors).toEqual([]);
  });
});

describe("the production build", () => {
  it("has no development sign-in page", () => {
    const dist = buildApp("web", "production");
    try {
      const files = readdirSync(join(dist, "assets")).filter((file) => file.endsWith(".js"));
      const sources = files.map((file) => readFileSync(join(dist, "assets", file), "utf8"));
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source).not.toContain("dev/sign-in");
      // and it is the build that registers its service worker
      expect(sources.some((source) => source.includes("/sw.js"))).toBe(true);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
