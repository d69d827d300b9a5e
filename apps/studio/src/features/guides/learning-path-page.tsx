import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, type ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { getFragmentData, graphql } from "@careergraph/client/studio";
import { CONTENT_LIMITS } from "@careergraph/content";
import { PageState } from "../../components/page-state";
import { TextField } from "../../components/field";
import { GuideEditor } from "./guide-editor";
import { RoleOrderField } from "./role-order-field";

const LearningPathFields = graphql(`
  fragment LearningPathForm on LearningPath {
    slug
    title
    description
    status
    version
    roles {
      id
    }
  }
`);

const StudioLearningPathQuery = graphql(`
  query StudioLearningPath($slug: String!) {
    learningPath(slug: $slug, status: [DRAFT, PUBLISHED, ARCHIVED]) {
      slug
      title
      ...LearningPathForm
    }
    roles(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const UpsertLearningPath = graphql(`
  mutation StudioUpsertLearningPath($input: UpsertLearningPathInput!) {
    upsertLearningPath(input: $input) {
      learningPath {
        ...LearningPathForm
      }
    }
  }
`);

interface LearningPathValues {
  slug: string;
  title: string;
  description: string;
  roleIds: string[];
}

const LABELS: Record<keyof LearningPathValues, string> = {
  slug: "Slug",
  title: "Title",
  description: "Description",
  roleIds: "Roles",
};

export interface LearningPathPageProps {
  renderAudit: (entityId: string) => ReactNode;
}

/** One learning path (`/learning-paths/new` for a new one): its fields and its roles in order. */
export function LearningPathPage({ renderAudit }: LearningPathPageProps) {
  const { slug = "new" } = useParams();
  const isNew = slug === "new";
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(StudioLearningPathQuery, {
    variables: { slug: isNew ? "" : slug },
    fetchPolicy: "cache-and-network",
  });
  const [upsert] = useMutation(UpsertLearningPath, { refetchQueries: "active", awaitRefetchQueries: true });
  const path = data?.learningPath ? getFragmentData(LearningPathFields, data.learningPath) : null;
  const choices = data?.roles.edges.map(({ node }) => node) ?? [];
  const titles = new Map(choices.map((choice) => [choice.id, choice.title]));
  useEffect(() => {
    document.title = `${path?.title ?? "New learning path"} · careergraph studio`;
  }, [path?.title]);
  const { learningPathTitle, learningPathDescription } = CONTENT_LIMITS;
  return (
    <PageState loading={loading && !data} error={error}>
      {data && (isNew || path) ? (
        <>
          <p className="breadcrumbs">
            <Link to="/learning-paths">Learning paths</Link> / {path?.title ?? "New"}
          </p>
          <h1>{path?.title ?? "New learning path"}</h1>
          <GuideEditor<LearningPathValues>
            key={path?.slug ?? "new"}
            heading="Learning path"
            what="learning path"
            kind="LEARNING_PATH"
            guideId={path?.slug ?? ""}
            guide={
              path && {
                values: {
                  slug: path.slug,
                  title: path.title,
                  description: path.description,
                  roleIds: path.roles.flatMap((role) => (role ? [role.id] : [])),
                },
                status: path.status,
                version: path.version,
              }
            }
            empty={{ slug: "", title: "", description: "", roleIds: [] }}
            labels={LABELS}
            describe={(key, value) =>
              key === "roleIds"
                ? (value as string[]).map((id, i) => `${i + 1}. ${titles.get(id) ?? id}`).join("\n") ||
                  "(none)"
                : String(value) || "(empty)"
            }
            isShown={(field) => Object.keys(LABELS).includes(field.split(".")[0])}
            reread={() => refetch()}
            upsert={async (values, expectedVersion) => {
              const { data: written } = await upsert({
                variables: { input: { ...values, expectedVersion } },
              });
              const saved = getFragmentData(LearningPathFields, written!.upsertLearningPath.learningPath);
              if (isNew) await navigate(`/learning-paths/${saved.slug}`, { replace: true });
              return saved.version;
            }}
            renderFields={(values, set, errors) => (
              <>
                {isNew ? (
                  <TextField
                    label="Slug"
                    hint="Lowercase words joined by hyphens; it names the path for good."
                    value={values.slug}
                    onChange={(value) => set("slug", value)}
                    error={errors.slug}
                  />
                ) : (
                  <p>
                    Slug: <code>{values.slug}</code>
                  </p>
                )}
                <TextField
                  label="Title"
                  hint={`${learningPathTitle.min} to ${learningPathTitle.max} characters.`}
                  value={values.title}
                  onChange={(value) => set("title", value)}
                  error={errors.title}
                />
                <TextField
                  label="Description"
                  hint={`${learningPathDescription.min} to ${learningPathDescription.max.toLocaleString("en")} characters.`}
                  value={values.description}
                  onChange={(value) => set("description", value)}
                  error={errors.description}
                  multiline
                />
                <RoleOrderField
                  legend="Roles, in learning order"
                  path="roleIds"
                  ids={values.roleIds}
                  choices={choices}
                  onChange={(next) => set("roleIds", next)}
                  errors={errors}
                />
              </>
            )}
          />
          {path && renderAudit(path.slug)}
        </>
      ) : (
        data && <p role="alert">There is no learning path “{slug}”.</p>
      )}
    </PageState>
  );
}
