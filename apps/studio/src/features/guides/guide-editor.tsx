import { useMutation } from "@apollo/client/react";
import { useId, type ReactNode } from "react";
import { getFragmentData, graphql, type ContentStatus, type GuideKind } from "@careergraph/client/studio";
import { ConflictDialog } from "../../components/conflict-dialog";
import { FormMessages } from "../../components/field";
import { StatusBadge } from "../../components/status-badge";
import { unplacedProblems } from "../../lib/api-errors";
import { useVersionedForm } from "../../lib/versioned-form";

/** What a status change answers, whichever kind of guide it changed. */
const GuideStatusFields = graphql(`
  fragment GuideStatus on Guide {
    ... on InterviewGuide {
      roleId
      status
      version
    }
    ... on RelatedGuideList {
      roleId
      status
      version
    }
    ... on CareerGuide {
      roleId
      status
      version
    }
    ... on LearningPath {
      slug
      status
      version
    }
  }
`);

const PublishGuide = graphql(`
  mutation StudioPublishGuide($input: ChangeGuideStatusInput!) {
    publishGuide(input: $input) {
      guide {
        ...GuideStatus
      }
    }
  }
`);

const ArchiveGuide = graphql(`
  mutation StudioArchiveGuide($input: ChangeGuideStatusInput!) {
    archiveGuide(input: $input) {
      guide {
        ...GuideStatus
      }
    }
  }
`);

/** A guide as the page read it: its values, status and version; null when it does not exist yet. */
interface GuideState<T> {
  values: T;
  status: ContentStatus;
  version: number;
}

export interface GuideEditorProps<T extends object> {
  heading: string;
  /** What the conflict dialog calls it: "interview guide"… */
  what: string;
  kind: GuideKind;
  /** The role's id, or the learning path's slug. */
  guideId: string;
  /** The guide now, or null before it exists (then `empty` is what the form starts from). */
  guide: GuideState<T> | null;
  empty: T;
  labels: Record<keyof T & string, string>;
  /** A value in words, for the conflict dialog. */
  describe: (key: keyof T & string, value: T[keyof T]) => string;
  /** Whether one of the form's inputs shows the API's error for this input path. */
  isShown: (field: string) => boolean;
  /** Writes the whole guide (creates it when `expectedVersion` is null); answers its new version. */
  upsert: (values: T, expectedVersion: number | null) => Promise<number>;
  /** Reads the page again (after a stale save, to show the current version). */
  reread: () => Promise<unknown>;
  renderFields: (
    values: T,
    set: <K extends keyof T>(key: K, value: T[K]) => void,
    errors: Record<string, string>,
  ) => ReactNode;
}

/**
 * The editing every kind of guide shares: the whole guide saved at the version the editor read
 * (created when it does not exist), Publish and Archive, the API's errors beside the fields, and
 * the Conflict dialog when someone else saved first.
 */
export function GuideEditor<T extends object>(props: GuideEditorProps<T>) {
  const { guide, kind, guideId } = props;
  const headingId = useId();
  const options = { refetchQueries: "active" as const, awaitRefetchQueries: true };
  const [publishGuide] = useMutation(PublishGuide, options);
  const [archiveGuide] = useMutation(ArchiveGuide, options);
  // version 0: the guide does not exist yet, and its first save creates it
  const form = useVersionedForm<T>(guide ?? { values: props.empty, version: 0 }, {
    reread: props.reread,
    mustWrite: (from) => from.version === 0,
    write: async (from, values) => ({
      values,
      version: await props.upsert(values, from.version === 0 ? null : from.version),
    }),
    changeStatus: async (change, version) => {
      const variables = { input: { kind, id: guideId, expectedVersion: version } };
      const result =
        change === "publish"
          ? (await publishGuide({ variables })).data?.publishGuide.guide
          : (await archiveGuide({ variables })).data?.archiveGuide.guide;
      return getFragmentData(GuideStatusFields, result!).version;
    },
  });

  const status = guide?.status;
  return (
    <section aria-labelledby={headingId} className="guide-editor">
      <h2 id={headingId}>{props.heading}</h2>
      <form className="stack" onSubmit={form.submit} noValidate aria-labelledby={headingId}>
        <p className="meta">
          {guide && status ? (
            <>
              <StatusBadge status={status} /> Version {guide.version}
            </>
          ) : (
            "Not written yet: saving creates it as a draft."
          )}
        </p>
        <FormMessages problems={unplacedProblems(form.problems, props.isShown)} notice={form.notice} />
        {props.renderFields(form.draft, form.set, form.problems.fields)}
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {status === "PUBLISHED" ? "Save" : "Save draft"}
          </button>
          {status !== "PUBLISHED" && (
            <button type="button" disabled={form.busy} onClick={form.publish}>
              Publish
            </button>
          )}
          {guide && status !== "ARCHIVED" && (
            <button type="button" className="secondary" disabled={form.busy} onClick={form.archive}>
              Archive
            </button>
          )}
        </div>
        <ConflictDialog
          open={form.conflict.open}
          what={props.what}
          currentVersion={guide?.version ?? 0}
          rows={form.conflict.fields.map(({ key, current, mine }) => ({
            label: props.labels[key],
            current: props.describe(key, current),
            mine: props.describe(key, mine),
          }))}
          onReload={form.conflict.reload}
          onApplyAgain={form.conflict.applyAgain}
          onClose={form.conflict.close}
        />
      </form>
    </section>
  );
}
