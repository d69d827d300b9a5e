import { useQuery } from "@apollo/client/react";
import { useEffect } from "react";
import { Link } from "react-router";
import { graphql } from "@careergraph/client/studio";
import { PageState } from "../../components/page-state";
import { StatusBadge } from "../../components/status-badge";

const StudioLearningPathsQuery = graphql(`
  query StudioLearningPaths {
    learningPaths(status: [DRAFT, PUBLISHED, ARCHIVED]) {
      slug
      title
      status
      version
      roles {
        id
        title
      }
    }
  }
`);

/** Every learning path, in any status. */
export function LearningPathsPage() {
  const { data, loading, error } = useQuery(StudioLearningPathsQuery, { fetchPolicy: "cache-and-network" });
  useEffect(() => {
    document.title = "Learning paths · careergraph studio";
  }, []);
  return (
    <>
      <div className="page-head">
        <h1>Learning paths</h1>
        <Link className="button" to="/learning-paths/new">
          New learning path
        </Link>
      </div>
      <PageState loading={loading && !data} error={error}>
        {data && (
          <table className="list">
            <caption>{data.learningPaths.length} learning paths, in order</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Version</th>
                <th scope="col">Roles</th>
              </tr>
            </thead>
            <tbody>
              {data.learningPaths.map((path) => (
                <tr key={path.slug}>
                  <th scope="row">
                    <Link to={`/learning-paths/${path.slug}`}>{path.title}</Link>
                  </th>
                  <td>
                    <StatusBadge status={path.status} />
                  </td>
                  <td>{path.version}</td>
                  <td>{path.roles.map((role) => role?.title ?? "an archived role").join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PageState>
    </>
  );
}
