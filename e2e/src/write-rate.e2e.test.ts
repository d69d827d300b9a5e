import { questionIdFor } from "@careergraph/content";
import { errorCodes } from "@careergraph/testing";
import { startStack, type Stack } from "./stack";

const clock = new Date("2026-03-02T09:00:20.000Z");
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ now: () => clock, env: { PRACTICE_WRITES_PER_MINUTE: "2" } });
});
afterAll(() => stack.stop());

const RECORD = `mutation($input: RecordPracticeInput!) { recordPractice(input: $input) { progress { attempts } } }`;

describe("a learner over the practice write rate, through the gateway", () => {
  it("gets RATE_LIMITED with retryAfterSeconds, and Retry-After on the HTTP answer", async () => {
    const token = await stack.token("hasty-learner");
    const practise = (n: number) =>
      stack.query(
        RECORD,
        {
          input: {
            questionId: questionIdFor("backend-developer", 1),
            rating: "GOOD",
            idempotencyKey: `hasty-${n}`,
          },
        },
        { token },
      );
    const taken = [await practise(1), await practise(2)];
    for (const response of taken) {
      expect(response.body.errors).toBeUndefined();
      expect(response.headers.get("retry-after")).toBeNull();
    }
    const refused = await practise(3);
    expect(errorCodes(refused)).toEqual(["RATE_LIMITED"]);
    expect(refused.body.errors![0].extensions).toMatchObject({ retryAfterSeconds: 40 });
    expect(refused.headers.get("retry-after")).toBe("40");
  });
});
