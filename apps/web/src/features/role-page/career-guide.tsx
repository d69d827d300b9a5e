import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/web";

export const CareerGuideFields = graphql(`
  fragment CareerGuideSection on CareerGuide {
    slug
    title
    summary
    sections {
      title
      body
    }
  }
`);

export function CareerGuide({ guide: masked }: { guide: FragmentType<typeof CareerGuideFields> }) {
  const guide = getFragmentData(CareerGuideFields, masked);
  return (
    <section aria-labelledby="career-guide">
      <h2 id="career-guide">{guide.title}</h2>
      <p>{guide.summary}</p>
      {guide.sections.map((section) => (
        <details key={section.title}>
          <summary>{section.title}</summary>
          <p>{section.body}</p>
        </details>
      ))}
    </section>
  );
}
