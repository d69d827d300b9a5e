import type { EntityManager } from "typeorm";
import type { VersionedTable } from "@careergraph/authoring";
import { isSlug } from "@careergraph/schema";
import type { Database } from "@careergraph/db";
import { guideKeys } from "../cache-keys";
import { CareerGuide } from "../career/career-guide.entity";
import { InterviewGuide } from "../guide/interview-guide.entity";
import { LearningPath } from "../learning-path/learning-path.entity";
import { RelatedGuideList } from "../related/related-guide-list.entity";
import { GuideKind, type AnyGuide } from "./guide-authoring.inputs";

/** What the writes need to know about one kind of guide: its table, how to read it, what to audit and invalidate. */
export interface GuideTable<T extends AnyGuide> {
  /** The GraphQL type, as the audit trail names it. */
  entityType: string;
  /** The versioned row (a list's or a path's head row for the composite kinds), locked by its key. */
  row: VersionedTable;
  /** The guide as it is now, inside the transaction; `null` when there is none. */
  read(tx: EntityManager, id: string): Promise<T | null>;
  audited: readonly string[];
  cacheKeys(id: string): string[];
}

/** The four kinds of guide, by kind. */
export function guideTables(db: Database) {
  const byRole = <T extends AnyGuide>(
    entity: new () => T,
    entityType: string,
    table: string,
    audited: readonly string[],
    cacheKey: (roleId: string) => string,
  ): GuideTable<T> => {
    const columns = db.columns(entity, "t");
    return {
      entityType,
      row: { name: `${table} t`, entity: entityType, columns: "t.version", idColumn: "t.role_id" },
      read: async (tx, id) =>
        (await tx.query<T[]>(`SELECT ${columns} FROM ${table} t WHERE t.role_id = $1`, [id]))[0] ?? null,
      audited,
      cacheKeys: (id) => [cacheKey(id)],
    };
  };

  const interviewGuide = byRole(
    InterviewGuide,
    "InterviewGuide",
    "guides.interview_guide",
    [
      "headline",
      "intro",
      "preparationTips",
      "commonMistakes",
      "interviewerFocus",
      "smartQuestions",
      "faqs",
      "status",
    ],
    guideKeys.guideOfRole,
  );
  const careerGuide = byRole(
    CareerGuide,
    "CareerGuide",
    "guides.career_guide",
    ["slug", "title", "summary", "sections", "status"],
    guideKeys.careerGuideOfRole,
  );

  const listColumns = db.columns(RelatedGuideList, "l");
  const relatedGuides: GuideTable<RelatedGuideList> = {
    entityType: "RelatedGuideList",
    row: {
      name: "guides.related_guide_list t",
      entity: "RelatedGuideList",
      columns: "t.version",
      idColumn: "t.role_id",
    },
    read: async (tx, id) =>
      (
        await tx.query<RelatedGuideList[]>(
          `SELECT ${listColumns},
             coalesce((SELECT array_agg(g.related_role_id ORDER BY g.position) FROM guides.related_guide g
                       WHERE g.role_id = l.role_id), '{}') AS "relatedRoleIds"
           FROM guides.related_guide_list l WHERE l.role_id = $1`,
          [id],
        )
      )[0] ?? null,
    audited: ["relatedRoleIds", "status"],
    cacheKeys: (id) => [guideKeys.relatedOfRole(id)],
  };

  const pathColumns = db.columns(LearningPath, "p");
  const learningPath: GuideTable<LearningPath> = {
    entityType: "LearningPath",
    row: {
      name: "guides.learning_path t",
      entity: "LearningPath",
      columns: "t.version",
      idColumn: "t.slug",
      validId: isSlug,
    },
    read: async (tx, slug) =>
      (
        await tx.query<LearningPath[]>(
          `SELECT ${pathColumns},
             coalesce((SELECT array_agg(r.role_id ORDER BY r.position) FROM guides.learning_path_role r
                       WHERE r.path_slug = p.slug), '{}') AS "roleIds"
           FROM guides.learning_path p WHERE p.slug = $1`,
          [slug],
        )
      )[0] ?? null,
    audited: ["title", "description", "roleIds", "status"],
    cacheKeys: () => [guideKeys.learningPaths()],
  };

  return {
    [GuideKind.INTERVIEW_GUIDE]: interviewGuide,
    [GuideKind.RELATED_GUIDES]: relatedGuides,
    [GuideKind.CAREER_GUIDE]: careerGuide,
    [GuideKind.LEARNING_PATH]: learningPath,
  };
}

export type GuideTables = ReturnType<typeof guideTables>;
