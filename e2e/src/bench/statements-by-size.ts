import { SEED_PAGE_QUERY } from "../seed-page-query";
import { readCounters } from "./metrics";
import type { Deployment } from "./servers";
import { CATALOG, LARGE_ROLE_SLUG } from "./synthetic-catalog";

/**
 * SQL statements of one cold anonymous seed page (every cache emptied first) for roles of 16, 50 and
 * 200 questions: batching keeps the count independent of the role's size.
 */
export async function statementsByQuestionCount(
  deployment: Deployment,
  clearCaches: () => Promise<void>,
): Promise<{ questions: number; statements: number }[]> {
  const roles = [
    { slug: "backend-developer", questions: 16 },
    { slug: "synthetic-role-1", questions: CATALOG.questionsPerRole },
    { slug: LARGE_ROLE_SLUG, questions: CATALOG.largeRoleQuestions },
  ];
  const sizes = [];
  for (const role of roles) {
    await clearCaches();
    const before = await readCounters(deployment.gateway, deployment.subgraphs);
    const response = await fetch(deployment.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SEED_PAGE_QUERY, variables: { slug: role.slug } }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`seed page of ${role.slug}: ${JSON.stringify(body.errors)}`);
    const after = await readCounters(deployment.gateway, deployment.subgraphs);
    sizes.push({ questions: role.questions, statements: after.statements - before.statements });
  }
  return sizes;
}
