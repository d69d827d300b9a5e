import type { EntityManager } from "typeorm";
import { CONTENT_LIMITS } from "@careergraph/content";
import {
  isUniqueViolation,
  lockCurrentVersion,
  lockRow,
  writeAuditEntry,
  type ContentStatus,
  type Editor,
} from "@careergraph/authoring";
import { alreadyTaken, checkedText, staleVersion } from "@careergraph/schema";
import type { ContentOutbox, SubgraphDeps } from "@careergraph/service";
import { AUDIT_TABLE } from "../audit/audit-table";
import type { CareerGuide } from "../career/career-guide.entity";
import type { InterviewGuide } from "../guide/interview-guide.entity";
import type { LearningPath } from "../learning-path/learning-path.entity";
import type { RelatedGuideList } from "../related/related-guide-list.entity";
import {
  GuideKind,
  type AnyGuide,
  type ChangeGuideStatusInput,
  type SetRelatedGuidesInput,
  type UpsertCareerGuideInput,
  type UpsertInterviewGuideInput,
  type UpsertLearningPathInput,
} from "./guide-authoring.inputs";
import { guideTables, type GuideTable, type GuideTables } from "./guide-kinds";
import {
  checkedExpectedVersion,
  checkedFaqs,
  checkedLines,
  checkedRoleId,
  checkedRoleIds,
  checkedSections,
  checkedSlug,
  requireKnownRoles,
} from "./guide-validation";
import { knownRoleIds } from "./role-catalog";

/** The columns of a row write: column, value, and its SQL type. */
type RowValues = [column: string, value: unknown, type: string][];

/**
 * Editors' writes to guides. Each checks its whole input first, then commits the change with its
 * audit entry and its outbox entry in one transaction; after the commit the outbox invalidates what
 * it changed. New guides start as drafts.
 */
export class GuideAuthoringService {
  private readonly tables: GuideTables;

  constructor(
    private readonly deps: SubgraphDeps,
    private readonly outbox: ContentOutbox,
  ) {
    this.tables = guideTables(deps.db);
  }

  async upsertInterviewGuide(input: UpsertInterviewGuideInput, editor: Editor): Promise<InterviewGuide> {
    const roleId = checkedRoleId("roleId", input.roleId);
    const expectedVersion = checkedExpectedVersion(input.expectedVersion);
    const values: RowValues = [
      ["headline", checkedText("headline", input.headline, CONTENT_LIMITS.guideHeadline), "text"],
      ["intro", checkedText("intro", input.intro, CONTENT_LIMITS.guideIntro), "text"],
      ["preparation_tips", json(checkedSections("preparationTips", input.preparationTips)), "jsonb"],
      ["common_mistakes", json(checkedSections("commonMistakes", input.commonMistakes)), "jsonb"],
      ["interviewer_focus", checkedLines("interviewerFocus", input.interviewerFocus), "text[]"],
      ["smart_questions", checkedLines("smartQuestions", input.smartQuestions), "text[]"],
      ["faqs", json(checkedFaqs("faqs", input.faqs)), "jsonb"],
    ];
    await this.requireRoles(editor, [["roleId", roleId]]);
    return this.upsert<InterviewGuide>(
      GuideKind.INTERVIEW_GUIDE,
      { id: roleId, idField: "roleId", expectedVersion },
      editor,
      "upsertInterviewGuide",
      (tx, before) => writeRow(tx, "guides.interview_guide", ["role_id", roleId], values, before === null),
    );
  }

  async setRelatedGuides(input: SetRelatedGuidesInput, editor: Editor): Promise<RelatedGuideList> {
    const roleId = checkedRoleId("roleId", input.roleId);
    const expectedVersion = checkedExpectedVersion(input.expectedVersion);
    const relatedIds = checkedRoleIds("relatedRoleIds", input.relatedRoleIds, roleId);
    await this.requireRoles(editor, [
      ["roleId", roleId],
      ...relatedIds.map((id, i): [string, string] => [`relatedRoleIds.${i}`, id]),
    ]);
    return this.upsert<RelatedGuideList>(
      GuideKind.RELATED_GUIDES,
      { id: roleId, idField: "roleId", expectedVersion },
      editor,
      "setRelatedGuides",
      async (tx, before) => {
        if (before === null)
          await tx.query(`INSERT INTO guides.related_guide_list (role_id, status) VALUES ($1, 'DRAFT')`, [
            roleId,
          ]);
        else if (sameIds(before.relatedRoleIds, relatedIds)) return;
        else
          await tx.query(
            `UPDATE guides.related_guide_list SET version = version + 1, updated_at = now() WHERE role_id = $1`,
            [roleId],
          );
        await replaceOrderedIds(tx, "guides.related_guide", "role_id", "related_role_id", roleId, relatedIds);
      },
    );
  }

  async upsertCareerGuide(input: UpsertCareerGuideInput, editor: Editor): Promise<CareerGuide> {
    const roleId = checkedRoleId("roleId", input.roleId);
    const expectedVersion = checkedExpectedVersion(input.expectedVersion);
    const slug = checkedSlug("slug", input.slug);
    const values: RowValues = [
      ["slug", slug, "text"],
      ["title", checkedText("title", input.title, CONTENT_LIMITS.careerGuideTitle), "text"],
      ["summary", checkedText("summary", input.summary, CONTENT_LIMITS.careerGuideSummary), "text"],
      ["sections", json(checkedSections("sections", input.sections)), "jsonb"],
    ];
    await this.requireRoles(editor, [["roleId", roleId]]);
    return this.upsert<CareerGuide>(
      GuideKind.CAREER_GUIDE,
      { id: roleId, idField: "roleId", expectedVersion, slug },
      editor,
      "upsertCareerGuide",
      (tx, before) => writeRow(tx, "guides.career_guide", ["role_id", roleId], values, before === null),
    );
  }

  async upsertLearningPath(input: UpsertLearningPathInput, editor: Editor): Promise<LearningPath> {
    const slug = checkedSlug("slug", input.slug);
    const expectedVersion = checkedExpectedVersion(input.expectedVersion);
    const title = checkedText("title", input.title, CONTENT_LIMITS.learningPathTitle);
    const description = checkedText("description", input.description, CONTENT_LIMITS.learningPathDescription);
    const roleIds = checkedRoleIds("roleIds", input.roleIds);
    await this.requireRoles(
      editor,
      roleIds.map((id, i) => [`roleIds.${i}`, id]),
    );
    return this.upsert<LearningPath>(
      GuideKind.LEARNING_PATH,
      { id: slug, idField: "slug", expectedVersion },
      editor,
      "upsertLearningPath",
      async (tx, before) => {
        if (before === null)
          await tx.query(
            `INSERT INTO guides.learning_path (slug, title, description, position, status)
             SELECT $1, $2, $3, coalesce(max(position), 0) + 1, 'DRAFT' FROM guides.learning_path`,
            [slug, title, description],
          );
        else if (
          before.title === title &&
          before.description === description &&
          sameIds(before.roleIds, roleIds)
        )
          return;
        else
          await tx.query(
            `UPDATE guides.learning_path SET title = $2, description = $3, version = version + 1, updated_at = now()
             WHERE slug = $1`,
            [slug, title, description],
          );
        await replaceOrderedIds(tx, "guides.learning_path_role", "path_slug", "role_id", slug, roleIds);
      },
    );
  }

  /** Publishes or archives a guide at the version the editor read (no change when it already is). */
  async changeStatus(
    input: ChangeGuideStatusInput,
    status: ContentStatus,
    editor: Editor,
    action: string,
  ): Promise<AnyGuide> {
    const table: GuideTable<AnyGuide> = this.tables[input.kind];
    const id = input.kind === GuideKind.LEARNING_PATH ? input.id.trim() : input.id.trim().toLowerCase();
    const guide = await this.transaction(table, id, null, async (tx) => {
      await lockCurrentVersion(tx, table.row, { id, expectedVersion: input.expectedVersion }, "id");
      const before = await table.read(tx, id);
      await tx.query(
        `UPDATE ${table.row.name} SET status = $2, version = t.version + 1, updated_at = now()
         WHERE ${table.row.idColumn} = $1 AND t.status <> $2`,
        [id, status],
      );
      return this.audited(tx, table, id, editor, action, before);
    });
    await this.outbox.deliver();
    return guide;
  }

  /**
   * Creates a guide (no `expectedVersion`: there must be none yet) or changes it at the version the
   * editor read. `write` gets the guide as it was, `null` when creating.
   */
  private async upsert<T extends AnyGuide>(
    kind: GuideKind,
    edit: { id: string; idField: string; expectedVersion: number | null; slug?: string },
    editor: Editor,
    action: string,
    write: (tx: EntityManager, before: T | null) => Promise<unknown>,
  ): Promise<T> {
    const table = this.tables[kind] as GuideTable<T>;
    const { id, idField, expectedVersion } = edit;
    const guide = await this.transaction(table, id, edit.slug ?? null, async (tx) => {
      let before: T | null = null;
      if (expectedVersion === null) {
        const existing = await lockRow<{ version: number }>(tx, table.row, id);
        if (existing) throw staleVersion(table.entityType, id, existing.version);
      } else {
        await lockCurrentVersion(tx, table.row, { id, expectedVersion }, idField);
        before = await table.read(tx, id);
      }
      await write(tx, before);
      return this.audited(tx, table, id, editor, action, before);
    });
    await this.outbox.deliver();
    return guide;
  }

  /** The guide after the change; the audit entry is written when the change changed something. */
  private async audited<T extends AnyGuide>(
    tx: EntityManager,
    table: GuideTable<T>,
    id: string,
    editor: Editor,
    action: string,
    before: T | null,
  ): Promise<T> {
    const after = (await table.read(tx, id))!;
    if (before === null || after.version !== before.version) {
      await writeAuditEntry(tx, AUDIT_TABLE, {
        editor,
        action,
        entityType: table.entityType,
        entityId: id,
        before: before && { ...before },
        after: { ...after },
        fields: table.audited,
      });
      await this.outbox.record(tx, { cacheKeys: table.cacheKeys(id) });
    }
    return after;
  }

  /**
   * A transaction in which a taken slug is a CONFLICT naming it, and a guide created concurrently
   * by another editor is a CONFLICT carrying its version, not a database error.
   */
  private async transaction<T extends AnyGuide, R>(
    table: GuideTable<T>,
    id: string,
    slug: string | null,
    work: (tx: EntityManager) => Promise<R>,
  ): Promise<R> {
    try {
      return await this.deps.db.dataSource.transaction(work);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (slug !== null && constraintOf(error).includes("slug")) throw alreadyTaken("slug", slug);
      const current = await table.read(this.deps.db.dataSource.manager, id);
      throw staleVersion(table.entityType, id, current?.version ?? 1);
    }
  }

  /** NOT_FOUND naming the first field whose role the catalog does not publish. */
  private async requireRoles(editor: Editor, fields: [path: string, id: string][]): Promise<void> {
    if (fields.length === 0) return;
    const known = await knownRoleIds(
      this.deps,
      fields.map(([, id]) => id),
      editor.requestId,
    );
    requireKnownRoles(known, fields);
  }
}

/** Inserts a new row as a draft, or updates an existing one (a new version) where a value differs. */
async function writeRow(
  tx: EntityManager,
  table: string,
  [keyColumn, key]: [string, string],
  values: RowValues,
  create: boolean,
): Promise<void> {
  const params = [key, ...values.map(([, value]) => value)];
  const placeholders = values.map(([, , type], i) => `$${i + 2}::${type}`);
  const columns = values.map(([column]) => column);
  if (create) {
    await tx.query(
      `INSERT INTO ${table} (${keyColumn}, ${columns.join(", ")}, status)
       VALUES ($1, ${placeholders.join(", ")}, 'DRAFT')`,
      params,
    );
    return;
  }
  await tx.query(
    `UPDATE ${table} SET ${columns.map((c, i) => `${c} = ${placeholders[i]}`).join(", ")},
       version = version + 1, updated_at = now()
     WHERE ${keyColumn} = $1 AND (${columns.join(", ")}) IS DISTINCT FROM (${placeholders.join(", ")})`,
    params,
  );
}

/** Replaces the ordered ids of an owner (a role's related roles, a path's roles) with positions 1..n. */
async function replaceOrderedIds(
  tx: EntityManager,
  table: string,
  ownerColumn: string,
  idColumn: string,
  owner: string,
  ids: string[],
): Promise<void> {
  await tx.query(`DELETE FROM ${table} WHERE ${ownerColumn} = $1`, [owner]);
  await tx.query(
    `INSERT INTO ${table} (${ownerColumn}, ${idColumn}, position)
     SELECT $1, id, position::int FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, position)`,
    [owner, ids],
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

function constraintOf(error: unknown): string {
  const constraint = (error as { constraint?: unknown }).constraint;
  return typeof constraint === "string" ? constraint : "";
}
