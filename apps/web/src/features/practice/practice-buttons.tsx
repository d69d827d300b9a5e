import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { getFragmentData, graphql, type FragmentType, type PracticeRating } from "@careergraph/client/web";
import { isNetworkFailure } from "../../lib/network-error";
import { practiceQueue, useQueuedPractice } from "../../lib/practice-queue";
import { useSession } from "../../lib/session";

export const PracticeQuestionFields = graphql(`
  fragment PracticeQuestion on Question {
    id
    myProgress {
      status
      attempts
      lastRating
      nextReviewAt
    }
  }
`);

const RecordPracticeMutation = graphql(`
  mutation RecordPractice($input: RecordPracticeInput!) {
    recordPractice(input: $input) {
      question {
        id
        myProgress {
          status
          attempts
          lastRating
          nextReviewAt
        }
        role {
          id
          myProgress {
            readiness
            practicedCount
            masteredCount
            dueCount
          }
        }
      }
    }
  }
`);

const RATINGS: { rating: PracticeRating; label: string }[] = [
  { rating: "AGAIN", label: "Again" },
  { rating: "HARD", label: "Hard" },
  { rating: "GOOD", label: "Good" },
  { rating: "EASY", label: "Easy" },
];

/**
 * Again, Hard, Good, Easy for one question. Online, recordPractice's payload updates the question's
 * status and the role's readiness in the cache; offline (or when the request cannot get through),
 * the practice is queued with its time and key, and the sync sends it once the app is back online.
 */
export function PracticeButtons(props: { question: FragmentType<typeof PracticeQuestionFields> }) {
  const question = getFragmentData(PracticeQuestionFields, props.question);
  const session = useSession();
  const queued = useQueuedPractice(session?.userId).filter((event) => event.questionId === question.id);
  const [record, { loading }] = useMutation(RecordPracticeMutation);
  const [problem, setProblem] = useState<string | null>(null);

  if (!session) return <p className="hint">Sign in to practise and track this question.</p>;

  async function practise(rating: PracticeRating) {
    if (!session) return;
    setProblem(null);
    const event = {
      questionId: question.id,
      rating,
      clientTime: new Date().toISOString(),
      idempotencyKey: crypto.randomUUID(),
    };
    if (!navigator.onLine) return practiceQueue.add(session.userId, event);
    try {
      await record({
        variables: {
          input: { questionId: event.questionId, rating, idempotencyKey: event.idempotencyKey },
        },
      });
    } catch (error) {
      if (isNetworkFailure(error)) practiceQueue.add(session.userId, event);
      else setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <div className="practice">
      <div role="group" aria-label="Rate your recall" className="ratings">
        {RATINGS.map(({ rating, label }) => (
          <button key={rating} type="button" disabled={loading} onClick={() => void practise(rating)}>
            {label}
          </button>
        ))}
      </div>
      <p role="status" className="practice-state">
        {queued.length > 0
          ? `${queued.length} ${queued.length === 1 ? "practice" : "practices"} saved offline, waiting to sync`
          : question.myProgress && question.myProgress.attempts > 0
            ? `Practised ${question.myProgress.attempts} ${question.myProgress.attempts === 1 ? "time" : "times"}${
                question.myProgress.nextReviewAt
                  ? `; next review ${new Date(question.myProgress.nextReviewAt).toLocaleDateString()}`
                  : ""
              }`
            : ""}
      </p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </div>
  );
}
