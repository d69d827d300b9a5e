import { useQuery } from "@apollo/client/react";
import { useEffect, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import { graphql } from "@careergraph/client/studio";
import { PageState } from "../../components/page-state";
import { CareerGuideForm } from "./career-guide-form";
import { InterviewGuideForm } from "./interview-guide-form";
import { RelatedGuidesForm } from "./related-guides-form";

const StudioRoleGuidesQuery = graphql(`
  query StudioRoleGuides($slug: String!) {
    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {
      id
      slug
      title
      status
      guide(status: [DRAFT, PUBLISHED, ARCHIVED]) {
        ...InterviewGuideForm
      }
      relatedGuideList(status: [DRAFT, PUBLISHED, ARCHIVED]) {
        ...RelatedGuidesForm
      }
      careerGuide(status: [DRAFT, PUBLISHED, ARCHIVED]) {
        ...CareerGuideForm
      }
    }
    roles(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export interface RoleGuidesPageProps {
  /** The audit trail of the role's guides (the audit feature). */
  renderAudit: (entityId: string) => ReactNode;
}

/** A role's guides: the interview guide's sections, the related guides and the career guide. */
export function RoleGuidesPage({ renderAudit }: RoleGuidesPageProps) {
  const { slug = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(StudioRoleGuidesQuery, {
    variables: { slug },
    fetchPolicy: "cache-and-network",
  });
  const role = data?.role;
  useEffect(() => {
    if (role) document.title = `Guides of ${role.title} · careergraph studio`;
  }, [role]);
  const reread = () => refetch();
  const choices = data?.roles.edges.map(({ node }) => node) ?? [];
  return (
    <PageState loading={loading && !data} error={error}>
      {role ? (
        <>
          <p className="breadcrumbs">
            <Link to="/roles">Roles</Link> / <Link to={`/roles/${role.slug}`}>{role.title}</Link> / Guides
          </p>
          <h1>Guides of {role.title}</h1>
          {role.status !== "PUBLISHED" && (
            <p className="notice-box">
              This role is not published: its guides can be written once it is (they point at published roles
              only).
            </p>
          )}
          <InterviewGuideForm
            key={`guide-${role.id}`}
            roleId={role.id}
            guide={role.guide ?? null}
            reread={reread}
          />
          <RelatedGuidesForm
            key={`related-${role.id}`}
            roleId={role.id}
            list={role.relatedGuideList ?? null}
            choices={choices}
            reread={reread}
          />
          <CareerGuideForm
            key={`career-${role.id}`}
            roleId={role.id}
            roleSlug={role.slug}
            roleTitle={role.title}
            guide={role.careerGuide ?? null}
            reread={reread}
          />
          {renderAudit(role.id)}
        </>
      ) : (
        data && <p role="alert">There is no role “{slug}”.</p>
      )}
    </PageState>
  );
}
