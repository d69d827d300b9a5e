import type { Router } from "express";
import { signedDeliveryRoute } from "@careergraph/internal-calls";
import { isUuid } from "@careergraph/schema";
import type { SubgraphDeps } from "../subgraph-definition";

const MAX_QUESTIONS = 10_000;

/**
 * Receives the questions a peer's content write changed. Only a delivery signed with the internal
 * key is taken. Answers 204 once `apply` has invalidated what this subgraph keeps of them, and 503
 * when it could not, so that the sender keeps the change and tries again.
 */
export function contentChangesRoute(
  deps: Pick<SubgraphDeps, "config" | "logger">,
  apply: (questionIds: string[]) => Promise<boolean>,
): Router {
  return signedDeliveryRoute(deps.config, async (body, req, res) => {
    const questionIds = parseQuestionIds(body);
    if (!questionIds) {
      res.status(400).json({ error: "expected { questionIds: [uuid, ...] }" });
      return;
    }
    const applied = await apply(questionIds).catch((error: unknown) => {
      req.log.error({ err: error }, "content changes could not be applied");
      return false;
    });
    res.status(applied ? 204 : 503).end();
  });
}

function parseQuestionIds(body: Buffer): string[] | undefined {
  try {
    const parsed = JSON.parse(body.toString("utf8")) as { questionIds?: unknown };
    const ids = parsed.questionIds;
    if (!Array.isArray(ids) || ids.length > MAX_QUESTIONS) return undefined;
    return ids.every((id) => typeof id === "string" && isUuid(id)) ? (ids as string[]) : undefined;
  } catch {
    return undefined;
  }
}
