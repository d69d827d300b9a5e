import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { getFragmentData, graphql, type ReviewItemFragment } from "@careergraph/client/web";
import { PageState } from "../../components/page-state";
import { StatusBadge } from "../../components/status-badge";
import { useSession } from "../../lib/session";

const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    viewer {
      id
      streakDays
      dueForReview(first: 20) {
        ...ReviewItem
      }
    }
  }
`);

const ReviewItemFields = graphql(`
  fragment ReviewItem on Question {
    id
    prompt
    answerTip
    role {
      id
      slug
      title
    }
    myProgress {
      status
      nextReviewAt
    }
    ...PracticeQuestion
  }
`);

/** The questions due for review now, earliest first, each with its practice buttons. */
export function ReviewPage({
  renderActions,
}: {
  renderActions: (question: ReviewItemFragment) => ReactNode;
}) {
  const session = useSession();
  const { data, loading, error } = useQuery(ReviewQueueQuery, {
    skip: !session,
    fetchPolicy: "cache-and-network",
  });
  if (!session)
    return (
      <>
        <h1>Review</h1>
        <p>Sign in to see the questions due for review.</p>
      </>
    );
  const due = getFragmentData(ReviewItemFields, data?.viewer?.dueForReview ?? []);
  return (
    <>
      <h1>Review</h1>
      <PageState loading={loading && !data} error={error}>
        <p>
          Streak: <strong>{data?.viewer?.streakDays ?? 0} days</strong>
        </p>
        {due.length === 0 ? (
          <p>Nothing is due. Practise a guide to fill your review queue.</p>
        ) : (
          <ol className="questions" aria-label="Due for review">
            {due.map((question) => (
              <li key={question.id} className="question" aria-labelledby={`due-${question.id}`}>
                <h2 id={`due-${question.id}`} className="h3">
                  {question.prompt}
                </h2>
                <p className="question-meta">
                  {question.role && <Link to={`/roles/${question.role.slug}`}>{question.role.title}</Link>}{" "}
                  <StatusBadge status={question.myProgress?.status} />
                </p>
                <details className="answer-tip">
                  <summary>Answer tip</summary>
                  <p>{question.answerTip}</p>
                </details>
                {renderActions(question)}
              </li>
            ))}
          </ol>
        )}
      </PageState>
    </>
  );
}
