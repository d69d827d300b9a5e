import { checkReadiness } from "./readiness";

const ok = () => Promise.resolve("ok" as const);
const degraded = () => Promise.resolve("degraded" as const);
const failing = () => Promise.reject(new Error("connection refused"));
const hanging = () => new Promise<"ok">(() => undefined);

describe("readiness", () => {
  it("is ok when every check is ok", async () => {
    expect(await checkReadiness({ database: { check: ok, required: true } })).toEqual({
      status: "ok",
      checks: { database: "ok" },
    });
  });

  it("is down when a required check fails, and names it", async () => {
    const report = await checkReadiness({
      database: { check: failing, required: true },
      cache: { check: ok, required: false },
    });
    expect(report).toEqual({ status: "down", checks: { database: "down", cache: "ok" } });
  });

  it("is only degraded when an optional check fails or degrades", async () => {
    expect(
      await checkReadiness({
        database: { check: ok, required: true },
        cache: { check: failing, required: false },
      }),
    ).toEqual({ status: "degraded", checks: { database: "ok", cache: "down" } });
    expect((await checkReadiness({ cache: { check: degraded, required: false } })).status).toBe("degraded");
  });

  it("counts a check that does not answer within the timeout as down", async () => {
    const report = await checkReadiness({ database: { check: hanging, required: true } }, 50);
    expect(report).toEqual({ status: "down", checks: { database: "down" } });
  });
});
