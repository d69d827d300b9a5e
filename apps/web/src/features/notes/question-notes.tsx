import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/web";

export const QuestionNotesFields = graphql(`
  fragment QuestionNotes on Question {
    id
    myProgress {
      notes {
        id
        body
        createdAt
      }
    }
  }
`);

const AddNoteMutation = graphql(`
  mutation AddNote($input: AddNoteInput!) {
    addNote(input: $input) {
      id
      body
      createdAt
      question {
        id
        myProgress {
          notes {
            id
            body
            createdAt
          }
        }
      }
    }
  }
`);

/** The learner's notes on one question, and a form to add one. */
export function QuestionNotes(props: { question: FragmentType<typeof QuestionNotesFields> }) {
  const question = getFragmentData(QuestionNotesFields, props.question);
  const [body, setBody] = useState("");
  const [addNote, { loading, error }] = useMutation(AddNoteMutation);
  const fieldId = useId();
  const notes = question.myProgress?.notes ?? [];
  if (!question.myProgress) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return;
    await addNote({ variables: { input: { questionId: question.id, body: body.trim() } } });
    setBody("");
  }

  return (
    <details className="notes">
      <summary>Notes ({notes.length})</summary>
      {notes.length > 0 && (
        <ul>
          {notes.map((note) => (
            <li key={note.id}>{note.body}</li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <label htmlFor={fieldId}>New note</label>
        <textarea id={fieldId} value={body} onChange={(event) => setBody(event.target.value)} rows={2} />
        <button type="submit" disabled={loading || !body.trim()}>
          Add note
        </button>
        {error && (
          <p role="alert" className="error">
            {error.message}
          </p>
        )}
      </form>
    </details>
  );
}
