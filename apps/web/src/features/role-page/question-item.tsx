import type { ReactNode } from "react";
import {
  getFragmentData,
  graphql,
  type FragmentType,
  type QuestionItemFragment,
} from "@careergraph/client/web";
import { StatusBadge } from "../../components/status-badge";

const QuestionItemFields = graphql(`
  fragment QuestionItem on Question {
    id
    position
    prompt
    answerTip
    type
    topics {
      slug
      name
    }
    myProgress {
      status
      attempts
      nextReviewAt
    }
    ...PracticeQuestion
    ...QuestionNotes
  }
`);

const TYPE_LABELS = { BEHAVIORAL: "Behavioral", TECHNICAL: "Technical", SITUATIONAL: "Situational" } as const;

export interface QuestionItemProps {
  question: FragmentType<typeof QuestionItemFields>;
  /** What the app puts under each question (practice, notes): features do not import each other. */
  renderActions?: (question: QuestionItemFragment) => ReactNode;
}

export function QuestionItem(props: QuestionItemProps) {
  const question = getFragmentData(QuestionItemFields, props.question);
  const headingId = `question-${question.position}`;
  return (
    <li className="question" aria-labelledby={headingId}>
      <div className="question-head">
        <span className="position" aria-hidden="true">
          {question.position}
        </span>
        <h3 id={headingId}>{question.prompt}</h3>
      </div>
      <p className="question-meta">
        <span className="badge">{TYPE_LABELS[question.type]}</span>
        {question.myProgress && (
          <>
            {" "}
            Status: <StatusBadge status={question.myProgress.status} />
          </>
        )}
      </p>
      <details className="answer-tip">
        <summary>Answer tip</summary>
        <p>{question.answerTip}</p>
      </details>
      {props.renderActions?.(question)}
    </li>
  );
}
