import { useMutation } from "@apollo/client/react";
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
import { unplacedProblems } from "../../lib/api-errors";
import { changedKeys, type Versioned } from "../../lib/versioned-draft";
import { useVersionedForm } from "../../lib/versioned-form";
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
  const options = { refetchQueries: "active" as const };
  const [updateRole] = useMutation(UpdateRole, options);
  const [publishRole] = useMutation(PublishRole, options);
  const [archiveRole] = useMutation(ArchiveRole, options);
  const form = useVersionedForm(versioned(role), {
    reread: props.reread,
    write: async (from, values) => {
      const changes = Object.fromEntries(changedKeys(from.values, values).map((key) => [key, values[key]]));
      const { data } = await updateRole({
        variables: { input: { id: role.id, expectedVersion: from.version, ...changes } },
      });
      const saved = getFragmentData(RoleFormFields, data!.updateRole.role);
      if (saved.slug !== role.slug) await navigate(`/roles/${saved.slug}`, { replace: true });
      return versioned(saved);
    },
    changeStatus: async (change, version) => {
      const variables = { input: { id: role.id, expectedVersion: version } };
      const payload =
        change === "publish"
          ? (await publishRole({ variables })).data?.publishRole
          : (await archiveRole({ variables })).data?.archiveRole;
      return getFragmentData(RoleFormFields, payload!.role).version;
    },
  });

  return (
    <form className="stack narrow" onSubmit={form.submit} noValidate aria-label="Role">
      <p className="meta">
        <StatusBadge status={role.status} /> Version {role.version} · {role.questionCount} published questions
      </p>
      <FormMessages
        problems={unplacedProblems(form.problems, (field) =>
          (ROLE_FIELDS as readonly string[]).includes(field),
        )}
        notice={form.notice}
      />
      <RoleFields values={form.draft} onChange={form.set} errors={form.problems.fields} />
      <div className="actions">
        <button type="submit" disabled={form.busy}>
          {role.status === "PUBLISHED" ? "Save" : "Save draft"}
        </button>
        {role.status !== "PUBLISHED" && (
          <button type="button" disabled={form.busy} onClick={form.publish}>
            Publish
          </button>
        )}
        {role.status !== "ARCHIVED" && (
          <button type="button" className="secondary" disabled={form.busy} onClick={form.archive}>
            Archive
          </button>
        )}
      </div>
      <ConflictDialog
        open={form.conflict.open}
        what="role"
        currentVersion={role.version}
        rows={form.conflict.fields.map(({ key, current, mine }) => ({ label: LABELS[key], current, mine }))}
        onReload={form.conflict.reload}
        onApplyAgain={form.conflict.applyAgain}
        onClose={form.conflict.close}
      />
    </form>
  );
}
