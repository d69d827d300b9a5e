import type { Router } from "express";
import { signedDeliveryRoute } from "@careergraph/internal-calls";
import { isUuid } from "@careergraph/schema";
import type { SubgraphDeps } from "../subgraph-definition";

const MAX_IDS = 10_000;

/** What a peer's content write changed: the questions, and the roles whose published state changed. */
export interface ChangedIds {
  questionIds: string[];
  roleIds: string[];
}

/**
 * Receives what a peer's content write changed. Only a delivery signed with the internal key is
 * taken. Answers 204 once `apply` has invalidated what this subgraph keeps of them, and 503 when it
 * could not, so that the sender keeps the change and tries again.
 */
export function contentChangesRoute(
  deps: Pick<SubgraphDeps, "config" | "logger">,
  apply: (changed: ChangedIds) => Promise<boolean>,
): Router {
  return signedDeliveryRoute(deps.config, async (body, req, res) => {
    const changed = parseChangedIds(body);
    if (!changed) {
      res.status(400).json({ error: "expected { questionIds: [uuid, ...], roleIds?: [uuid, ...] }" });
      return;
    }
    const applied = await apply(changed).catch((error: unknown) => {
      req.log.error({ err: error }, "content changes could not be applied");
      return false;
    });
    res.status(applied ? 204 : 503).end();
  });
}

function parseChangedIds(body: Buffer): ChangedIds | undefined {
  try {
    const parsed = JSON.parse(body.toString("utf8")) as { questionIds?: unknown; roleIds?: unknown };
    const questionIds = uuids(parsed.questionIds);
    const roleIds = parsed.roleIds === undefined ? [] : uuids(parsed.roleIds);
    return questionIds && roleIds ? { questionIds, roleIds } : undefined;
  } catch {
    return undefined;
  }
}

function uuids(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_IDS) return undefined;
  return value.every((id) => typeof id === "string" && isUuid(id)) ? (value as string[]) : undefined;
}
