import { SEED_PAGE_QUERY, type SeedPageData } from "../seed-page-query";

export interface LoadResult {
  requests: number;
  failures: number;
  /** The first few failures, as status and message. */
  failureSamples: string[];
  elapsedMs: number;
}

/** One read of the seed page, as a client would send it: a GET (idempotent, so nginx may retry it). */
export async function readSeedPage(
  url: string,
  token?: string,
): Promise<{ ok: boolean; detail: string; data?: SeedPageData }> {
  const target = new URL(url);
  target.searchParams.set("query", SEED_PAGE_QUERY);
  target.searchParams.set("variables", JSON.stringify({ slug: "backend-developer" }));
  try {
    const response = await fetch(target, {
      headers: {
        "apollo-require-preflight": "true",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    if (response.status !== 200)
      return { ok: false, detail: `HTTP ${response.status}: ${text.slice(0, 200)}` };
    const body = JSON.parse(text) as { data?: SeedPageData; errors?: { message: string }[] };
    if (body.errors?.length)
      return { ok: false, detail: `errors: ${body.errors.map((e) => e.message).join("; ")}` };
    const role = body.data?.role;
    if (role?.title !== "Backend Developer" || role.questions.edges.length === 0 || !role.guide)
      return { ok: false, detail: "incomplete page" };
    if (token && role.myProgress === null) return { ok: false, detail: "no progress for a signed-in reader" };
    return { ok: true, detail: "", data: body.data };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/**
 * A bounded load of the seed page: `workers` loops (alternately anonymous and signed in, by the
 * tokens given) reading it one request after another until `durationMs` has passed or `maxRequests`
 * were sent, whichever comes first.
 */
export async function seedPageLoad(options: {
  url: string;
  workers: number;
  durationMs: number;
  maxRequests: number;
  tokens: (string | undefined)[];
}): Promise<LoadResult> {
  const started = Date.now();
  const result: LoadResult = { requests: 0, failures: 0, failureSamples: [], elapsedMs: 0 };
  const worker = async (index: number) => {
    const token = options.tokens[index % options.tokens.length];
    while (Date.now() - started < options.durationMs && result.requests < options.maxRequests) {
      result.requests += 1;
      const read = await readSeedPage(options.url, token);
      if (read.ok) continue;
      result.failures += 1;
      if (result.failureSamples.length < 10)
        result.failureSamples.push(
          `${((Date.now() - started) / 1000).toFixed(1)} s ${token ? "signed in" : "anonymous"}: ${read.detail}`,
        );
    }
  };
  await Promise.all(Array.from({ length: options.workers }, (_, i) => worker(i)));
  result.elapsedMs = Date.now() - started;
  return result;
}
