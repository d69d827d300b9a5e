import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/studio";
import { StatusBadge } from "../../components/status-badge";
import { writeProblems } from "../../lib/api-errors";

const QuestionListFields = graphql(`
  fragment QuestionListRole on Role {
    id
    slug
    questions(first: 100, status: [DRAFT, PUBLISHED, ARCHIVED]) {
      totalCount
      edges {
        node {
          id
          position
          prompt
          type
          status
          version
        }
      }
    }
  }
`);

const MoveQuestion = graphql(`
  mutation StudioMoveQuestion($input: MoveQuestionInput!) {
    moveQuestion(input: $input) {
      question {
        id
        position
        version
      }
    }
  }
`);

/** A role's questions in page order, drafts and archived ones too, with Move up and Move down. */
export function QuestionList(props: { role: FragmentType<typeof QuestionListFields> }) {
  const role = getFragmentData(QuestionListFields, props.role);
  // the list is read again before the buttons work again: each move names the version it saw
  const [moveQuestion, { loading }] = useMutation(MoveQuestion, {
    refetchQueries: "active",
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const questions = role.questions.edges.map((edge) => edge.node);

  async function move(question: (typeof questions)[number], position: number) {
    setProblem(null);
    try {
      await moveQuestion({
        variables: { input: { id: question.id, expectedVersion: question.version, position } },
      });
    } catch (error) {
      const problems = writeProblems(error);
      setProblem(
        problems.staleVersion !== null
          ? "Someone else changed this question meanwhile; the list now shows its current version. Try again."
          : [...problems.other, ...Object.values(problems.fields)].join(" "),
      );
    }
  }

  return (
    <section aria-labelledby="questions-heading" className="questions-section">
      <h2 id="questions-heading">Questions</h2>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {questions.length === 0 ? (
        <p>No questions yet.</p>
      ) : (
        <ol className="question-list" aria-label="Questions">
          {questions.map((question, i) => (
            <li key={question.id} className="question-row">
              <span className="position">{question.position}</span>
              <div className="question-summary">
                <Link to={`/roles/${role.slug}/questions/${question.id}`}>{question.prompt}</Link>
                <span className="meta">
                  <StatusBadge status={question.status} /> {question.type.toLowerCase()} · version{" "}
                  {question.version}
                </span>
              </div>
              <div className="row-actions">
                <button
                  type="button"
                  className="secondary"
                  disabled={loading || i === 0}
                  onClick={() => void move(question, question.position - 1)}
                >
                  Move up
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={loading || i === questions.length - 1}
                  onClick={() => void move(question, question.position + 1)}
                >
                  Move down
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
