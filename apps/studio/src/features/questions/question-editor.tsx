import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import {
  getFragmentData,
  graphql,
  type FragmentType,
  type QuestionEditorFragment,
} from "@careergraph/client/studio";
import { ConflictDialog } from "../../components/conflict-dialog";
import { FormMessages } from "../../components/field";
import { StatusBadge } from "../../components/status-badge";
import { unplacedProblems, writeProblems, type WriteProblems } from "../../lib/api-errors";
import { changedKeys, useVersionedDraft, type Versioned } from "../../lib/versioned-draft";
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

const NO_PROBLEMS: WriteProblems = { fields: {}, staleVersion: null, other: [] };

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
  const editor = useVersionedDraft(versioned(question));
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [notice, setNotice] = useState("");
  const options = { refetchQueries: "active" as const };
  const [updateQuestion, update] = useMutation(UpdateQuestion, options);
  const [publishQuestion, publishing] = useMutation(PublishQuestion, options);
  const [archiveQuestion, archiving] = useMutation(ArchiveQuestion, options);
  const busy = update.loading || publishing.loading || archiving.loading;

  async function failed(error: unknown) {
    const found = writeProblems(error);
    if (found.staleVersion !== null) {
      await props.reread();
      editor.openConflict();
    } else setProblems(found);
  }

  async function save(from: Versioned<QuestionValues>, values: QuestionValues): Promise<number | null> {
    setProblems(NO_PROBLEMS);
    setNotice("");
    const keys = changedKeys(from.values, values);
    if (keys.length === 0) return from.version;
    try {
      const { data } = await updateQuestion({
        variables: { input: { id: question.id, expectedVersion: from.version, ...changesOf(values, keys) } },
      });
      const saved = getFragmentData(QuestionEditorFields, data!.updateQuestion.question);
      editor.saved(versioned(saved));
      setNotice(`Saved: version ${saved.version}.`);
      return saved.version;
    } catch (error) {
      await failed(error);
      return null;
    }
  }

  async function changeStatus(change: "publish" | "archive") {
    const version = await save(editor.base, editor.draft);
    if (version === null) return;
    try {
      const variables = { input: { id: question.id, expectedVersion: version } };
      const payload =
        change === "publish"
          ? (await publishQuestion({ variables })).data?.publishQuestion
          : (await archiveQuestion({ variables })).data?.archiveQuestion;
      const changed = getFragmentData(QuestionEditorFields, payload!.question);
      editor.saved(versioned(changed));
      setNotice(`${change === "publish" ? "Published" : "Archived"}: version ${changed.version}.`);
    } catch (error) {
      await failed(error);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(editor.base, editor.draft);
  }

  return (
    <form className="stack narrow" onSubmit={submit} noValidate aria-label="Question">
      <p className="meta">
        <StatusBadge status={question.status} /> Position {question.position} · version {question.version}
      </p>
      <FormMessages problems={unplacedProblems(problems, isQuestionField)} notice={notice} />
      <QuestionFields values={editor.draft} onChange={editor.set} errors={problems.fields} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {question.status === "PUBLISHED" ? "Save" : "Save draft"}
        </button>
        {question.status !== "PUBLISHED" && (
          <button type="button" disabled={busy} onClick={() => void changeStatus("publish")}>
            Publish
          </button>
        )}
        {question.status !== "ARCHIVED" && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void changeStatus("archive")}
          >
            Archive
          </button>
        )}
      </div>
      <ConflictDialog
        open={editor.conflict}
        what="question"
        currentVersion={question.version}
        rows={editor.conflictFields().map(({ key, current, mine }) => ({
          label: QUESTION_LABELS[key],
          current,
          mine,
        }))}
        onReload={editor.reload}
        onApplyAgain={() => {
          const { from, values } = editor.rebase();
          void save(from, values);
        }}
        onClose={editor.closeConflict}
      />
    </form>
  );
}
