import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The reference product page, as committed beside the content pack. */
const SEED_PAGE_PATH = join(
  __dirname,
  "..",
  "..",
  "packages",
  "content",
  "fixtures",
  "backend-developer-page.txt",
);

function seedPageLines(): string[] {
  return readFileSync(SEED_PAGE_PATH, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The lines between two headings of the page (exclusive). */
export function linesBetween(start: string, end: string): string[] {
  const lines = seedPageLines();
  const from = lines.indexOf(start);
  const to = lines.indexOf(end, from + 1);
  if (from === -1 || to === -1) throw new Error(`the seed page has no section from "${start}" to "${end}"`);
  return lines.slice(from + 1, to);
}

/** The page's questions: "n", prompt, "Answer Tip", tip, repeated. */
export function seedQuestions(): { position: number; prompt: string; answerTip: string }[] {
  const lines = linesBetween(
    "Top Backend Developer Interview Questions",
    "How to Prepare for a Backend Developer Interview",
  );
  const questions = [];
  for (let i = 0; i < lines.length; i += 4) {
    if (lines[i + 2] !== "Answer Tip") throw new Error(`unexpected seed layout at "${lines[i]}"`);
    questions.push({ position: Number(lines[i]), prompt: lines[i + 1], answerTip: lines[i + 3] });
  }
  return questions;
}

/** Titled paragraphs: title line, body line, repeated. */
export function seedSections(start: string, end: string): { title: string; body: string }[] {
  const lines = linesBetween(start, end);
  const sections = [];
  for (let i = 0; i < lines.length; i += 2) sections.push({ title: lines[i], body: lines[i + 1] });
  return sections;
}
