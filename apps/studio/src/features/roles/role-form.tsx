import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import {
  getFragmentData,
  graphql,
  type FragmentType,
  type RoleFormFragment,
} from "@careergraph/client/studio";
import { ConflictDialog } from "../../components/conflict-dialog";
import { FormMessages } from "../../components/field";
import { StatusBadge } from "../../components/status-badge";
import { unplacedProblems, writeProblems, type WriteProblems } from "../../lib/api-errors";
import { changedKeys, useVersionedDraft, type Versioned } from "../../lib/versioned-draft";
import { ROLE_FIELDS, RoleFields, type RoleValues } from "./role-fields";

const RoleFormFields = graphql(`
  fragment RoleForm on Role {
    id
    slug
    title
    summary
    status
    version
    updatedAt
    questionCount
  }
`);

const UpdateRole = graphql(`
  mutation StudioUpdateRole($input: UpdateRoleInput!) {
    updateRole(input: $input) {
      role {
        ...RoleForm
      }
    }
  }
`);

const PublishRole = graphql(`
  mutation StudioPublishRole($input: ChangeStatusInput!) {
    publishRole(input: $input) {
      role {
        ...RoleForm
      }
    }
  }
`);

const ArchiveRole = graphql(`
  mutation StudioArchiveRole($input: ChangeStatusInput!) {
    archiveRole(input: $input) {
      role {
        ...RoleForm
      }
    }
  }
`);

const NO_PROBLEMS: WriteProblems = { fields: {}, staleVersion: null, other: [] };
const LABELS: Record<keyof RoleValues, string> = { slug: "Slug", title: "Title", summary: "Summary" };

function versioned(role: RoleFormFragment): Versioned<RoleValues> {
  return {
    values: { slug: role.slug, title: role.title, summary: role.summary ?? "" },
    version: role.version,
  };
}

export interface RoleFormProps {
  role: FragmentType<typeof RoleFormFields>;
  /** Reads the role again (after a stale save, to show the current version). */
  reread: () => Promise<unknown>;
}

/** A role's Slug, Title and Summary, saved at the version the editor read; Publish and Archive. */
export function RoleForm(props: RoleFormProps) {
  const role = getFragmentData(RoleFormFields, props.role);
  const navigate = useNavigate();
  const editor = useVersionedDraft(versioned(role));
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [notice, setNotice] = useState("");
  const options = { refetchQueries: "active" as const };
  const [updateRole, update] = useMutation(UpdateRole, options);
  const [publishRole, publishing] = useMutation(PublishRole, options);
  const [archiveRole, archiving] = useMutation(ArchiveRole, options);
  const busy = update.loading || publishing.loading || archiving.loading;

  async function failed(error: unknown) {
    const found = writeProblems(error);
    if (found.staleVersion !== null) {
      await props.reread();
      editor.openConflict();
    } else setProblems(found);
  }

  /** Saves what changed from `from` to `values`; answers the version saved, or null when refused. */
  async function save(from: Versioned<RoleValues>, values: RoleValues): Promise<number | null> {
    setProblems(NO_PROBLEMS);
    const keys = changedKeys(from.values, values);
    if (keys.length === 0) return from.version;
    try {
      const changes = Object.fromEntries(keys.map((key) => [key, values[key]]));
      const { data } = await updateRole({
        variables: { input: { id: role.id, expectedVersion: from.version, ...changes } },
      });
      const saved = getFragmentData(RoleFormFields, data!.updateRole.role);
      editor.saved(versioned(saved));
      setNotice(`Saved: version ${saved.version}.`);
      if (saved.slug !== role.slug) await navigate(`/roles/${saved.slug}`, { replace: true });
      return saved.version;
    } catch (error) {
      await failed(error);
      return null;
    }
  }

  async function changeStatus(change: "publish" | "archive") {
    const version = await save(editor.base, editor.draft);
    if (version === null) return;
    try {
      const variables = { input: { id: role.id, expectedVersion: version } };
      const payload =
        change === "publish"
          ? (await publishRole({ variables })).data?.publishRole
          : (await archiveRole({ variables })).data?.archiveRole;
      const changed = getFragmentData(RoleFormFields, payload!.role);
      editor.saved(versioned(changed));
      setNotice(`${change === "publish" ? "Published" : "Archived"}: version ${changed.version}.`);
    } catch (error) {
      await failed(error);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(editor.base, editor.draft);
  }

  return (
    <form className="stack narrow" onSubmit={submit} noValidate aria-label="Role">
      <p className="meta">
        <StatusBadge status={role.status} /> Version {role.version} · {role.questionCount} published questions
      </p>
      <FormMessages
        problems={unplacedProblems(problems, (field) => (ROLE_FIELDS as readonly string[]).includes(field))}
        notice={notice}
      />
      <RoleFields values={editor.draft} onChange={editor.set} errors={problems.fields} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {role.status === "PUBLISHED" ? "Save" : "Save draft"}
        </button>
        {role.status !== "PUBLISHED" && (
          <button type="button" disabled={busy} onClick={() => void changeStatus("publish")}>
            Publish
          </button>
        )}
        {role.status !== "ARCHIVED" && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void changeStatus("archive")}
          >
            Archive
          </button>
        )}
      </div>
      <ConflictDialog
        open={editor.conflict}
        what="role"
        currentVersion={role.version}
        rows={editor.conflictFields().map(({ key, current, mine }) => ({
          label: LABELS[key],
          current,
          mine,
        }))}
        onReload={editor.reload}
        onApplyAgain={() => {
          const { from, values } = editor.rebase();
          void save(from, values);
        }}
        onClose={editor.closeConflict}
      />
    </form>
  );
}
