import { useQuery } from "@apollo/client/react";
import { useEffect } from "react";
import { Link, useSearchParams } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/studio";
import { PageState } from "../../components/page-state";
import { StatusBadge } from "../../components/status-badge";

const RoleRowFields = graphql(`
  fragment RoleRow on Role {
    id
    slug
    title
    status
    version
    updatedAt
    questionCount
  }
`);

const StudioRolesQuery = graphql(`
  query StudioRoles($after: String) {
    roles(first: 50, after: $after, status: [DRAFT, PUBLISHED, ARCHIVED]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...RoleRow
        }
      }
    }
  }
`);

function RoleRow(props: { role: FragmentType<typeof RoleRowFields> }) {
  const role = getFragmentData(RoleRowFields, props.role);
  return (
    <tr>
      <th scope="row">
        <Link to={`/roles/${role.slug}`}>{role.title}</Link>
      </th>
      <td>{role.slug}</td>
      <td>
        <StatusBadge status={role.status} />
      </td>
      <td>{role.version}</td>
      <td>{role.questionCount}</td>
      <td>
        <time dateTime={role.updatedAt}>{new Date(role.updatedAt).toLocaleString("en-GB")}</time>
      </td>
    </tr>
  );
}

/** Every role, in any status, with its version: where editors start. */
export function RolesPage() {
  const [params, setParams] = useSearchParams();
  const after = params.get("after");
  const { data, loading, error } = useQuery(StudioRolesQuery, {
    variables: { after },
    fetchPolicy: "cache-and-network",
  });
  useEffect(() => {
    document.title = "Roles · careergraph studio";
  }, []);
  const roles = data?.roles;
  return (
    <>
      <div className="page-head">
        <h1>Roles</h1>
        <Link className="button" to="/roles/new">
          New role
        </Link>
      </div>
      <PageState loading={loading && !data} error={error}>
        {roles && (
          <>
            <table className="list">
              <caption>{roles.totalCount} roles, drafts and archived ones included, by slug</caption>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Slug</th>
                  <th scope="col">Status</th>
                  <th scope="col">Version</th>
                  <th scope="col">Published questions</th>
                  <th scope="col">Updated</th>
                </tr>
              </thead>
              <tbody>
                {roles.edges.map(({ node }) => (
                  <RoleRow key={node.id} role={node} />
                ))}
              </tbody>
            </table>
            <nav aria-label="Pages" className="pager">
              {after && (
                <button type="button" className="secondary" onClick={() => setParams({})}>
                  First page
                </button>
              )}
              {roles.pageInfo.hasNextPage && roles.pageInfo.endCursor && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setParams({ after: roles.pageInfo.endCursor ?? "" })}
                >
                  Next page
                </button>
              )}
            </nav>
          </>
        )}
      </PageState>
    </>
  );
}
