import { useQuery } from "@apollo/client/react";
import { useEffect, type ReactNode } from "react";
import { useParams } from "react-router";
import { graphql, type QuestionItemFragment } from "@careergraph/client/web";
import { PageState } from "../../components/page-state";
import { CareerGuide } from "./career-guide";
import { GuideSections } from "./guide-sections";
import { LearningPaths } from "./learning-paths";
import { QuestionItem } from "./question-item";
import { RelatedGuides } from "./related-guides";

const RolePageQuery = graphql(`
  query RolePage($slug: String!) {
    role(slug: $slug) {
      id
      slug
      title
      summary
      questionCount
      myProgress {
        readiness
        practicedCount
        masteredCount
        dueCount
      }
      questions(first: 50) {
        edges {
          node {
            id
            ...QuestionItem
          }
        }
      }
      guide {
        headline
        intro
        ...GuideSections
      }
      relatedGuides {
        role {
          id
          ...RelatedGuide
        }
      }
      careerGuide {
        ...CareerGuideSection
      }
    }
    learningPaths {
      slug
      ...LearningPathItem
    }
  }
`);

export interface RolePageProps {
  renderQuestionActions?: (question: QuestionItemFragment) => ReactNode;
}

/** The seed page: a role's interview guide, its questions with practice, and the guides around it. */
export function RolePage({ renderQuestionActions }: RolePageProps) {
  const { slug = "" } = useParams();
  const { data, loading, error } = useQuery(RolePageQuery, { variables: { slug } });
  const role = data?.role;
  useEffect(() => {
    if (role) document.title = `${role.title} Interview Questions · careergraph`;
  }, [role]);
  return (
    <PageState loading={loading && !data} error={error}>
      {role ? (
        <article className="role-page">
          <header className="role-header">
            <p className="eyebrow">Interview Questions</p>
            <h1>{role.title}</h1>
            {role.guide && <p className="headline">{role.guide.headline}</p>}
            <p>{role.guide?.intro ?? role.summary}</p>
            <dl className="facts">
              <div>
                <dt>Questions</dt>
                <dd>{role.questionCount}</dd>
              </div>
              {role.myProgress && (
                <div>
                  <dt>Readiness</dt>
                  <dd data-testid="readiness">{Math.round(role.myProgress.readiness * 100)}%</dd>
                </div>
              )}
              {role.myProgress && (
                <div>
                  <dt>Mastered</dt>
                  <dd>
                    {role.myProgress.masteredCount} of {role.questionCount}
                  </dd>
                </div>
              )}
            </dl>
          </header>
          <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">Top {role.title} Interview Questions</h2>
            <ol className="questions" aria-label="Questions">
              {role.questions.edges.map(({ node }) => (
                <QuestionItem key={node.id} question={node} renderActions={renderQuestionActions} />
              ))}
            </ol>
          </section>
          {role.guide && <GuideSections roleTitle={role.title} guide={role.guide} />}
          {role.relatedGuides && (
            <RelatedGuides
              roles={role.relatedGuides.flatMap((related) => (related.role ? [related.role] : []))}
            />
          )}
          {role.careerGuide && <CareerGuide guide={role.careerGuide} />}
          <LearningPaths roleId={role.id} paths={data?.learningPaths ?? []} />
        </article>
      ) : (
        <p role="alert">There is no published guide for “{slug}”.</p>
      )}
    </PageState>
  );
}
