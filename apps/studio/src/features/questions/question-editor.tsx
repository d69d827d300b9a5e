import { useMutation } from "@apollo/client/react";
import {
  getFragmentData,
  graphql,
  type FragmentType,
  type QuestionEditorFragment,
} from "@careergraph/client/studio";
import { ConflictDialog } from "../../components/conflict-dialog";
import { FormMessages } from "../../components/field";
import { StatusBadge } from "../../components/status-badge";
import { unplacedProblems } from "../../lib/api-errors";
import { changedKeys, type Versioned } from "../../lib/versioned-draft";
import { useVersionedForm } from "../../lib/versioned-form";
import {
  isQuestionField,
  QUESTION_LABELS,
  QuestionFields,
  topicSlugsOf,
  type QuestionValues,
} from "./question-fields";

const QuestionEditorFields = graphql(`
  fragment QuestionEditor on Question {
    id
    position
    prompt
    answerTip
    type
    status
    version
    updatedAt
    topics {
      slug
      name
    }
  }
`);

const UpdateQuestion = graphql(`
  mutation StudioUpdateQuestion($input: UpdateQuestionInput!) {
    updateQuestion(input: $input) {
      question {
        ...QuestionEditor
      }
    }
  }
`);

const PublishQuestion = graphql(`
  mutation StudioPublishQuestion($input: ChangeStatusInput!) {
    publishQuestion(input: $input) {
      question {
        ...QuestionEditor
      }
    }
  }
`);

const ArchiveQuestion = graphql(`
  mutation StudioArchiveQuestion($input: ChangeStatusInput!) {
    archiveQuestion(input: $input) {
      question {
        ...QuestionEditor
      }
    }
  }
`);

function versioned(question: QuestionEditorFragment): Versioned<QuestionValues> {
  return {
    values: {
      prompt: question.prompt,
      answerTip: question.answerTip,
      type: question.type,
      topics: question.topics.map((topic) => topic.slug).join(", "),
    },
    version: question.version,
  };
}

/** The changed fields as `UpdateQuestionInput` names them. */
function changesOf(values: QuestionValues, keys: (keyof QuestionValues)[]) {
  const changed = (key: keyof QuestionValues) => keys.includes(key);
  return {
    ...(changed("prompt") ? { prompt: values.prompt } : {}),
    ...(changed("answerTip") ? { answerTip: values.answerTip } : {}),
    ...(changed("type") ? { type: values.type } : {}),
    ...(changed("topics") ? { topicSlugs: topicSlugsOf(values.topics) } : {}),
  };
}

export interface QuestionEditorProps {
  question: FragmentType<typeof QuestionEditorFields>;
  /** Reads the question again (after a stale save, to show the current version). */
  reread: () => Promise<unknown>;
}

/** One question's Prompt, Answer tip, Type and Topics, saved at the version the editor read. */
export function QuestionEditor(props: QuestionEditorProps) {
  const question = getFragmentData(QuestionEditorFields, props.question);
  const options = { refetchQueries: "active" as const };
  const [updateQuestion] = useMutation(UpdateQuestion, options);
  const [publishQuestion] = useMutation(PublishQuestion, options);
  const [archiveQuestion] = useMutation(ArchiveQuestion, options);
  const form = useVersionedForm(versioned(question), {
    reread: props.reread,
    write: async (from, values) => {
      const changes = changesOf(values, changedKeys(from.values, values));
      const { data } = await updateQuestion({
        variables: { input: { id: question.id, expectedVersion: from.version, ...changes } },
      });
      return versioned(getFragmentData(QuestionEditorFields, data!.updateQuestion.question));
    },
    changeStatus: async (change, version) => {
      const variables = { input: { id: question.id, expectedVersion: version } };
      const payload =
        change === "publish"
          ? (await publishQuestion({ variables })).data?.publishQuestion
          : (await archiveQuestion({ variables })).data?.archiveQuestion;
      return getFragmentData(QuestionEditorFields, payload!.question).version;
    },
  });

  return (
    <form className="stack narrow" onSubmit={form.submit} noValidate aria-label="Question">
      <p className="meta">
        <StatusBadge status={question.status} /> Position {question.position} · version {question.version}
      </p>
      <FormMessages problems={unplacedProblems(form.problems, isQuestionField)} notice={form.notice} />
      <QuestionFields values={form.draft} onChange={form.set} errors={form.problems.fields} />
      <div className="actions">
        <button type="submit" disabled={form.busy}>
          {question.status === "PUBLISHED" ? "Save" : "Save draft"}
        </button>
        {question.status !== "PUBLISHED" && (
          <button type="button" disabled={form.busy} onClick={form.publish}>
            Publish
          </button>
        )}
        {question.status !== "ARCHIVED" && (
          <button type="button" className="secondary" disabled={form.busy} onClick={form.archive}>
            Archive
          </button>
        )}
      </div>
      <ConflictDialog
        open={form.conflict.open}
        what="question"
        currentVersion={question.version}
        rows={form.conflict.fields.map(({ key, current, mine }) => ({
          label: QUESTION_LABELS[key],
          current,
          mine,
        }))}
        onReload={form.conflict.reload}
        onApplyAgain={form.conflict.applyAgain}
        onClose={form.conflict.close}
      />
    </form>
  );
}
