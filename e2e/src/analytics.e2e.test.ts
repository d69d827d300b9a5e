import { questionIdFor } from "@careergraph/content";
import { waitFor } from "@careergraph/test-servers";
import { errorCodes } from "@careergraph/testing";
import { startStack, type Stack } from "./stack";

const clock = new Date("2026-03-02T09:00:00.000Z");
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ now: () => clock });
});
afterAll(() => stack.stop());

const RECORD = `mutation($input: RecordPracticeInput!) { recordPractice(input: $input) { progress { status } } }`;

const ANALYTICS = `{
  roleAnalytics(slug: "backend-developer") {
    role { title questionCount }
    learners practices
    funnel { stage learners suppressed }
    questions { question { position prompt } learners attempts againShare suppressed }
  }
  activity(from: "2026-03-02", to: "2026-03-03", granularity: DAY) { periodStart learners practices suppressed }
  practiceEvents(first: 2) { edges { node { learner rating question { prompt } role { slug } } } pageInfo { hasNextPage } }
}`;

interface AnalyticsData {
  roleAnalytics: {
    role: { title: string; questionCount: number };
    learners: number;
    practices: number;
    funnel: { stage: string; learners: number | null; suppressed: boolean }[];
    questions: { question: { position: number; prompt: string }; learners: number; attempts: number }[];
  };
  activity: unknown[];
  practiceEvents: {
    edges: {
      node: { learner: string; rating: string; question: { prompt: string }; role: { slug: string } };
    }[];
    pageInfo: { hasNextPage: boolean };
  };
}

describe("analytics through the gateway", () => {
  beforeAll(async () => {
    // six learners practise question 1 of the backend developer guide, one of them twice
    for (let learner = 1; learner <= 6; learner++) {
      const token = await stack.token(`analytics-learner-${learner}`);
      const ratings = learner === 1 ? ["AGAIN", "GOOD"] : ["GOOD"];
      for (const [i, rating] of ratings.entries()) {
        const response = await stack.query(
          RECORD,
          {
            input: {
              questionId: questionIdFor("backend-developer", 1),
              rating,
              idempotencyKey: `a-${learner}-${i}`,
            },
          },
          { token },
        );
        expect(response.body.errors).toBeUndefined();
      }
    }
    // a transaction open anywhere on a shared PostgreSQL holds the feed back until it ends
    const exporter = await stack.token("exporter", ["ANALYTICS_EXPORT"]);
    await waitFor("the event feed to give all seven practices", async () => {
      const feed = await stack.query<{ practiceEvents: { edges: unknown[] } }>(
        `{ practiceEvents(first: 100) { edges { cursor } } }`,
        {},
        { token: exporter },
      );
      return feed.body.data?.practiceEvents.edges.length === 7;
    });
  });

  it("gives an analyst the aggregates, with titles and prompts from the roles subgraph and pseudonymous events", async () => {
    const token = await stack.token("analyst", ["ANALYST", "ANALYTICS_EXPORT"]);
    const response = await stack.query<AnalyticsData>(ANALYTICS, {}, { token });
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data!;
    expect(data.roleAnalytics.role).toEqual({ title: "Backend Developer", questionCount: 16 });
    expect(data.roleAnalytics).toMatchObject({ learners: 6, practices: 7 });
    expect(data.roleAnalytics.funnel).toEqual([
      { stage: "STARTED", learners: 6, suppressed: false },
      { stage: "PRACTISING", learners: null, suppressed: true },
      { stage: "HALF_READY", learners: null, suppressed: true },
      { stage: "READY", learners: null, suppressed: true },
    ]);
    expect(data.roleAnalytics.questions).toEqual([
      {
        question: {
          position: 1,
          prompt: "How do you design a RESTful API that is consistent, versioned, and well-documented?",
        },
        learners: 6,
        attempts: 7,
        againShare: 1 / 7,
        suppressed: true, // the mastery rate (0 of 6) is withheld
      },
    ]);
    expect(data.activity).toEqual([
      { periodStart: "2026-03-02", learners: 6, practices: 7, suppressed: false },
      { periodStart: "2026-03-03", learners: null, practices: null, suppressed: true },
    ]);
    const events = data.practiceEvents.edges.map((edge) => edge.node);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      rating: "AGAIN",
      role: { slug: "backend-developer" },
      question: { prompt: expect.stringContaining("RESTful API") },
    });
    expect(events[0].learner).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(events)).not.toContain("analytics-learner");
  });

  it("is UNAUTHENTICATED without a token and FORBIDDEN to a learner", async () => {
    const anonymous = await stack.query(`{ hardestQuestions { againShare } }`);
    const learner = await stack.query(
      `{ hardestQuestions { againShare } }`,
      {},
      { token: await stack.token("l") },
    );
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(learner)).toEqual(["FORBIDDEN"]);
  });

  it("keeps the event feed from an ANALYST without ANALYTICS_EXPORT", async () => {
    const feed = `{ practiceEvents(first: 1) { edges { node { learner } } } }`;
    const analyst = await stack.query(feed, {}, { token: await stack.token("analyst-only", ["ANALYST"]) });
    const exporter = await stack.query(
      feed,
      {},
      { token: await stack.token("exporter", ["ANALYTICS_EXPORT"]) },
    );
    expect(errorCodes(analyst)).toEqual(["FORBIDDEN"]);
    expect(exporter.body.errors).toBeUndefined();
  });
});
