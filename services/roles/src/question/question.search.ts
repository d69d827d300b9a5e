import { batchLoad } from "@careergraph/db";
import { emptyPage, isSlug, pagesFromRows, type Page, type PagedRow } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import type { QuestionType } from "../enums";
import type { Question } from "./question.entity";
import { questionColumns } from "./question.rows";

/** A page of full-text search results, best match first; the keyset is (rank, id). */
export interface QuestionSearchKey {
  query: string;
  roleSlug: string | null;
  type: QuestionType | null;
  first: number;
  afterRank: number | null;
  afterId: string | null;
  /** The cursor as the client sent it: an empty page hands it back. */
  after: string | null;
}

type RankedQuestion = Question & { rank: number };

/**
 * Full-text search over published prompts (weight A) and answer tips (weight B). Public but open-ended,
 * so not cached: every search is one statement, which also counts the matches.
 */
export function searchBatches({ db }: SubgraphDeps) {
  const columns = questionColumns(db);
  return {
    questionSearch: batchLoad<QuestionSearchKey, Page<RankedQuestion>>({
      missing: emptyPage(),
      validKey: (search) => search.roleSlug === null || isSlug(search.roleSlug),
      fetch: async (searches) => {
        const rows: PagedRow<RankedQuestion>[] = await db.reads.query(
          `WITH k AS (
             SELECT * FROM unnest($1::text[], $2::text[], $3::roles.question_type[], $4::real[], $5::uuid[], $6::int[])
               WITH ORDINALITY AS k(query, role_slug, type, after_rank, after_id, row_limit, request)
           ), matches AS (
             SELECT k.request, q.id, ts_rank_cd(q.search, websearch_to_tsquery('english', k.query))::real AS rank
             FROM k JOIN roles.question q ON q.search @@ websearch_to_tsquery('english', k.query)
             JOIN roles.role r ON r.id = q.role_id
             WHERE q.status = 'PUBLISHED' AND r.status = 'PUBLISHED'
               AND (k.role_slug IS NULL OR r.slug = k.role_slug) AND (k.type IS NULL OR q.type = k.type)
           )
           SELECT k.request::text AS request, (SELECT count(*) FROM matches m WHERE m.request = k.request)::int AS total, p.*
           FROM k LEFT JOIN LATERAL (
             SELECT ${columns}, m.rank FROM matches m JOIN roles.question q ON q.id = m.id
             WHERE m.request = k.request
               AND (k.after_rank IS NULL OR m.rank < k.after_rank OR (m.rank = k.after_rank AND m.id > k.after_id))
             ORDER BY m.rank DESC, m.id LIMIT k.row_limit
           ) p ON true
           ORDER BY k.request, p.rank DESC, p.id`,
          [
            searches.map((s) => s.query),
            searches.map((s) => s.roleSlug),
            searches.map((s) => s.type),
            searches.map((s) => s.afterRank),
            searches.map((s) => s.afterId),
            searches.map((s) => s.first + 1),
          ],
        );
        return pagesFromRows(searches, rows, { kind: "search", keyOf: (q) => [q.rank, q.id] });
      },
    }),
  };
}
