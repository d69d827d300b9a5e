import type { EntityManager } from "typeorm";
import { CONTENT_LIMITS } from "@careergraph/content";
import { alreadyTaken, badInput, checkedText, isSlug } from "@careergraph/schema";
import type { ContentOutbox, SubgraphDeps } from "@careergraph/service";
import {
  writeAuditEntry,
  type Editor,
  isUniqueViolation,
  lockCurrentVersion,
  type VersionedEdit,
} from "@careergraph/authoring";
import { AUDIT_TABLE } from "../audit/audit-table";
import { catalogKeys } from "../cache-keys";
import { type ContentStatus } from "../enums";
import { Role } from "./role.entity";
import { selectRoles } from "./role.rows";

const TITLE_LENGTH = CONTENT_LIMITS.roleTitle;
const SUMMARY_LENGTH = CONTENT_LIMITS.roleSummary;

export interface NewRole {
  slug: string;
  title: string;
  summary?: string | null;
}

export interface RoleChanges extends VersionedEdit {
  slug?: string | null;
  title?: string | null;
  /** An empty summary removes it. */
  summary?: string | null;
}

const AUDITED = ["slug", "title", "summary", "status"] as const;

/** Writes to roles: each commits with its audit entry, then invalidates what it changed. */
export class RoleService {
  constructor(
    private readonly deps: SubgraphDeps,
    private readonly outbox: ContentOutbox,
  ) {}

  /** A new role starts as a draft. */
  async create(input: NewRole, editor: Editor): Promise<Role> {
    const slug = checkedSlug(input.slug);
    const title = checkedText("title", input.title, TITLE_LENGTH);
    const summary = checkedSummary(input.summary);
    const role = await this.write(slug, async (tx) => {
      const [created]: Role[] = await tx.query(
        `INSERT INTO roles.role AS r (slug, title, summary, status) VALUES ($1, $2, $3, 'DRAFT')
         RETURNING ${this.columns()}`,
        [slug, title, summary],
      );
      await writeAuditEntry(tx, AUDIT_TABLE, audit(editor, "createRole", null, created));
      await this.recordChange(tx, null, created);
      return created;
    });
    await this.outbox.deliver();
    return role;
  }

  /** Changes the fields given at the version the editor read. */
  async update(changes: RoleChanges, editor: Editor): Promise<Role> {
    const slug = changes.slug == null ? null : checkedSlug(changes.slug);
    const title = changes.title == null ? null : checkedText("title", changes.title, TITLE_LENGTH);
    const summary = changes.summary === undefined ? undefined : checkedSummary(changes.summary);
    return this.edit(changes, editor, "updateRole", slug, (tx, before) =>
      tx.query(
        `UPDATE roles.role SET slug = coalesce($2, slug), title = coalesce($3, title),
           summary = CASE WHEN $4::boolean THEN $5 ELSE summary END, version = version + 1, updated_at = now()
         WHERE id = $1 AND (coalesce($2, slug), coalesce($3, title), CASE WHEN $4::boolean THEN $5 ELSE summary END)
           IS DISTINCT FROM (slug, title, summary)`,
        [before.id, slug, title, summary !== undefined, summary ?? null],
      ),
    );
  }

  /** Publishes or archives a role at the version the editor read (no change when it already is). */
  changeStatus(edit: VersionedEdit, status: ContentStatus, editor: Editor, action: string): Promise<Role> {
    return this.edit(edit, editor, action, null, (tx, before) =>
      tx.query(
        `UPDATE roles.role SET status = $2, version = version + 1, updated_at = now() WHERE id = $1 AND status <> $2`,
        [before.id, status],
      ),
    );
  }

  private async edit(
    edit: VersionedEdit,
    editor: Editor,
    action: string,
    newSlug: string | null,
    apply: (tx: EntityManager, before: Role) => Promise<unknown>,
  ): Promise<Role> {
    const role = await this.write(newSlug, async (tx) => {
      const before = await lockCurrentVersion<Role>(
        tx,
        { name: "roles.role r", entity: "role", columns: this.columns() },
        edit,
      );
      await apply(tx, before);
      const [after] = await selectRoles(tx, this.deps.db, "id", [edit.id], { published: false });
      if (after.version !== before.version) {
        await writeAuditEntry(tx, AUDIT_TABLE, audit(editor, action, before, after));
        await this.recordChange(tx, before, after);
      }
      return after;
    });
    await this.outbox.deliver();
    return role;
  }

  /** A transaction in which a taken slug is a CONFLICT naming the field, not a database error. */
  private async write<T>(slug: string | null, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.deps.db.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyTaken("slug", slug ?? "");
      throw error;
    }
  }

  private columns(): string {
    return this.deps.db.columns(Role, "r");
  }

  /**
   * A role's change shows in its entries (under its old and new slug), in the role list, and in its
   * questions (a question is served only while its role is published). Progress keeps which questions
   * are published, and guides which roles are: they hear of them only when the role's status changed.
   */
  private async recordChange(tx: EntityManager, before: Role | null, after: Role): Promise<void> {
    const questions: { id: string }[] = await tx.query(`SELECT id FROM roles.question WHERE role_id = $1`, [
      after.id,
    ]);
    await this.outbox.record(tx, {
      cacheKeys: [
        catalogKeys.roleById(after.id),
        catalogKeys.roleBySlug(after.slug),
        catalogKeys.roleBySlug(before?.slug ?? after.slug),
        catalogKeys.rolePages(),
        catalogKeys.questionPagesOfRole(after.id),
        ...questions.map((q) => catalogKeys.questionById(q.id)),
      ],
      ...(before && before.status !== after.status
        ? { questionIds: questions.map((q) => q.id), roleIds: [after.id] }
        : {}),
    });
  }
}

function audit(editor: Editor, action: string, before: Role | null, after: Role) {
  return {
    editor,
    action,
    entityType: "Role" as const,
    entityId: after.id,
    before: before && { ...before },
    after: { ...after },
    fields: AUDITED,
  };
}

export function checkedSlug(slug: string, field = "slug"): string {
  const trimmed = slug.trim();
  if (!isSlug(trimmed))
    throw badInput(field, "must be 1 to 100 lowercase letters or digits, words joined by single hyphens");
  return trimmed;
}

function checkedSummary(summary: string | null | undefined): string | null {
  const checked = checkedText("summary", summary ?? "", SUMMARY_LENGTH);
  return checked.length > 0 ? checked : null;
}
