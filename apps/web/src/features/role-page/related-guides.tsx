import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/web";

export const RelatedGuideFields = graphql(`
  fragment RelatedGuide on Role {
    id
    slug
    title
    questionCount
  }
`);

export function RelatedGuides({ roles }: { roles: FragmentType<typeof RelatedGuideFields>[] }) {
  return (
    <section aria-labelledby="related-guides">
      <h2 id="related-guides">Related Interview Guides</h2>
      <ul className="cards">
        {roles.map((masked) => {
          const role = getFragmentData(RelatedGuideFields, masked);
          return (
            <li key={role.id}>
              <Link to={`/roles/${role.slug}`}>{role.title} Interview Questions</Link>
              <p>{role.questionCount} questions with tips</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
