import { useQuery } from "@apollo/client/react";
import { useEffect, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import { graphql } from "@careergraph/client/studio";
import { PageState } from "../../components/page-state";
import { QuestionEditor } from "./question-editor";

const StudioQuestionQuery = graphql(`
  query StudioQuestion($slug: String!) {
    role(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {
      id
      slug
      title
      questions(first: 100, status: [DRAFT, PUBLISHED, ARCHIVED]) {
        edges {
          node {
            id
            position
            ...QuestionEditor
          }
        }
      }
    }
  }
`);

export interface QuestionEditorPageProps {
  /** The question's audit trail (the audit feature). */
  renderAudit: (entityId: string) => ReactNode;
}

/**
 * One question of a role, drafts included (the API serves drafts to editors through their role:
 * `Query.question` is the readers' published question).
 */
export function QuestionEditorPage({ renderAudit }: QuestionEditorPageProps) {
  const { slug = "", id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(StudioQuestionQuery, {
    variables: { slug },
    fetchPolicy: "cache-and-network",
  });
  const role = data?.role;
  const question = role?.questions.edges.find((edge) => edge.node.id === id)?.node;
  useEffect(() => {
    if (role && question)
      document.title = `Question ${question.position} · ${role.title} · careergraph studio`;
  }, [role, question]);
  return (
    <PageState loading={loading && !data} error={error}>
      {role && question ? (
        <>
          <p className="breadcrumbs">
            <Link to="/roles">Roles</Link> / <Link to={`/roles/${role.slug}`}>{role.title}</Link> / Question{" "}
            {question.position}
          </p>
          <h1>
            {role.title}: question {question.position}
          </h1>
          <QuestionEditor key={question.id} question={question} reread={() => refetch()} />
          {renderAudit(question.id)}
        </>
      ) : (
        data && <p role="alert">There is no such question in “{slug}”.</p>
      )}
    </PageState>
  );
}
