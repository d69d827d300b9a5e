import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { clientOperationHashes, persistedGetUrl } from "@careergraph/e2e";
import { loadSyntheticPractice } from "@careergraph/progress";
import {
  buildApp,
  launchChromium,
  screenshot,
  seriousViolations,
  startPlatform,
  type Browser,
  type Platform,
} from "./index";

const ROLE = { slug: "site-reliability-engineer", title: "Site Reliability Engineer" };
const FIRST = "How do you choose an SLO for a service nobody has measured yet?";
const SECOND = "Tell me about an incident you led, from the first page to the postmortem.";

let platform: Platform;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // the studio, and the learners' web app beside it: what an editor publishes shows there
  platform = await startPlatform("studio", { alsoServe: ["web"] });
  browser = await launchChromium({ viewport: { width: 1280, height: 1000 } });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Signs in on the studio's development page as `user` with exactly `roles`. */
async function signIn(on: Page, user: string, roles: string[]) {
  await on.goto(platform.url("/dev/sign-in"));
  await on.getByRole("textbox", { name: "User id" }).fill(user);
  for (const role of ["EDITOR", "ADMIN", "ANALYST", "LEARNER"])
    await on.getByRole("checkbox", { name: role, exact: true }).setChecked(roles.includes(role));
  await on.getByRole("button", { name: "Sign in" }).click();
  await on.getByRole("button", { name: "Sign out" }).waitFor();
}

async function signOut(on: Page) {
  await on.getByRole("button", { name: "Sign out" }).click();
  await on.getByRole("link", { name: "Sign in" }).first().waitFor();
}

async function expectAccessible(on: Page = page) {
  expect(await seriousViolations(on)).toEqual([]);
}

/** The text that describes a field to assistive technology: its hint and its error. */
function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

/** An anonymous reader's answer from the gateway, as the web app asks for the role's page. */
async function readerSees(slug: string): Promise<{ title: string; questionCount: number } | null> {
  const hash = clientOperationHashes().get("RolePage")!;
  const response = await fetch(persistedGetUrl(platform.stack.gatewayUrl, hash, "RolePage", { slug }), {
    headers: { "apollo-require-preflight": "true" },
  });
  const body = (await response.json()) as { data: { role: { title: string; questionCount: number } | null } };
  return body.data.role && { title: body.data.role.title, questionCount: body.data.role.questionCount };
}

const questions = (on: Page = page) => on.getByRole("list", { name: "Questions" }).locator(":scope > li");
const roleForm = () => page.getByRole("form", { name: "Role" });
const newQuestion = () => page.getByRole("form", { name: "New question" });

async function addQuestion(prompt: string, topics: string) {
  await newQuestion().getByRole("textbox", { name: "Prompt" }).fill(prompt);
  await newQuestion()
    .getByRole("textbox", { name: "Answer tip" })
    .fill("Start from what users notice, then the budget the team can spend on change.");
  await newQuestion().getByRole("combobox", { name: "Type" }).selectOption("TECHNICAL");
  await newQuestion().getByRole("textbox", { name: "Topics" }).fill(topics);
  await newQuestion().getByRole("button", { name: "Save draft" }).click();
}

describe("the studio in Chromium, against the platform", () => {
  it("gives a learner a clear “not allowed” page", async () => {
    await page.goto(platform.url("/"));
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await signIn(page, "learner-1", ["LEARNER"]);
    await page.getByRole("heading", { level: 1, name: "Not allowed" }).waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("learner-1 (LEARNER)");
    expect(await page.getByRole("navigation", { name: "Studio" }).count()).toBe(0);
    for (const path of ["/roles", "/analytics", "/import"]) {
      await page.goto(platform.url(path));
      await page.getByRole("heading", { level: 1, name: "Not allowed" }).waitFor();
    }
    await screenshot(page, "studio-not-allowed");
    await expectAccessible();
    await signOut(page);
  });

  it("lets an editor create a role and questions as drafts, shows a field error, reorder and publish; the web app shows it at once", async () => {
    await signIn(page, "editor-1", ["EDITOR"]);
    await page.getByRole("heading", { level: 1, name: "Roles" }).waitFor();
    const backend = page.getByRole("row", { name: /Backend Developer/ });
    await backend.waitFor();
    expect(await backend.getByRole("cell").allTextContents()).toEqual(
      expect.arrayContaining(["backend-developer", "Published", "1"]),
    );
    // an editor sees no analytics
    expect(await page.getByRole("link", { name: "Analytics" }).count()).toBe(0);
    await screenshot(page, "studio-roles");
    await expectAccessible();

    await page.getByRole("link", { name: "New role" }).click();
    await page.getByRole("textbox", { name: "Slug" }).fill(ROLE.slug);
    await page.getByRole("textbox", { name: "Title" }).fill(ROLE.title);
    await page.getByRole("textbox", { name: "Summary" }).fill("Keeps services reliable, measurably.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(`**/roles/${ROLE.slug}`);
    await page.getByRole("heading", { level: 1, name: ROLE.title }).waitFor();
    await roleForm().getByText("Draft", { exact: true }).waitFor();
    expect(await readerSees(ROLE.slug)).toBeNull(); // a draft: readers see nothing (and the gateway keeps that answer)

    // a prompt under 10 characters: the API's error beside Prompt, and the text stays as typed
    await addQuestion("Why SLOs?", "reliability, observability");
    const prompt = newQuestion().getByRole("textbox", { name: "Prompt" });
    await newQuestion().locator(".field-error").waitFor();
    expect(await prompt.getAttribute("aria-invalid")).toBe("true");
    expect(await descriptionOf(prompt)).toContain("must be 10 to 500 characters");
    expect(await prompt.inputValue()).toBe("Why SLOs?");
    expect(await newQuestion().getByRole("textbox", { name: "Topics" }).inputValue()).toBe(
      "reliability, observability",
    );
    await screenshot(page, "studio-field-error");
    await expectAccessible();

    await prompt.fill(FIRST);
    await newQuestion().getByRole("button", { name: "Save draft" }).click();
    await newQuestion().getByText("Question 1 saved as a draft.").waitFor();
    await addQuestion(SECOND, "incident-response");
    await newQuestion().getByText("Question 2 saved as a draft.").waitFor();
    await questions().nth(1).waitFor();
    expect(await questions().count()).toBe(2);

    // reorder: the second question moves up
    await questions().nth(1).getByRole("button", { name: "Move up" }).click();
    await questions().nth(0).getByText(SECOND).waitFor();
    await questions().nth(1).getByText(FIRST).waitFor();
    await screenshot(page, "studio-role-editor");
    await expectAccessible();

    // publish each question, then the role
    for (const position of [0, 1]) {
      await questions().nth(position).getByRole("link").click();
      await page.getByRole("form", { name: "Question" }).getByRole("button", { name: "Publish" }).click();
      await page.getByText(/^Published: version \d+\.$/).waitFor();
      await page.getByRole("link", { name: ROLE.title }).click();
      await questions().nth(position).getByText("Published", { exact: true }).waitFor();
    }
    await roleForm().getByRole("button", { name: "Publish" }).click();
    await roleForm().getByText("Published: version 2.").waitFor();

    // the web app, at once: the gateway's kept answer for readers is gone
    expect(await readerSees(ROLE.slug)).toEqual({ title: ROLE.title, questionCount: 2 });
    const reader = await browser.context.newPage();
    await reader.goto(platform.urlOf("web", `/roles/${ROLE.slug}`));
    await reader.getByRole("heading", { level: 1, name: ROLE.title }).waitFor();
    await questions(reader).nth(1).waitFor();
    expect(await questions(reader).getByRole("heading").allTextContents()).toEqual([SECOND, FIRST]);
    await reader.close();
  });

  it("edits a question, and shows each changed field before and after in its audit trail", async () => {
    await page.goto(platform.url(`/roles/${ROLE.slug}`));
    await questions().nth(0).getByRole("link").click();
    const form = page.getByRole("form", { name: "Question" });
    await form.getByRole("textbox", { name: "Topics" }).fill("incident-response, communication");
    await form.getByRole("button", { name: "Save" }).click();
    await form.getByText(/^Saved: version \d+\.$/).waitFor();
    const changes = page.getByRole("list", { name: "Changes" }).locator(":scope > li");
    await changes.first().getByText("updateQuestion", { exact: true }).waitFor();
    expect(
      await changes
        .first()
        .getByRole("row", { name: /topicSlugs/ })
        .getByRole("cell")
        .allTextContents(),
    ).toEqual([
      JSON.stringify(["incident-response"], null, 1),
      JSON.stringify(["communication", "incident-response"], null, 1),
    ]);
    expect(await changes.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("createQuestion of the Question by editor-1")]),
    );
    await screenshot(page, "studio-question-editor", { fullPage: true });
    await expectAccessible();
  });

  it("gives the second of two browser contexts editing one question the Conflict dialog, and applies its changes on top", async () => {
    const questionUrl = page.url();
    const other = await launchChromium();
    try {
      const second = await other.newPage();
      await signIn(second, "editor-2", ["EDITOR"]);
      await second.goto(questionUrl);
      const secondForm = second.getByRole("form", { name: "Question" });
      await secondForm.getByRole("textbox", { name: "Answer tip" }).waitFor();
      const tipBefore = await secondForm.getByRole("textbox", { name: "Answer tip" }).inputValue();

      // the first editor saves a new prompt
      const firstForm = page.getByRole("form", { name: "Question" });
      const newPrompt = "Walk me through an incident you led, from the first page to the postmortem.";
      await firstForm.getByRole("textbox", { name: "Prompt" }).fill(newPrompt);
      await firstForm.getByRole("button", { name: "Save" }).click();
      await firstForm.getByText(/^Saved: version \d+\.$/).waitFor();

      // the second, who read the version before, saves a new answer tip
      const newTip = "Name the timeline, the decisions you made under pressure, and what changed afterwards.";
      await secondForm.getByRole("textbox", { name: "Answer tip" }).fill(newTip);
      await secondForm.getByRole("button", { name: "Save" }).click();
      const dialog = second.getByRole("dialog", { name: "Conflict" });
      await dialog.waitFor();
      expect(
        await dialog
          .getByRole("row", { name: /^Prompt/ })
          .getByRole("cell")
          .allTextContents(),
      ).toEqual([newPrompt, SECOND]);
      expect(
        await dialog
          .getByRole("row", { name: /^Answer tip/ })
          .getByRole("cell")
          .allTextContents(),
      ).toEqual([tipBefore, newTip]);
      await screenshot(second, "studio-conflict");
      await expectAccessible(second);

      await dialog.getByRole("button", { name: "Apply again" }).click();
      await secondForm.getByText(/^Saved: version \d+\.$/).waitFor();
      expect(await dialog.isVisible()).toBe(false);
      expect(await secondForm.getByRole("textbox", { name: "Prompt" }).inputValue()).toBe(newPrompt);
      // both changes are in, on the server too
      await page.reload();
      await firstForm.getByRole("textbox", { name: "Answer tip" }).waitFor();
      expect(await firstForm.getByRole("textbox", { name: "Prompt" }).inputValue()).toBe(newPrompt);
      expect(await firstForm.getByRole("textbox", { name: "Answer tip" }).inputValue()).toBe(newTip);
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it("edits a role's guides, and shows the guide's audit trail", async () => {
    await page.goto(platform.url("/roles/backend-developer/guides"));
    const guide = page.getByRole("form", { name: "Interview guide" });
    const headline = guide.getByRole("textbox", { name: "Headline" });
    await headline.waitFor();
    const before = await headline.inputValue();
    // a too-long preparation tip title: the error beside that item's field
    await guide.getByRole("textbox", { name: "Preparation tip 1: title" }).fill("x".repeat(201));
    await guide.getByRole("button", { name: "Save" }).click();
    await guide
      .locator(".field-error")
      .getByText(/200 characters/)
      .waitFor();
    await guide.getByRole("textbox", { name: "Preparation tip 1: title" }).fill("Know your data stores");
    await headline.fill(`${before} (updated)`);
    await guide.getByRole("button", { name: "Save" }).click();
    await guide.getByText(/^Saved: version \d+\.$/).waitFor();
    const changes = page.getByRole("list", { name: "Changes" }).locator(":scope > li");
    await changes
      .first()
      .getByRole("row", { name: /headline/ })
      .waitFor();
    expect(
      await changes
        .first()
        .getByRole("row", { name: /headline/ })
        .getByRole("cell")
        .allTextContents(),
    ).toEqual([before, `${before} (updated)`]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "studio-guides");
    await expectAccessible();
  });

  it("checks a content pack as content:import does, and lists every problem", async () => {
    await page.getByRole("link", { name: "Import" }).click();
    const pack = {
      topics: [{ slug: "caching", name: "Caching" }],
      roles: [
        {
          slug: "Not A Slug",
          title: "",
          summary: "A role with problems.",
          questions: [
            { prompt: "Short", answerTip: "Long enough to pass.", type: "TECHNICAL", topics: ["nope"] },
          ],
          guide: {
            headline: "Headline",
            intro: "Intro",
            preparationTips: [],
            commonMistakes: [],
            interviewerFocus: [],
            smartQuestions: [],
            faqs: [],
          },
          relatedRoleSlugs: [],
          careerGuide: { slug: "career", title: "Career", summary: "Summary", sections: [] },
        },
      ],
      learningPaths: [],
    };
    await page.getByLabel("Content pack (JSON)").setInputFiles({
      name: "pack.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    const problems = page.getByRole("list", { name: "Problems" }).getByRole("listitem");
    await problems.first().waitFor();
    expect(await problems.allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^roles\[0\]\.slug: /),
        "roles[0].title: must not be empty",
        "roles[0].questions[0].prompt: must be at least 10 characters",
        expect.stringMatching(/^roles\[0\]\.questions\[0\]\.topics\[0\]: .*nope/),
      ]),
    );
    await page.getByRole("heading", { name: /pack\.json: \d+ problems/ }).waitFor();
    await screenshot(page, "studio-import");
    await expectAccessible();
    await signOut(page);
  });

  it("shows an analyst the charts for synthetic practice, says which cells are held back, and exports them as CSV", async () => {
    const started = Date.now();
    await loadSyntheticPractice(platform.stack.progress.deps.db, {
      learners: 2000,
      events: 30_000,
      seed: 1,
      endDate: new Date(),
      progressBar: false,
    });
    process.stderr.write(`synthetic practice loaded in ${Date.now() - started} ms\n`);
    await signIn(page, "analyst-1", ["ANALYST"]);
    await page.getByRole("heading", { level: 1, name: "Analytics" }).waitFor();
    // an analyst edits nothing
    expect(await page.getByRole("link", { name: "Roles" }).count()).toBe(0);
    await page.getByRole("img", { name: /^Practice funnel: Started/ }).waitFor();
    for (const name of [
      "Practice funnel",
      "Readiness and mastery",
      "AGAIN rate per question, hardest first",
      /^Activity by week/,
      /^Retention by weekly cohort/,
    ]) {
      await page.getByRole("region", { name }).locator(".chart svg").first().waitFor();
    }
    const funnel = page.getByRole("region", { name: "Practice funnel" });
    expect(await funnel.getByRole("row", { name: /^Started/ }).textContent()).toMatch(/\d/);
    // held back in words, never a 0
    const heldBack = page.getByText(/held back \(fewer than 5 learners\)/);
    expect(await heldBack.count()).toBeGreaterThan(0);
    const retention = page.getByRole("region", { name: /^Retention/ });
    expect(await retention.locator("svg text", { hasText: "held back" }).count()).toBeGreaterThan(0);

    await page.getByRole("radio", { name: "Day" }).check();
    await page
      .getByRole("region", { name: /^Activity by day/ })
      .locator("svg")
      .waitFor();
    await screenshot(page, "studio-analytics", { fullPage: true });
    await expectAccessible();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const csv = readFileSync(await download.path(), "utf8")
      .trim()
      .split("\r\n");
    expect(csv[0]).toBe("section,item,measure,value,held_back");
    expect(csv).toContainEqual(expect.stringMatching(/^funnel,Started,learners,\d+,no$/));
    expect(csv.some((line) => line.startsWith("activity by day,"))).toBe(true);
    expect(csv.some((line) => line.startsWith("retention,"))).toBe(true);
    // a held-back figure is an empty value marked held back, never a 0
    const held = csv.filter((line) => line.endsWith(",yes"));
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((line) => line.endsWith(",,yes"))).toBe(true);

    // nor may an analyst reach the editors' pages
    await page.goto(platform.url("/roles/backend-developer"));
    await page.getByRole("heading", { level: 1, name: "Not allowed" }).waitFor();
    expect(await page.getByRole("button", { name: /Save|Publish|Archive/ }).count()).toBe(0);
  });

  it("logged no error to the console", () => {
    expect(browser.consoleErrors).toEqual([]);
  });
});

describe("the studio's production build", () => {
  it("has no development sign-in page", () => {
    const dist = buildApp("studio", "production");
    try {
      const files = readdirSync(join(dist, "assets")).filter((file) => file.endsWith(".js"));
      const sources = files.map((file) => readFileSync(join(dist, "assets", file), "utf8"));
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source).not.toContain("dev/sign-in");
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
