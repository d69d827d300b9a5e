import { SingleBar, Presets } from "cli-progress";
import { rolePacks, topics, type QuestionType, type RolePack } from "@careergraph/content";

/** The synthetic catalog's shape: the content pack's roles plus generated ones up to `roles`. */
export interface CatalogSize {
  roles: number;
  questionsPerRole: number;
  /** One generated role with this many questions (statements per request must not grow with it). */
  largeRoleQuestions: number;
}

export const CATALOG: CatalogSize = { roles: 200, questionsPerRole: 50, largeRoleQuestions: 200 };

/** The generated role with `largeRoleQuestions` questions. */
export const LARGE_ROLE_SLUG = "synthetic-role-large";

const TYPES: QuestionType[] = ["BEHAVIORAL", "TECHNICAL", "SITUATIONAL"];
const WORDS = [
  "design",
  "pipeline",
  "latency",
  "schema",
  "incident",
  "review",
  "scale",
  "cache",
  "team",
  "deploy",
];

/** A seeded, reproducible word: the same role and question always get the same text. */
const word = (n: number) => WORDS[n % WORDS.length];

function syntheticRole(index: number, slug: string, questionCount: number, roleSlugs: string[]): RolePack {
  const title = `Synthetic Role ${index}`;
  return {
    slug,
    title,
    summary: `A generated role for the benchmark (${questionCount} questions).`,
    questions: Array.from({ length: questionCount }, (_, q) => ({
      prompt: `How would you ${word(index + q)} a ${word(q * 7 + 3)} for ${title}, question ${q + 1}?`,
      answerTip: `Talk about the ${word(q + 1)} and the ${word(index * 3 + q)}: what you measured and what you changed.`,
      type: TYPES[(index + q) % TYPES.length],
      topics: [topics[(index + q) % topics.length].slug],
    })),
    guide: {
      headline: `${title} interview guide`,
      intro: `What interviewers ask a ${title}, and how to prepare.`,
      preparationTips: [1, 2, 3].map((n) => ({
        title: `Tip ${n}`,
        body: `Practise the ${word(n)} questions.`,
      })),
      commonMistakes: [1, 2].map((n) => ({ title: `Mistake ${n}`, body: `Skipping the ${word(n + 4)}.` })),
      interviewerFocus: [word(index), word(index + 1)],
      smartQuestions: [`How does the team ${word(index + 2)}?`],
      faqs: [{ question: "How long does it take?", answer: "A few weeks of practice." }],
    },
    relatedRoleSlugs: [1, 2, 3].map((n) => roleSlugs[(index + n) % roleSlugs.length]),
    careerGuide: {
      slug: `${slug}-career`,
      title: `Becoming a ${title}`,
      summary: "A generated career guide.",
      sections: [{ title: "Start", body: "Learn the basics." }],
    },
  };
}

/**
 * The content pack's roles (the seed page's role among them, 16 questions each) and generated roles up
 * to `size.roles`: `questionsPerRole` questions each, one with `largeRoleQuestions`.
 */
export function syntheticPacks(size: CatalogSize = CATALOG): RolePack[] {
  const generated = size.roles - rolePacks.length;
  const slugs = [
    ...rolePacks.map((p) => p.slug),
    ...Array.from({ length: generated }, (_, i) => (i === 0 ? LARGE_ROLE_SLUG : `synthetic-role-${i}`)),
  ];
  return [
    ...rolePacks,
    ...Array.from({ length: generated }, (_, i) =>
      syntheticRole(
        i,
        slugs[rolePacks.length + i],
        i === 0 ? size.largeRoleQuestions : size.questionsPerRole,
        slugs,
      ),
    ),
  ];
}

/** A progress bar on stderr for a seeding step (`total` units). */
export function progressBar(label: string, total: number): { tick(n?: number): void; stop(): void } {
  const bar = new SingleBar(
    { format: `${label.padEnd(22)} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: (n = 1) => bar.increment(n), stop: () => bar.stop() };
}
