import type { EntityManager } from "typeorm";
import type { VersionedTable } from "@careergraph/authoring";
import { isSlug } from "@careergraph/schema";
import type { Database } from "@careergraph/db";
import { guideKeys } from "../cache-keys";
import { CareerGuide } from "../career/career-guide.entity";
import { InterviewGuide } from "../guide/interview-guide.entity";
import { LearningPath } from "../learning-path/learning-path.entity";
import { RelatedGuideList } from "../related/related-guide-list.entity";
import { selectRowsOfRoles } from "../guide/role-guide.rows";
import { selectLearningPaths } from "../learning-path/learning-path.rows";
import { selectRelatedGuideLists } from "../related/related-guide-list.rows";
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
  /** The versioned row's table as the lock reads it, aliased `t`. */
  const tableOf = (entity: new () => AnyGuide) => `${db.dataSource.getMetadata(entity).tablePath} t`;
  const byRole = <T extends AnyGuide>(
    entity: new () => T,
    entityType: string,
    audited: readonly string[],
    cacheKey: (roleId: string) => string,
  ): GuideTable<T> => {
    return {
      entityType,
      row: { name: tableOf(entity), entity: entityType, columns: "t.version", idColumn: "t.role_id" },
      read: async (tx, id) =>
        (await selectRowsOfRoles(tx, db, entity, [id], { published: false }))[0] ?? null,
      audited,
      cacheKeys: (id) => [cacheKey(id)],
    };
  };

  const interviewGuide = byRole(
    InterviewGuide,
    "InterviewGuide",
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
    ["slug", "title", "summary", "sections", "status"],
    guideKeys.careerGuideOfRole,
  );

  const relatedGuides: GuideTable<RelatedGuideList> = {
    entityType: "RelatedGuideList",
    row: {
      name: tableOf(RelatedGuideList),
      entity: "RelatedGuideList",
      columns: "t.version",
      idColumn: "t.role_id",
    },
    read: async (tx, id) => (await selectRelatedGuideLists(tx, db, [id], { published: false }))[0] ?? null,
    audited: ["relatedRoleIds", "status"],
    cacheKeys: (id) => [guideKeys.relatedOfRole(id)],
  };

  const learningPath: GuideTable<LearningPath> = {
    entityType: "LearningPath",
    row: {
      name: tableOf(LearningPath),
      entity: "LearningPath",
      columns: "t.version",
      idColumn: "t.slug",
      validId: isSlug,
    },
    read: async (tx, slug) =>
      (await selectLearningPaths(tx, db, { published: false, slugs: [slug] }))[0] ?? null,
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
