import { useQuery } from "@apollo/client/react";
import { useEffect, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import { graphql, type StudioRoleQuery } from "@careergraph/client/studio";
import { PageState } from "../../components/page-state";
import { RoleForm } from "./role-form";

const StudioRoleQueryDocument = graphql(`
  query StudioRole($slug: String!) {
    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {
      id
      slug
      title
      version
      ...RoleForm
      ...QuestionListRole
    }
  }
`);

/** The role as this page read it: what the page hands to the parts the app puts on it. */
export type EditedRole = NonNullable<StudioRoleQuery["role"]>;

export interface RoleEditorPageProps {
  /** The role's questions: the list and a new question's form (the questions feature). */
  renderQuestions: (role: EditedRole) => ReactNode;
  /** The role's audit trail (the audit feature). */
  renderAudit: (entityId: string) => ReactNode;
}

/** One role: its fields, its questions in order, its guides, and who changed what. */
export function RoleEditorPage({ renderQuestions, renderAudit }: RoleEditorPageProps) {
  const { slug = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(StudioRoleQueryDocument, {
    variables: { slug },
    fetchPolicy: "cache-and-network",
  });
  const role = data?.role;
  useEffect(() => {
    if (role) document.title = `${role.title} · careergraph studio`;
  }, [role]);
  return (
    <PageState loading={loading && !data} error={error}>
      {role ? (
        <>
          <p className="breadcrumbs">
            <Link to="/roles">Roles</Link> / {role.title}
          </p>
          <h1>{role.title}</h1>
          <p>
            <Link to={`/roles/${role.slug}/guides`}>Edit this role&apos;s guides</Link>
          </p>
          {/* a new form for each role: a draft never crosses roles */}
          <RoleForm key={role.id} role={role} reread={() => refetch()} />
          {renderQuestions(role)}
          {renderAudit(role.id)}
        </>
      ) : (
        data && <p role="alert">There is no role “{slug}”.</p>
      )}
    </PageState>
  );
}
