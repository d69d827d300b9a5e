import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/web";

export const LearningPathFields = graphql(`
  fragment LearningPathItem on LearningPath {
    slug
    title
    description
    roles {
      id
      slug
      title
    }
  }
`);

/** The learning paths that include this role, each with its roles in order. */
export function LearningPaths(props: { roleId: string; paths: FragmentType<typeof LearningPathFields>[] }) {
  const paths = props.paths
    .map((masked) => getFragmentData(LearningPathFields, masked))
    .filter((path) => path.roles.some((role) => role?.id === props.roleId));
  return (
    <section aria-labelledby="learning-paths">
      <h2 id="learning-paths">Learning Paths</h2>
      {paths.length === 0 ? (
        <p>No learning path includes this role yet.</p>
      ) : (
        <ul className="cards">
          {paths.map((path) => (
            <li key={path.slug}>
              <h3>{path.title}</h3>
              <p>{path.description}</p>
              <ol className="path-roles">
                {path.roles.map((role) =>
                  role ? (
                    <li key={role.id}>
                      {role.id === props.roleId ? (
                        <strong aria-current="page">{role.title}</strong>
                      ) : (
                        <Link to={`/roles/${role.slug}`}>{role.title}</Link>
                      )}
                    </li>
                  ) : null,
                )}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
