import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "@careergraph/client/studio";
import { FormMessages } from "../../components/field";
import { unplacedProblems, writeProblems, type WriteProblems } from "../../lib/api-errors";
import { isQuestionField, QuestionFields, topicSlugsOf, type QuestionValues } from "./question-fields";

const CreateQuestion = graphql(`
  mutation StudioCreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      question {
        id
        position
        status
        version
      }
    }
  }
`);

const NO_PROBLEMS: WriteProblems = { fields: {}, staleVersion: null, other: [] };
const EMPTY: QuestionValues = { prompt: "", answerTip: "", type: "TECHNICAL", topics: "" };

/** A new question at the end of the role's order, saved as a draft. */
export function NewQuestionForm({ roleId }: { roleId: string }) {
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [notice, setNotice] = useState("");
  const [createQuestion, { loading }] = useMutation(CreateQuestion, { refetchQueries: "active" });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblems(NO_PROBLEMS);
    setNotice("");
    try {
      const { data } = await createQuestion({
        variables: {
          input: {
            roleId,
            prompt: values.prompt,
            answerTip: values.answerTip,
            type: values.type,
            topicSlugs: topicSlugsOf(values.topics),
          },
        },
      });
      setValues(EMPTY);
      setNotice(`Question ${data!.createQuestion.question.position} saved as a draft.`);
    } catch (error) {
      setProblems(writeProblems(error));
    }
  }

  return (
    <section aria-labelledby="new-question-heading">
      <h2 id="new-question-heading">New question</h2>
      <form
        className="stack narrow"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label="New question"
      >
        <FormMessages problems={unplacedProblems(problems, isQuestionField)} notice={notice} />
        <QuestionFields
          values={values}
          onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))}
          errors={problems.fields}
        />
        <div className="actions">
          <button type="submit" disabled={loading}>
            Save draft
          </button>
        </div>
      </form>
    </section>
  );
}
