import type { Database } from "@careergraph/db";
import type { QuestionType } from "../catalog/enums";

export interface QuestionSearch {
  query: string;
  roleSlug: string | null;
  type: QuestionType | null;
  limit: number;
  offset: number;
}

/**
 * Full-text search over published prompts (weight A) and answer tips (weight B), ranked, in one
 * statement that returns the page's ids and the total number of matches.
 */
export async function searchQuestionIds(
  db: Database,
  search: QuestionSearch,
): Promise<{ ids: string[]; total: number }> {
  const [row]: { ids: string[]; total: number }[] = await db.dataSource.query(
    `WITH matches AS (
       SELECT q.id, ts_rank_cd(q.search, query) AS rank
       FROM roles.question q
       JOIN roles.role r ON r.id = q.role_id,
       websearch_to_tsquery('english', $1) AS query
       WHERE q.search @@ query AND q.status = 'PUBLISHED' AND r.status = 'PUBLISHED'
         AND ($2::text IS NULL OR r.slug = $2)
         AND ($3::roles.question_type IS NULL OR q.type = $3)
     )
     SELECT (SELECT count(*) FROM matches)::int AS total,
            coalesce((SELECT json_agg(page.id ORDER BY page.rank DESC, page.id)
                      FROM (SELECT id, rank FROM matches ORDER BY rank DESC, id LIMIT $4 OFFSET $5) page), '[]') AS ids`,
    [search.query, search.roleSlug, search.type, search.limit, search.offset],
  );
  return { ids: row.ids, total: row.total };
}
