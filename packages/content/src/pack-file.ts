import { z } from "zod";
import { CONTENT_LIMITS, SLUG_PATTERN } from "./limits";
import type { LearningPathContent, RolePack, TopicContent } from "./types";

/** A content pack as a file: what `npm run content:import` reads. */
export interface ContentPackFile {
  topics: TopicContent[];
  roles: RolePack[];
  learningPaths: LearningPathContent[];
}

/** One thing wrong with a pack, at its place in the file (`roles[2].questions[7].prompt`). */
export interface PackProblem {
  path: string;
  message: string;
}

const text = (limits: { min: number; max: number }) =>
  z
    .string()
    .trim()
    .min(limits.min, {
      error: limits.min === 1 ? "must not be empty" : `must be at least ${limits.min} characters`,
    })
    .max(limits.max, { error: `must be at most ${limits.max} characters` });
const slug = z
  .string()
  .max(CONTENT_LIMITS.slug.max, { error: `must be at most ${CONTENT_LIMITS.slug.max} characters` })
  .regex(SLUG_PATTERN, { error: "must be lowercase letters or digits, words joined by single hyphens" });
const items = <T extends z.ZodType>(item: T) =>
  z.array(item).max(CONTENT_LIMITS.guideItems.max, {
    error: `must have at most ${CONTENT_LIMITS.guideItems.max} items`,
  });
const section = z.object({
  title: text(CONTENT_LIMITS.sectionTitle),
  body: text(CONTENT_LIMITS.sectionBody),
});

const packSchema = z.object({
  topics: z.array(z.object({ slug, name: text(CONTENT_LIMITS.topicName) })).default([]),
  roles: z.array(
    z.object({
      slug,
      title: text(CONTENT_LIMITS.roleTitle),
      summary: text(CONTENT_LIMITS.roleSummary),
      questions: z.array(
        z.object({
          prompt: text(CONTENT_LIMITS.prompt),
          answerTip: text(CONTENT_LIMITS.answerTip),
          type: z.enum(["BEHAVIORAL", "TECHNICAL", "SITUATIONAL"]),
          topics: z.array(slug).max(CONTENT_LIMITS.topicsPerQuestion.max),
        }),
      ),
      guide: z.object({
        headline: text(CONTENT_LIMITS.guideHeadline),
        intro: text(CONTENT_LIMITS.guideIntro),
        preparationTips: items(section),
        commonMistakes: items(section),
        interviewerFocus: items(text(CONTENT_LIMITS.guideLine)),
        smartQuestions: items(text(CONTENT_LIMITS.guideLine)),
        faqs: items(
          z.object({ question: text(CONTENT_LIMITS.faqQuestion), answer: text(CONTENT_LIMITS.faqAnswer) }),
        ),
      }),
      relatedRoleSlugs: items(slug),
      careerGuide: z.object({
        slug,
        title: text(CONTENT_LIMITS.careerGuideTitle),
        summary: text(CONTENT_LIMITS.careerGuideSummary),
        sections: items(section),
      }),
    }),
  ),
  learningPaths: z
    .array(
      z.object({
        slug,
        title: text(CONTENT_LIMITS.learningPathTitle),
        description: text(CONTENT_LIMITS.learningPathDescription),
        roleSlugs: items(slug),
      }),
    )
    .default([]),
});

/** `roles.2.questions.7.prompt` as `roles[2].questions[7].prompt`. */
function pathOf(parts: PropertyKey[]): string {
  return parts
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i > 0 ? "." : ""}${String(part)}`))
    .join("");
}

/**
 * Checks a whole pack before anything is written and reports every problem, each at its path:
 * shapes and lengths, then what refers to what (topics, related roles, learning paths, duplicates).
 */
export function checkContentPack(
  value: unknown,
): { pack: ContentPackFile; problems: [] } | { problems: PackProblem[] } {
  const parsed = packSchema.safeParse(value);
  if (parsed.success) {
    const problems = referenceProblems(parsed.data);
    return problems.length > 0 ? { problems } : { pack: parsed.data, problems: [] };
  }
  const shapeProblems = parsed.error.issues.map((issue) => ({
    path: pathOf(issue.path),
    message: issue.message,
  }));
  return { problems: [...shapeProblems, ...referenceProblemsOfRaw(value)] };
}

/** What refers to what, checked as far as a pack with shape problems allows, so that all are listed at once. */
function referenceProblemsOfRaw(value: unknown): PackProblem[] {
  try {
    return referenceProblems(value as ContentPackFile);
  } catch {
    return [];
  }
}

function referenceProblems(pack: ContentPackFile): PackProblem[] {
  const problems: PackProblem[] = [];
  const duplicates = (values: string[], path: (i: number) => string, what: string) => {
    const seen = new Set<string>();
    values.forEach((value, i) => {
      if (seen.has(value)) problems.push({ path: path(i), message: `${what} "${value}" appears twice` });
      seen.add(value);
    });
  };
  duplicates(
    pack.topics.map((t) => t.slug),
    (i) => `topics[${i}].slug`,
    "topic",
  );
  duplicates(
    pack.roles.map((r) => r.slug),
    (i) => `roles[${i}].slug`,
    "role",
  );
  duplicates(
    pack.roles.map((r) => r.careerGuide.slug),
    (i) => `roles[${i}].careerGuide.slug`,
    "career guide",
  );
  duplicates(
    pack.learningPaths.map((p) => p.slug),
    (i) => `learningPaths[${i}].slug`,
    "learning path",
  );
  const topics = new Set(pack.topics.map((t) => t.slug));
  const roles = new Set(pack.roles.map((r) => r.slug));
  pack.roles.forEach((role, r) => {
    duplicates(
      role.questions.map((q) => q.prompt.toLowerCase()),
      (q) => `roles[${r}].questions[${q}].prompt`,
      "question",
    );
    role.questions.forEach((question, q) =>
      question.topics.forEach((topic, t) => {
        if (!topics.has(topic))
          problems.push({
            path: `roles[${r}].questions[${q}].topics[${t}]`,
            message: `no topic "${topic}" in the pack`,
          });
      }),
    );
    duplicates(role.relatedRoleSlugs, (i) => `roles[${r}].relatedRoleSlugs[${i}]`, "related role");
    role.relatedRoleSlugs.forEach((related, i) => {
      const path = `roles[${r}].relatedRoleSlugs[${i}]`;
      if (related === role.slug) problems.push({ path, message: "a role cannot be related to itself" });
      else if (!roles.has(related)) problems.push({ path, message: `no role "${related}" in the pack` });
    });
  });
  pack.learningPaths.forEach((path, p) =>
    path.roleSlugs.forEach((roleSlug, i) => {
      if (!roles.has(roleSlug))
        problems.push({
          path: `learningPaths[${p}].roleSlugs[${i}]`,
          message: `no role "${roleSlug}" in the pack`,
        });
    }),
  );
  return problems;
}
