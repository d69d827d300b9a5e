import { roleIdFor } from "@careergraph/content";
import { catalogServices, ContentStatus, QuestionType } from "@careergraph/roles";
import { linesBetween, seedQuestions, seedSections } from "./seed-page";
import { SEED_PAGE_QUERY, type SeedPageData } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

const seedFaqs = () => {
  const lines = linesBetween("Frequently Asked Questions", "Ready to Ace Your Backend Developer Interview?");
  const faqs = [];
  for (let i = 0; i < lines.length; i += 2) faqs.push({ question: lines[i], answer: lines[i + 1] });
  return faqs;
};

describe("the seed page in one query", () => {
  it("returns every section of the page with the seed's exact texts", async () => {
    const response = await stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const role = response.body.data!.role!;
    expect(role.title).toBe("Backend Developer");
    expect(role.questionCount).toBe(16);
    expect(
      role.questions.edges.map(({ node }) => ({
        position: node.position,
        prompt: node.prompt,
        answerTip: node.answerTip,
      })),
    ).toEqual(seedQuestions());

    const guide = role.guide!;
    expect(guide.headline).toBe("Backend Developer Interview Questions & Answers");
    expect(guide.intro).toBe(
      "Prepare for your Backend Developer interview with 16 real questions asked by hiring managers — each with expert tips to help you craft standout answers.",
    );
    expect(guide.preparationTips).toEqual(
      seedSections(
        "How to Prepare for a Backend Developer Interview",
        "Common Backend Developer Interview Mistakes",
      ),
    );
    expect(guide.commonMistakes).toEqual(
      seedSections(
        "Common Backend Developer Interview Mistakes",
        "How Superlore Helps You Ace the Interview",
      ),
    );
    expect(guide.interviewerFocus).toEqual(
      linesBetween("What Interviewers Are Really Testing", "Smart Questions to Ask in the Interview"),
    );
    expect(guide.smartQuestions).toEqual(
      linesBetween("Smart Questions to Ask in the Interview", "Related Interview Guides").filter(
        (line) => !/^\d+$/.test(line),
      ),
    );
    const expectedFaqs = seedFaqs();
    expectedFaqs[2].answer = expectedFaqs[2].answer.replace(" like Superlore's AI Interview Prep", "");
    expect(guide.faqs).toEqual(expectedFaqs);
    expect(guide.faqs).toHaveLength(5);

    expect(role.relatedGuides!.map((g) => [g.role!.title, g.role!.questionCount])).toEqual([
      ["Software Engineer", 18],
      ["Full-Stack Developer", 15],
      ["DevOps Engineer", 16],
      ["Data Engineer", 16],
    ]);
    expect(linesBetween("Related Interview Guides", "View Backend Developer Career Guide")).toEqual(
      role.relatedGuides!.flatMap((g) => [
        `${g.role!.title} Interview Questions`,
        `${g.role!.questionCount} questions with tips`,
      ]),
    );
    expect(role.careerGuide).toEqual({ title: "Backend Developer Career Guide" });
    expect(role.myProgress).toBeNull();
  });

  it("gives every one of the five roles a guide, a career guide and the four others as related guides", async () => {
    const response = await stack.query<{
      roles: {
        edges: {
          node: {
            slug: string;
            questionCount: number;
            guide: { faqs: unknown[] } | null;
            careerGuide: { title: string; sections: unknown[] } | null;
            relatedGuides: { role: { slug: string } }[];
          };
        }[];
      };
    }>(
      `{ roles { edges { node { slug title questionCount guide { faqs { question } } careerGuide { title sections { title } } relatedGuides { role { slug } } } } } }`,
    );
    const roles = response.body.data!.roles.edges.map((e) => e.node);
    expect(roles.map((r) => [r.slug, r.questionCount])).toEqual([
      ["backend-developer", 16],
      ["data-engineer", 16],
      ["devops-engineer", 16],
      ["full-stack-developer", 15],
      ["software-engineer", 18],
    ]);
    for (const role of roles) {
      expect(role.guide!.faqs).toHaveLength(5);
      expect(role.careerGuide!.sections.length).toBeGreaterThanOrEqual(3);
      const related = role.relatedGuides.map((g) => g.role.slug);
      expect([...related].sort()).toEqual(
        roles
          .map((r) => r.slug)
          .filter((slug) => slug !== role.slug)
          .sort(),
      );
    }
  });

  it("honours relatedGuides(first)", async () => {
    const response = await stack.query<SeedPageData>(
      `{ role(slug: "backend-developer") { relatedGuides(first: 2) { role { slug } } } }`,
    );
    expect(response.body.data!.role!.relatedGuides).toEqual([
      { role: { slug: "software-engineer" } },
      { role: { slug: "full-stack-developer" } },
    ]);
  });
});

describe("learning paths", () => {
  it("lists paths with their roles in order, resolved through the catalog", async () => {
    const response = await stack.query<{
      learningPaths: {
        slug: string;
        title: string;
        description: string;
        roles: { slug: string; title: string }[];
      }[];
    }>(`{ learningPaths { slug title description roles { slug title } } }`);
    const paths = response.body.data!.learningPaths;
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const path of paths) {
      expect(path.description.length).toBeGreaterThan(0);
      expect(path.roles.length).toBeGreaterThanOrEqual(2);
      expect(path.roles.every((role) => role.title.length > 0)).toBe(true);
    }
    const one = await stack.query(
      `query($slug: String!) { learningPath(slug: $slug) { slug roles { slug } } }`,
      { slug: paths[0].slug },
    );
    expect(one.body.data).toEqual({
      learningPath: { slug: paths[0].slug, roles: paths[0].roles.map(({ slug }) => ({ slug })) },
    });
  });
});

describe("absent content is null, not an error", () => {
  it("gives null for an unknown slug and an unknown learning path", async () => {
    const role = await stack.query(SEED_PAGE_QUERY, { slug: "no-such-role" });
    expect(role.body).toEqual({ extensions: { cost: expect.any(Object) }, data: { role: null } });
    const path = await stack.query(`{ learningPath(slug: "no-such-path") { slug } }`);
    expect(path.body).toEqual({ extensions: { cost: expect.any(Object) }, data: { learningPath: null } });
  });

  it("gives guide, career guide and related guides as empty for a role that has none", async () => {
    const roleId = await createRoleWithoutGuide("site-reliability-engineer");
    const response = await stack.query<SeedPageData>(
      `{ role(slug: "site-reliability-engineer") { title questionCount guide { headline } careerGuide { title } relatedGuides { role { slug } } } }`,
    );
    expect(response.body).toEqual({
      extensions: { cost: expect.any(Object) },
      data: {
        role: {
          title: "Site Reliability Engineer",
          questionCount: 0,
          guide: null,
          careerGuide: null,
          relatedGuides: [],
        },
      },
    });
    expect(roleId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("counts are never stored in guides", () => {
  it("shows a newly published Data Engineer question in every related-guide count that shows it", async () => {
    const counts = async () => {
      const response = await stack.query<{
        roles: {
          edges: {
            node: { slug: string; relatedGuides: { role: { slug: string; questionCount: number } }[] };
          }[];
        };
      }>(`{ roles { edges { node { slug relatedGuides { role { slug questionCount } } } } } }`);
      return response.body.data!.roles.edges.flatMap((e) =>
        e.node.relatedGuides
          .filter((g) => g.role.slug === "data-engineer")
          .map((g) => [e.node.slug, g.role.questionCount]),
      );
    };
    expect(await counts()).toEqual([
      ["backend-developer", 16],
      ["devops-engineer", 16],
      ["full-stack-developer", 16],
      ["software-engineer", 16],
    ]);
    const service = catalogServices(stack.roles.deps).questions;
    const draft = await service.create({
      roleId: roleIdFor("data-engineer"),
      prompt: "How do you decide between batch and streaming for a new pipeline?",
      answerTip: "Weigh latency needs, cost, operational complexity and how late data is handled.",
      type: QuestionType.TECHNICAL,
      topics: ["data-pipelines"],
      status: ContentStatus.DRAFT,
    });
    expect((await counts()).map(([, count]) => count)).toEqual([16, 16, 16, 16]);
    await service.setStatus(draft.id, ContentStatus.PUBLISHED);
    expect((await counts()).map(([, count]) => count)).toEqual([17, 17, 17, 17]);
    await service.setStatus(draft.id, ContentStatus.ARCHIVED);
    expect((await counts()).map(([, count]) => count)).toEqual([16, 16, 16, 16]);
  });
});

async function createRoleWithoutGuide(slug: string): Promise<string> {
  const [row]: { id: string }[] = await stack.roles.deps.db.dataSource.query(
    `INSERT INTO roles.role (slug, title, status) VALUES ($1, 'Site Reliability Engineer', 'PUBLISHED') RETURNING id`,
    [slug],
  );
  return row.id;
}
