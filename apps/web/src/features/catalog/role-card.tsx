import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/web";

export const RoleCardFields = graphql(`
  fragment RoleCard on Role {
    id
    slug
    title
    summary
    questionCount
    topics {
      slug
      name
    }
  }
`);

export function RoleCard(props: { role: FragmentType<typeof RoleCardFields> }) {
  const role = getFragmentData(RoleCardFields, props.role);
  return (
    <li className="card">
      <h2 className="h3">
        <Link to={`/roles/${role.slug}`}>{role.title}</Link>
      </h2>
      {role.summary && <p>{role.summary}</p>}
      <p className="hint">{role.questionCount} questions</p>
    </li>
  );
}
